package nl.interventiewijzer.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.interventiewijzer.support.ResourceJson;

/** The questionnaire as the service loads it: read strictly, validated on construction. */
final class ShippedQuestionnaire {

    static final Questionnaire QUESTIONNAIRE =
            new ResourceJson(new ObjectMapper()).read(Questionnaire.RESOURCE, Questionnaire.class);

    private ShippedQuestionnaire() {
    }
}
