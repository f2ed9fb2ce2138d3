package nl.interventiewijzer.api;

import java.util.List;
import java.util.Map;
import nl.interventiewijzer.coverage.CoverageReport;

/** What openapi.yaml promises for a coverage report. */
public record CoverageView(String municipality, int localOfferings, int nationalOfferings, List<ProfileView> profiles,
        List<GapView> gaps) {

    public record OfferingView(String id, String name, String kind, String source, String fit, int points) {
    }

    public record ProfileView(String profile, int fitsWell, Map<String, Integer> byKind, Map<String, Integer> byReach,
            List<OfferingView> best) {
    }

    public record SuggestionView(String activityId, String name, String kind, String evidence, String fit) {
    }

    public record GapView(String profile, String kind, int fitsWell, String reason, List<SuggestionView> suggestions) {
    }

    static CoverageView of(CoverageReport report) {
        return new CoverageView(report.municipality(), report.localOfferings(), report.nationalOfferings(),
                report.profiles().stream().map(p -> new ProfileView(p.profile().name(), p.fitsWell(), names(p.byKind()),
                        names(p.byReach()), p.best().stream().map(o -> new OfferingView(o.id(), o.name(), o.kind().name(),
                                o.source().name(), o.fit().name(), o.points())).toList())).toList(),
                report.gaps().stream().map(g -> new GapView(g.profile().name(), g.kind() == null ? null : g.kind().name(),
                        g.fitsWell(), g.reason(), g.suggestions().stream().map(s -> new SuggestionView(s.activityId(),
                                s.name(), s.kind().name(), s.evidence().name(), s.fit().name())).toList())).toList());
    }

    private static <E extends Enum<E>> Map<String, Integer> names(Map<E, Integer> counts) {
        Map<String, Integer> named = new java.util.LinkedHashMap<>();
        counts.forEach((key, value) -> named.put(key.name(), value));
        return named;
    }
}
