package nl.interventiewijzer.api;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import nl.interventiewijzer.intake.DjgForm;
import nl.interventiewijzer.intake.DjgItem;
import nl.interventiewijzer.intake.Questionnaire;

/** The intake questionnaire and the loneliness scale's forms, for the coach's software to present. */
// On the event loop: it reads only immutable in-memory data, nothing blocks, so no worker-thread hop (docs/performance.md).
@NonBlocking
@Path("/api/v1/intake")
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    public record ScaleForm(DjgForm form, String citation, List<DjgItem> items) {
    }

    public record IntakeView(Questionnaire questionnaire, List<ScaleForm> deJongGierveld) {
    }

    private final Questionnaire questionnaire;

    public IntakeResource(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    @GET
    public IntakeView get() {
        List<ScaleForm> forms = Arrays.stream(DjgForm.values())
                .map(form -> new ScaleForm(form, form.citation(), form.items()))
                .toList();
        return new IntakeView(questionnaire, forms);
    }
}
