package nl.interventiewijzer.api;

import nl.interventiewijzer.intake.DjgForm;
import nl.interventiewijzer.intake.LonelinessLevel;
import nl.interventiewijzer.intake.LonelinessScore;

/** A De Jong Gierveld score: context for matching, a survey measure and never a diagnosis. */
public record LonelinessView(
        DjgForm form, Integer total, Integer emotional, Integer social, LonelinessLevel level, String citation) {

    static LonelinessView of(DjgForm form, LonelinessScore score) {
        return new LonelinessView(form, score.total(), score.emotional(), score.social(), score.level(), score.citation());
    }
}
