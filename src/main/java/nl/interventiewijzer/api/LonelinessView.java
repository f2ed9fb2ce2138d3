package nl.interventiewijzer.api;

import nl.interventiewijzer.intake.DjgForm;
import nl.interventiewijzer.intake.Loneliness;
import nl.interventiewijzer.intake.LonelinessLevel;
import nl.interventiewijzer.intake.LonelinessScore;

/** A De Jong Gierveld score: context for matching, a survey measure and never a diagnosis. */
public record LonelinessView(
        DjgForm form, Integer total, Integer emotional, Integer social, LonelinessLevel level, String citation) {

    static LonelinessView of(Loneliness loneliness) {
        LonelinessScore score = loneliness.score();
        return new LonelinessView(loneliness.form(), score.total(), score.emotional(), score.social(), score.level(),
                score.citation());
    }
}
