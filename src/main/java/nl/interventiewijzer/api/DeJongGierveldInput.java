package nl.interventiewijzer.api;

import java.util.List;
import nl.interventiewijzer.intake.DjgAnswer;
import nl.interventiewijzer.intake.DjgForm;

/** The De Jong Gierveld scale's answers in the published item order; null for an item not answered. */
public record DeJongGierveldInput(DjgForm form, List<DjgAnswer> answers) {
}
