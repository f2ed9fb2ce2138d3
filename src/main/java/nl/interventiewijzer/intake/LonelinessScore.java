package nl.interventiewijzer.intake;

/**
 * A De Jong Gierveld score. A null total, subscale or level means "missing": too many items were not answered.
 * The citation goes wherever the score is shown: the scale is a survey measure, not a diagnosis.
 */
public record LonelinessScore(Integer total, Integer emotional, Integer social, LonelinessLevel level, String citation) {
}
