package nl.interventiewijzer.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.interventiewijzer.profile.LocalizedText;

/**
 * The intake questionnaire, loaded from {@value #RESOURCE} (in the spirit of a FHIR Questionnaire: versioned, stable
 * item ids and answer codes). Constructing one validates it; a broken file stops the start with every problem named.
 */
public record Questionnaire(String version, LocalizedText title, String source, List<Item> items) {

    public static final String RESOURCE = "intake/questionnaire.json";

    public Questionnaire {
        items = items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
        List<String> problems = QuestionnaireValidator.validate(version, title, source, items);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Questionnaire " + version + " is invalid: " + String.join("; ", problems));
        }
    }

    public Optional<Item> item(String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    /** The items informing one dimension, in questionnaire order. */
    public List<Item> items(Dimension dimension) {
        return items.stream().filter(item -> item.dimension() == dimension).toList();
    }

    public List<String> itemIds() {
        return items.stream().map(Item::id).toList();
    }

    public List<String> itemIds(Dimension dimension) {
        return items(dimension).stream().map(Item::id).toList();
    }
}
