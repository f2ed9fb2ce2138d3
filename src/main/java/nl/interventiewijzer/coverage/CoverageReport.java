package nl.interventiewijzer.coverage;

import java.util.List;
import java.util.Map;
import nl.interventiewijzer.catalogue.Evidence;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.matching.FitLevel;
import nl.interventiewijzer.profile.Profile;

/**
 * For whom an offer is meant and whom it misses (Handreiking, Bijlage 1, "Betekenis van profielen"): per profile, how
 * many offerings fit well (fit GOOD or STRONG), by kind and by reach, the best ones, and the gaps with suggestions
 * from the national catalogue.
 */
public record CoverageReport(String municipality, int localOfferings, int nationalOfferings,
        List<ProfileCoverage> profiles, List<Gap> gaps) {

    public enum Source { LOCAL, CATALOGUE, NATIONAL }

    public record Offering(String id, String name, Kind kind, Source source, FitLevel fit, int points) {
    }

    public record ProfileCoverage(Profile profile, int fitsWell, Map<Kind, Integer> byKind, Map<Reach, Integer> byReach,
            List<Offering> best) {
    }

    public record Suggestion(String activityId, String name, Kind kind, Evidence evidence, FitLevel fit) {
    }

    /** A profile with too little that fits well ({@code kind} null), or a kind its support direction asks for with nothing. */
    public record Gap(Profile profile, Kind kind, int fitsWell, String reason, List<Suggestion> suggestions) {
    }

    public CoverageReport {
        profiles = List.copyOf(profiles);
        gaps = List.copyOf(gaps);
    }
}
