package nl.interventiewijzer.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.interventiewijzer.intake.DjgAnswer;
import nl.interventiewijzer.intake.DjgForm;

/** The De Jong Gierveld scale's answers in the published item order; null for an item not answered. */
public record DeJongGierveldInput(@NotNull DjgForm form, @NotNull @Size(max = 11) List<DjgAnswer> answers) {
}
