package nl.interventiewijzer.intake;

import java.util.List;

/** The De Jong Gierveld answers as given, in the published item order; null for an item not answered. */
public record ScaleAnswers(DjgForm form, List<DjgAnswer> answers) {
}
