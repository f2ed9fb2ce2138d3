package nl.interventiewijzer.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.AvailabilityScope;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Evidence;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.profile.Profile;

/**
 * A catalogue query. Empty sets mean "any"; several values of one filter mean "any of these", different filters must
 * all hold. A circumstance finds what was made for it ({@code designedFor}); a municipality finds what a person living
 * there can reach (national entries and the regional or local ones that name it). With a profile, only activities that fit it well (GOOD or STRONG) are listed, best fit first; otherwise
 * the catalogue's own order (by name).
 */
public record ActivityFilter(
        Set<Kind> kinds,
        Set<Evidence> evidence,
        Profile profile,
        Set<Theme> themes,
        Set<Circumstance> circumstances,
        String text,
        Set<AvailabilityScope> scopes,
        String municipality) {

    /** A query that says nothing about where the activity runs. */
    public ActivityFilter(Set<Kind> kinds, Set<Evidence> evidence, Profile profile, Set<Theme> themes,
            Set<Circumstance> circumstances, String text) {
        this(kinds, evidence, profile, themes, circumstances, text, Set.of(), null);
    }

    public ActivityFilter {
        scopes = Set.copyOf(scopes);
        municipality = municipality == null || municipality.isBlank() ? null : municipality.strip();
        kinds = Set.copyOf(kinds);
        evidence = Set.copyOf(evidence);
        themes = Set.copyOf(themes);
        circumstances = withImplied(circumstances);
        text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    /** Asking for the recently widowed also finds what is made for the widowed. */
    private static Set<Circumstance> withImplied(Set<Circumstance> named) {
        Set<Circumstance> all = java.util.EnumSet.noneOf(Circumstance.class);
        named.forEach(circumstance -> all.addAll(circumstance.implied()));
        return Set.copyOf(all);
    }

    public List<Activity> apply(Catalogue catalogue, FitModel fitModel) {
        // One pass with plain conditions: this runs for every catalogue page, and the chain of seven stream filters it
        // replaced was the largest part of a page of ten (docs/performance.md).
        List<Activity> matching = new ArrayList<>();
        for (Activity activity : catalogue.activities()) {
            if (holdsFor(activity)) {
                matching.add(activity);
            }
        }
        if (profile == null) {
            return Collections.unmodifiableList(matching);
        }
        return matching.stream()
                .filter(activity -> activity.kind().isForIndividuals())
                .map(activity -> new Scored(activity, fitModel.fit(profile, activity).points()))
                .filter(scored -> fitModel.level(scored.points()).atLeast(FitLevel.GOOD))
                .sorted(Comparator.comparingInt(Scored::points).reversed())
                .map(Scored::activity)
                .toList();
    }

    /** Whether every filter given holds for the activity (an empty filter holds for all). */
    private boolean holdsFor(Activity activity) {
        return (kinds.isEmpty() || kinds.contains(activity.kind()))
                && (evidence.isEmpty() || evidence.contains(activity.evidence()))
                && (themes.isEmpty() || activity.themes().stream().anyMatch(themes::contains))
                && (circumstances.isEmpty() || circumstances.stream().anyMatch(activity::isDesignedFor))
                && (scopes.isEmpty() || scopes.contains(activity.availability().scope()))
                && (municipality == null || activity.availability().reaches(municipality))
                && containsText(activity);
    }

    private boolean containsText(Activity activity) {
        if (text == null) {
            return true;
        }
        return Stream.of(activity.name(), activity.description(), activity.targetGroup(), activity.organisation())
                .anyMatch(field -> field != null && field.toLowerCase(Locale.ROOT).contains(text));
    }

    private record Scored(Activity activity, int points) {
    }
}
