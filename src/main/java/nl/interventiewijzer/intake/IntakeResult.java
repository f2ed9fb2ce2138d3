package nl.interventiewijzer.intake;

import java.util.List;
import java.util.Objects;
import nl.interventiewijzer.profile.Coping;
import nl.interventiewijzer.profile.Dimensions;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.Profile;

/**
 * The profile the intake answers point to, how sure that is per dimension and overall, the neighbouring profiles
 * for each uncertain dimension, and what the answers tell matching about the person. Advice for the coach, who can
 * always override it.
 *
 * @param confidence the lowest of the three dimension confidences: the profile is only as sure as its weakest part
 * @param context    the person context from the context questions and the scored answers; {@link IntakeContext#NONE}
 *                   when none was asked
 */
public record IntakeResult(
        String questionnaireVersion,
        DimensionFinding<Duration> duration,
        DimensionFinding<Coping> coping,
        DimensionFinding<Boolean> participation,
        Dimensions dimensions,
        Profile profile,
        double confidence,
        List<Neighbour> neighbours,
        IntakeContext context) {

    public IntakeResult {
        neighbours = List.copyOf(neighbours);
        Objects.requireNonNull(context, "context");
    }
}
