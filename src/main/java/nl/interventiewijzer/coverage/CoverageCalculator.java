package nl.interventiewijzer.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.AvailabilityScope;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.Evidence;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.localoffer.LocalOffer;
import nl.interventiewijzer.localoffer.LocalService;
import nl.interventiewijzer.matching.FitLevel;
import nl.interventiewijzer.matching.LocalServices;
import nl.interventiewijzer.matching.ProfileFit;
import nl.interventiewijzer.profile.Profile;

/**
 * Builds a coverage report from the same fit model matching uses. The offer is a municipality's active local services
 * (or a posted list of catalogue activities), plus the national entries anyone can reach by phone or online.
 */
public final class CoverageCalculator {

    /** Fewer offerings that fit a profile well than this, and the profile is a gap. */
    static final int ENOUGH = 2;
    static final int BEST = 3;
    static final int SUGGESTIONS = 3;
    static final List<Kind> KINDS = List.of(Kind.GROUP, Kind.ONE_ON_ONE, Kind.COURSE);

    private final Catalogue catalogue;
    private final LocalServices fits;

    public CoverageCalculator(Catalogue catalogue, LocalServices fits) {
        this.catalogue = catalogue;
        this.fits = fits;
    }

    private record Item(String id, String name, Kind kind, Set<Reach> reach, CoverageReport.Source source,
            Activity activity, LocalService service) {
    }

    public CoverageReport forMunicipality(LocalOffer offer, String municipality) {
        List<Item> items = new ArrayList<>();
        for (LocalService service : offer.activeIn(municipality)) {
            Activity linked = service.link().activityId() == null ? null
                    : catalogue.find(service.link().activityId()).orElse(null);
            items.add(new Item(service.id(), service.service().name(), service.link().kind(), Reach.of(service.settings()),
                    CoverageReport.Source.LOCAL, linked, service));
        }
        return report(municipality, items);
    }

    /** @throws IllegalArgumentException naming the index of the first id the catalogue does not know */
    public CoverageReport forActivities(List<String> ids) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Activity activity = catalogue.find(ids.get(i)).filter(a -> a.kind().isForIndividuals()).orElse(null);
            if (activity == null) {
                throw new UnknownActivityException(i, ids.get(i));
            }
            if (items.stream().noneMatch(item -> item.id().equals(activity.id()))) {
                items.add(catalogueItem(activity, CoverageReport.Source.CATALOGUE));
            }
        }
        return report(null, items);
    }

    /** Thrown for an id the catalogue does not know (or a neighbourhood approach, never an offering for a person). */
    public static final class UnknownActivityException extends RuntimeException {
        private final int index;

        UnknownActivityException(int index, String id) {
            super("no catalogue activity for a person with id '" + (id.length() > 60 ? id.substring(0, 60) : id) + "'",
                    null, false, false);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }

    private static Item catalogueItem(Activity activity, CoverageReport.Source source) {
        return new Item(activity.id(), activity.name(), activity.kind(), Reach.of(activity.delivery().settings()), source,
                activity, null);
    }

    /**
     * National entries anyone can reach from home: a phone line or an online offer. A local project elsewhere that
     * happens to run by phone or online (Naaste Buur in Boxtel) is not part of another municipality's offer.
     */
    private List<Item> national(Set<String> present) {
        return catalogue.activities().stream()
                .filter(a -> a.kind().isForIndividuals() && isNational(a))
                .filter(a -> a.delivery().has(Setting.PHONE) || a.delivery().has(Setting.ONLINE))
                .filter(a -> !present.contains(a.id()))
                .map(a -> catalogueItem(a, CoverageReport.Source.NATIONAL))
                .toList();
    }

    private CoverageReport report(String municipality, List<Item> offered) {
        Set<String> present = new HashSet<>();
        offered.forEach(item -> present.add(item.activity() != null ? item.activity().id() : item.id()));
        List<Item> items = new ArrayList<>(offered);
        List<Item> national = national(present);
        items.addAll(national);
        national.forEach(item -> present.add(item.id()));
        List<CoverageReport.ProfileCoverage> profiles = new ArrayList<>();
        List<CoverageReport.Gap> gaps = new ArrayList<>();
        for (Profile profile : Profile.values()) {
            List<CoverageReport.Offering> well = new ArrayList<>();
            Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
            Map<Reach, Integer> byReach = new EnumMap<>(Reach.class);
            KINDS.forEach(kind -> byKind.put(kind, 0));
            for (Reach reach : Reach.values()) {
                byReach.put(reach, 0);
            }
            for (Item item : items) {
                ProfileFit fit = fits.fit(profile, item.service(), item.activity());
                if (fit.level().atLeast(FitLevel.GOOD)) {
                    well.add(new CoverageReport.Offering(item.id(), item.name(), item.kind(), item.source(), fit.level(),
                            fit.points()));
                    byKind.merge(item.kind(), 1, Integer::sum);
                    item.reach().forEach(reach -> byReach.merge(reach, 1, Integer::sum));
                }
            }
            well.sort(Comparator.comparingInt(CoverageReport.Offering::points).reversed()
                    .thenComparing(CoverageReport.Offering::name).thenComparing(CoverageReport.Offering::id));
            profiles.add(new CoverageReport.ProfileCoverage(profile, well.size(), byKind, byReach,
                    well.subList(0, Math.min(BEST, well.size()))));
            if (well.size() < ENOUGH) {
                gaps.add(new CoverageReport.Gap(profile, null, well.size(), "Minder dan " + ENOUGH
                        + " aanbod dat goed past bij dit profiel.", suggestions(profile, null, present)));
            }
            for (Kind kind : KINDS) {
                if (fits.kindWeight(profile, kind) > 0 && byKind.get(kind) == 0) {
                    gaps.add(new CoverageReport.Gap(profile, kind, 0, "De ondersteuningsrichting van dit profiel vraagt"
                            + " om dit soort aanbod, en er is niets dat goed past.", suggestions(profile, kind, present)));
                }
            }
        }
        return new CoverageReport(municipality, offered.size(), national.size(), profiles, gaps);
    }

    private static boolean isNational(Activity activity) {
        return activity.availability().scope() == AvailabilityScope.NATIONAL;
    }

    /** National catalogue activities not yet on offer that fit the profile well: substantiated first, then by fit, then name. */
    private List<CoverageReport.Suggestion> suggestions(Profile profile, Kind kind, Set<String> present) {
        record Scored(Activity activity, ProfileFit fit) {
        }
        return catalogue.activities().stream()
                .filter(a -> a.kind().isForIndividuals() && isNational(a) && (kind == null || a.kind() == kind))
                .filter(a -> !present.contains(a.id()))
                .map(a -> new Scored(a, fits.fit(profile, null, a)))
                .filter(s -> s.fit().level().atLeast(FitLevel.GOOD))
                .sorted(Comparator.comparing((Scored s) -> s.activity().evidence() != Evidence.SUBSTANTIATED)
                        .thenComparing(s -> -s.fit().points())
                        .thenComparing(s -> s.activity().name()))
                .limit(SUGGESTIONS)
                .map(s -> new CoverageReport.Suggestion(s.activity().id(), s.activity().name(), s.activity().kind(),
                        s.activity().evidence(), s.fit().level()))
                .toList();
    }
}
