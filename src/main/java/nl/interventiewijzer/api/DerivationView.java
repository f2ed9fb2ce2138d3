package nl.interventiewijzer.api;

import java.util.List;
import java.util.Map;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.intake.Category;
import nl.interventiewijzer.intake.DimensionFinding;
import nl.interventiewijzer.intake.IntakeContext;
import nl.interventiewijzer.intake.IntakeResult;
import nl.interventiewijzer.matching.Mobility;
import nl.interventiewijzer.profile.Profile;

/** How the intake answers led to the profile: per dimension the value, how sure, and which answers decided it. */
public record DerivationView(
        String questionnaireVersion,
        double confidence,
        Finding duration,
        Finding coping,
        Finding participationOriented,
        List<NeighbourView> neighbours,
        ContextView context) {

    public record Finding(Object value, double confidence, boolean uncertain, List<String> decidedBy,
            Map<Category, Integer> points) {

        static Finding of(DimensionFinding<?> finding) {
            return new Finding(finding.value(), round(finding.confidence()), finding.uncertain(), finding.decidedBy(),
                    finding.points());
        }
    }

    /**
     * What the intake answers tell matching about the person (context questions and circumstances stated in the
     * answers); null or empty where nothing was said. {@code person} in a match request wins field by field.
     */
    public record ContextView(Mobility mobility, Boolean digitalSkills, List<Circumstance> circumstances,
            List<Theme> interests, String municipality) {

        static ContextView of(IntakeContext context) {
            return new ContextView(context.mobility(), context.digitalSkills(), List.copyOf(context.circumstances()),
                    List.copyOf(context.interests()), context.municipality());
        }
    }

    /** A profile the coach should also consider, reached by reading one uncertain dimension the other way. */
    public record NeighbourView(String uncertainDimension, Profile profile) {
    }

    static DerivationView of(IntakeResult result) {
        return new DerivationView(result.questionnaireVersion(), round(result.confidence()),
                Finding.of(result.duration()), Finding.of(result.coping()), Finding.of(result.participation()),
                result.neighbours().stream()
                        .map(neighbour -> new NeighbourView(neighbour.flipped().name(), neighbour.profile()))
                        .toList(),
                ContextView.of(result.context()));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
