package nl.interventiewijzer.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.localoffer.LocalOffer;
import nl.interventiewijzer.localoffer.LocalService;
import nl.interventiewijzer.profile.Note;
import nl.interventiewijzer.profile.Profile;

/**
 * Brings a municipality's local offer into a ranked list of proposals, after the matcher ranked the catalogue: a
 * proposal of a catalogue activity carries its active local instances for the person's municipality, and a local
 * service linked to no catalogue activity is proposed in its own right, placed by its score (derived profile fit plus
 * shared interests and the circumstances it is meant for). A service for another municipality, an inactive one, or
 * one outside its age band never appears. Pure and deterministic, like the matcher.
 */
public final class LocalServices {

    /** One proposal: a catalogue activity with its local instances, or a local service on its own. */
    public record Proposal(int rank, double score, ProfileFit fit, Activity activity, LocalService localService,
            List<LocalService> localServices, List<Note> reasons, List<Note> checks) {

        public Proposal {
            localServices = List.copyOf(localServices);
            reasons = List.copyOf(reasons);
            checks = List.copyOf(checks);
        }

        public boolean isLocal() {
            return localService != null;
        }

        Proposal ranked(int newRank) {
            return new Proposal(newRank, score, fit, activity, localService, localServices, reasons, checks);
        }
    }

    public record Result(int eligible, List<Proposal> proposals) {

        public Result {
            proposals = List.copyOf(proposals);
        }
    }

    private static final Circumstance[] CIRCUMSTANCES = Circumstance.values();

    static {
        // A set of alike services keeps its groups in a long and its themes in an int (bits).
        if (CIRCUMSTANCES.length > Long.SIZE || Theme.values().length > Integer.SIZE) {
            throw new IllegalStateException("more circumstances or themes than the bits that hold them");
        }
    }

    private final FitModel fitModel;
    /**
     * The active services per municipality (normalised as {@link LocalService#serves} compares), split as a match uses
     * them: worked out once, so a match looks up its person's municipality instead of scanning the whole offer.
     */
    private final Map<String, Municipality> byMunicipality;

    /**
     * A municipality's active services: those linked to a catalogue activity by its id, and those on their own. The
     * ones on their own in sets that score alike, in the order a match for each profile looks at them, the most they
     * could score first ({@code byBoundForProfile}), and their age limits sorted, to count those a person's age admits.
     */
    private record Municipality(Map<String, List<LocalService>> linkedByActivity, Alike[][] byBoundForProfile,
            AgeLimits ageLimits) {
    }

    /**
     * The lowest and highest ages of a list of services, each sorted: the services admitting an age are all but those
     * whose lowest age is above it and those whose highest age is below it (no service is both: the loader checks
     * that the lowest age is not above the highest). An open end counts as no limit.
     */
    private record AgeLimits(int[] lowest, int[] highest) {

        static AgeLimits of(List<Unlinked> services) {
            int[] lowest = new int[services.size()];
            int[] highest = new int[services.size()];
            for (int i = 0; i < services.size(); i++) {
                Integer min = services.get(i).service().service().minimumAge();
                Integer max = services.get(i).service().service().maximumAge();
                lowest[i] = min == null ? Integer.MIN_VALUE : min;
                highest[i] = max == null ? Integer.MAX_VALUE : max;
            }
            Arrays.sort(lowest);
            Arrays.sort(highest);
            return new AgeLimits(lowest, highest);
        }

        /** How many of the services admit this age; all of them when it is not known. */
        int admitting(Integer age) {
            if (age == null) {
                return lowest.length;
            }
            int lowestAbove = lowest.length - below(lowest, age + 1L);
            int highestBelow = below(highest, age);
            return lowest.length - lowestAbove - highestBelow;
        }

        /** How many values of a sorted array are below {@code bound}. */
        private static int below(int[] sorted, long bound) {
            int low = 0;
            int high = sorted.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (sorted[middle] >= bound) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            return low;
        }
    }

    /**
     * A service linked to no catalogue activity. {@code byName}: its place among its municipality's services on their
     * own in name, then id order, so that a match breaks ties on a number instead of comparing names.
     */
    private record Unlinked(LocalService service, int byName, Sentences sentences) {
    }

    /**
     * What a service on its own is scored and admitted on: the traits its fit comes from, the groups it is meant for,
     * its themes and its age band. Services equal in these score alike for every person and profile.
     */
    private record Likeness(Set<Trait> traits, Set<Circumstance> meantFor, Set<Theme> themes, Integer minimumAge,
            Integer maximumAge) {

        static Likeness of(LocalService service) {
            return new Likeness(LocalServices.traits(service), setOf(service.link().circumstances(), Circumstance.class),
                    setOf(service.link().themes(), Theme.class), service.service().minimumAge(),
                    service.service().maximumAge());
        }

        private static <E extends Enum<E>> Set<E> setOf(List<E> values, Class<E> type) {
            return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
        }
    }

    /**
     * Services on their own that score alike (same {@link Likeness}), in name order, with their fit for each profile
     * and the most that a person's circumstances and interests can add: a match scores the set once, and only when it
     * can still reach the top. A city's offer may have thousands of services but fewer such sets, since they are
     * described in closed vocabularies (docs/performance.md). The groups and themes as bits (by ordinal) and the age
     * band as numbers, because a match looks at every set whose bound can still reach the top.
     */
    private record Alike(Unlinked[] byName, ProfileFit[] fitByProfile, double mostItCanAdd, long meantFor, int themes,
            int lowestAge, int highestAge) {

        boolean admits(Integer age) {
            return age == null || (age >= lowestAge && age <= highestAge);
        }
    }

    /**
     * The sentences of a service on its own that depend on the service (and the profile) alone: worded the first time
     * the service is proposed, then kept, instead of anew in every answer that proposes it. Two threads proposing it at
     * once may both word a sentence; the sentences are equal and immutable, either is kept.
     */
    private static final class Sentences {

        private final Note[] fitByProfile = new Note[Profile.values().length];
        private Note localOffer;
        private Note meantFor;
        private Note ageUnknown;

        Note fit(Profile profile, ProfileFit fit) {
            Note note = fitByProfile[profile.ordinal()];
            if (note == null) {
                note = fitReason(fit);
                fitByProfile[profile.ordinal()] = note;
            }
            return note;
        }

        Note localOffer(LocalService service) {
            Note note = localOffer;
            if (note == null) {
                note = Wording.localOffer(service.areas().get(0).name(), service.organization().name());
                localOffer = note;
            }
            return note;
        }

        Note meantFor(LocalService service) {
            Note note = meantFor;
            if (note == null) {
                note = Wording.meantFor(service.link().circumstances());
                meantFor = note;
            }
            return note;
        }

        Note ageUnknown(LocalService service) {
            Note note = ageUnknown;
            if (note == null) {
                note = Wording.ageUnknown(ageBand(service));
                ageUnknown = note;
            }
            return note;
        }
    }

    /** An unlinked service scored for one match; the order a list of local proposals has (score, name, id). */
    private record Scored(Unlinked unlinked, ProfileFit fit, double score) {

        static final Comparator<Scored> BEST_FIRST = (a, b) -> {
            int byScore = Double.compare(b.score(), a.score());
            return byScore != 0 ? byScore : Integer.compare(a.unlinked().byName(), b.unlinked().byName());
        };
    }

    public LocalServices(LocalOffer offer, FitModel fitModel) {
        this.fitModel = fitModel;
        Map<String, Municipality> municipalities = new HashMap<>();
        activeByMunicipality(offer).forEach((name, services) -> municipalities.put(name, municipality(services)));
        this.byMunicipality = Map.copyOf(municipalities);
    }

    /** The active services of each municipality, in the offer's order. */
    private static Map<String, List<LocalService>> activeByMunicipality(LocalOffer offer) {
        Map<String, List<LocalService>> index = new HashMap<>();
        for (LocalService service : offer.services()) {
            if (!service.isActive()) {
                continue;
            }
            Set<String> served = new LinkedHashSet<>();
            service.areas().forEach(area -> served.add(LocalService.normalise(area.name())));
            served.forEach(municipality -> index.computeIfAbsent(municipality, key -> new ArrayList<>()).add(service));
        }
        return index;
    }

    private Municipality municipality(List<LocalService> services) {
        Map<String, List<LocalService>> linked = new HashMap<>();
        List<Unlinked> unlinked = new ArrayList<>();
        Map<Likeness, List<Unlinked>> alike = new LinkedHashMap<>();
        for (LocalService service : services) {
            if (service.link().isCatalogueActivity()) {
                linked.computeIfAbsent(service.link().activityId(), id -> new ArrayList<>()).add(service);
            } else {
                // The offer lists its services by name, then id (LocalOffer), so the place is the tie-break's order,
                // and each set of alike services is in name order too.
                Unlinked one = new Unlinked(service, unlinked.size(), new Sentences());
                unlinked.add(one);
                alike.computeIfAbsent(Likeness.of(service), likeness -> new ArrayList<>()).add(one);
            }
        }
        List<Alike> sets = alike.entrySet().stream().map(set -> alike(set.getKey(), set.getValue())).toList();
        return new Municipality(frozen(linked), byBoundForProfile(sets), AgeLimits.of(unlinked));
    }

    /** For each profile, the sets of alike services with the highest fit plus the most they could add first. */
    private static Alike[][] byBoundForProfile(List<Alike> sets) {
        Alike[][] byProfile = new Alike[Profile.values().length][];
        for (Profile profile : Profile.values()) {
            int p = profile.ordinal();
            byProfile[p] = sets.stream()
                    .sorted(Comparator.comparingDouble((Alike a) -> a.fitByProfile()[p].points() + a.mostItCanAdd())
                            .reversed())
                    .toArray(Alike[]::new);
        }
        return byProfile;
    }

    private static Map<String, List<LocalService>> frozen(Map<String, List<LocalService>> lists) {
        Map<String, List<LocalService>> frozen = new HashMap<>();
        lists.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
        return Map.copyOf(frozen);
    }

    private Alike alike(Likeness likeness, List<Unlinked> byName) {
        ProfileFit[] fits = new ProfileFit[Profile.values().length];
        for (Profile profile : Profile.values()) {
            fits[profile.ordinal()] = fitModel.fit(profile, likeness.traits());
        }
        RankingPolicy policy = fitModel.policy();
        double circumstances = likeness.meantFor().stream().mapToDouble(policy::designedFor).max().orElse(0);
        double interests = policy.get(RankingWeight.PER_INTEREST)
                * Math.min(likeness.themes().size(), policy.get(RankingWeight.MAX_INTERESTS_COUNTED));
        Integer min = likeness.minimumAge();
        Integer max = likeness.maximumAge();
        return new Alike(byName.toArray(Unlinked[]::new), fits, circumstances + interests, bits(likeness.meantFor()),
                (int) bits(likeness.themes()), min == null ? Integer.MIN_VALUE : min, max == null ? Integer.MAX_VALUE : max);
    }

    /** A set of constants as bits by ordinal (fewer than 64 constants: {@link Circumstance} and {@link Theme}). */
    private static long bits(Set<? extends Enum<?>> values) {
        long bits = 0;
        for (Enum<?> value : values) {
            bits |= 1L << value.ordinal();
        }
        return bits;
    }

    /**
     * The one seam into matching: the matcher's ranking, with the local offer of the query's municipality. Of the
     * services on their own only the best {@code limit} can enter the list, so only those get their sentences; the
     * others are counted as eligible.
     */
    public Result attach(MatchResult ranked, MatchQuery query) {
        Person person = query.person();
        Municipality here = person.municipality() == null ? null
                : byMunicipality.get(LocalService.normalise(person.municipality()));
        List<Proposal> proposals = new ArrayList<>();
        for (Match match : ranked.matches()) {
            proposals.add(new Proposal(match.rank(), match.score(), match.fit(), match.activity(), null,
                    instances(here, match.activity().id(), person), match.reasons(), match.checks()));
        }
        int onTheirOwn = 0;
        if (here != null) {
            List<Scored> best = new ArrayList<>(query.limit() + 1);
            onTheirOwn = bestOnTheirOwn(here, query, best);
            for (Scored scored : best) {
                Proposal proposal = proposeOnItsOwn(scored, query);
                int at = 0;
                while (at < proposals.size() && proposals.get(at).score() >= proposal.score()) {
                    at++;
                }
                proposals.add(at, proposal);
            }
        }
        List<Proposal> kept = proposals.subList(0, Math.min(query.limit(), proposals.size()));
        List<Proposal> renumbered = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            renumbered.add(kept.get(i).ranked(i + 1));
        }
        return new Result(ranked.eligible() + onTheirOwn, renumbered);
    }

    /** Called for every proposed activity, most of which have no instance here: a loop, no stream per call. */
    private static List<LocalService> instances(Municipality here, String activityId, Person person) {
        List<LocalService> linked = here == null ? null : here.linkedByActivity().get(activityId);
        if (linked == null) {
            return List.of();
        }
        if (person.age() == null) {
            return linked;
        }
        List<LocalService> admitted = new ArrayList<>(linked.size());
        for (LocalService service : linked) {
            if (service.service().admitsAge(person.age())) {
                admitted.add(service);
            }
        }
        return admitted;
    }

    /**
     * Fills {@code best} with the best {@code limit} services on their own (best first) and returns how many the
     * person may join. Each set of alike services is scored once, the sets with the highest fit plus the most they
     * could add first: once that bound stays below the last of a full list, no set after it can enter the list, so
     * none is scored. Within a set, services enter in name order, so the first that finds no place ends the set.
     */
    private int bestOnTheirOwn(Municipality here, MatchQuery query, List<Scored> best) {
        Person person = query.person();
        int limit = query.limit();
        int profile = query.profile().ordinal();
        long groups = bits(person.circumstances());
        int interests = (int) bits(person.interests());
        for (Alike alike : here.byBoundForProfile()[profile]) {
            ProfileFit fit = alike.fitByProfile()[profile];
            if (best.size() == limit && fit.points() + alike.mostItCanAdd() < best.get(limit - 1).score() - 0.01) {
                break;
            }
            if (!alike.admits(person.age())) {
                continue;
            }
            double score = score(alike, fit, groups, interests);
            for (Unlinked unlinked : alike.byName()) {
                if (!enter(best, unlinked, fit, score, limit)) {
                    break;
                }
            }
        }
        return here.ageLimits().admitting(person.age());
    }

    /** Puts a scored service in its place in {@code best} (at most {@code limit} long); false if it has none. */
    private static boolean enter(List<Scored> best, Unlinked unlinked, ProfileFit fit, double score, int limit) {
        if (best.size() == limit && score < best.get(limit - 1).score()) {
            return false;
        }
        Scored scored = new Scored(unlinked, fit, score);
        int at = best.size();
        while (at > 0 && Scored.BEST_FIRST.compare(scored, best.get(at - 1)) < 0) {
            at--;
        }
        if (at == limit) {
            return false;
        }
        best.add(at, scored);
        if (best.size() > limit) {
            best.remove(limit);
        }
        return true;
    }

    /** The derived profile fit of a local service: its catalogue activity's, or that of its own kind and approaches. */
    public ProfileFit fit(Profile profile, LocalService service, Activity linked) {
        return linked != null ? fitModel.fit(profile, linked) : fitModel.fit(profile, traits(service));
    }

    /** How much a profile's support direction asks for a kind: the weight of the kind trait, 0 when unweighted. */
    public int kindWeight(Profile profile, Kind kind) {
        Set<Trait> kindOnly = EnumSet.noneOf(Trait.class);
        switch (kind) {
            case GROUP -> kindOnly.add(Trait.KIND_GROUP);
            case ONE_ON_ONE -> kindOnly.add(Trait.KIND_ONE_ON_ONE);
            case COURSE -> kindOnly.add(Trait.KIND_COURSE);
            case COMMUNITY -> { }
        }
        return fitModel.fit(profile, kindOnly).points();
    }

    static Set<Trait> traits(LocalService service) {
        Set<Trait> traits = EnumSet.noneOf(Trait.class);
        Kind kind = service.link().kind();
        if (kind == Kind.GROUP) {
            traits.add(Trait.KIND_GROUP);
        } else if (kind == Kind.ONE_ON_ONE) {
            traits.add(Trait.KIND_ONE_ON_ONE);
        } else if (kind == Kind.COURSE) {
            traits.add(Trait.KIND_COURSE);
        }
        service.link().approaches().forEach(approach -> traits.add(Trait.of(approach)));
        for (Setting setting : service.settings()) {
            switch (setting) {
                case HOME -> traits.add(Trait.AT_HOME);
                case PHONE -> traits.add(Trait.BY_PHONE);
                case ONLINE -> traits.add(Trait.ONLINE);
                case CARE_FACILITY -> traits.add(Trait.IN_CARE_FACILITY);
                case NEIGHBOURHOOD, AWAY -> { }
            }
        }
        return traits;
    }

    /**
     * Fit points, the made-for points of the most specific group the person ({@code groups}) shares with the
     * services, and the points of shared interests ({@code interests}, each theme once, up to the most counted).
     */
    private double score(Alike alike, ProfileFit fit, long groups, int interests) {
        RankingPolicy policy = fitModel.policy();
        double group = 0;
        for (long shared = alike.meantFor() & groups; shared != 0; shared &= shared - 1) {
            group = Math.max(group, policy.designedFor(CIRCUMSTANCES[Long.numberOfTrailingZeros(shared)]));
        }
        int count = Integer.bitCount(alike.themes() & interests);
        double interest = count == 0 ? 0
                : policy.get(RankingWeight.PER_INTEREST) * Math.min(count, policy.get(RankingWeight.MAX_INTERESTS_COUNTED));
        return Math.round((fit.points() + group + interest) * 100) / 100.0;
    }

    /** The groups the service is meant for that the person belongs to, in the service's order. */
    private static List<Circumstance> sharedGroups(LocalService service, Person person) {
        List<Circumstance> shared = new ArrayList<>();
        for (Circumstance circumstance : service.link().circumstances()) {
            if (person.has(circumstance)) {
                shared.add(circumstance);
            }
        }
        return shared;
    }

    /** The service's themes the person is interested in. */
    private static Set<Theme> sharedThemes(LocalService service, Person person) {
        Set<Theme> shared = EnumSet.noneOf(Theme.class);
        for (Theme theme : service.link().themes()) {
            if (person.interests().contains(theme)) {
                shared.add(theme);
            }
        }
        return shared;
    }

    private Proposal proposeOnItsOwn(Scored scored, MatchQuery query) {
        LocalService service = scored.unlinked().service();
        Sentences sentences = scored.unlinked().sentences();
        Person person = query.person();
        List<Note> reasons = new ArrayList<>();
        List<Note> checks = new ArrayList<>();
        reasons.add(sentences.fit(query.profile(), scored.fit()));
        reasons.add(sentences.localOffer(service));
        // The points are in the score already (score); here the groups and interests it counted are worded.
        List<Circumstance> shared = sharedGroups(service, person);
        if (!shared.isEmpty()) {
            reasons.add(Wording.designedFor(shared));
        } else if (!service.link().circumstances().isEmpty()) {
            checks.add(sentences.meantFor(service));
        }
        Set<Theme> themes = sharedThemes(service, person);
        if (!themes.isEmpty()) {
            reasons.add(Wording.interest(themes));
        }
        if (person.age() == null && (service.service().minimumAge() != null || service.service().maximumAge() != null)) {
            checks.add(sentences.ageUnknown(service));
        }
        return new Proposal(0, scored.score(), scored.fit(), null, service, List.of(), reasons, checks);
    }

    /** The same fit sentence the matcher gives a catalogue activity: from the service's own traits, no profile name. */
    private static Note fitReason(ProfileFit fit) {
        List<Trait> supporting = fit.supporting(3);
        if (fit.level().atLeast(FitLevel.PARTIAL) && !supporting.isEmpty()) {
            return Wording.fit(fit.level(), supporting);
        }
        return Wording.weakFit(List.of());
    }

    private static String ageBand(LocalService service) {
        Integer min = service.service().minimumAge();
        Integer max = service.service().maximumAge();
        if (min != null && max != null) {
            return min + " tot en met " + max + " jaar";
        }
        return min != null ? min + " jaar en ouder" : "tot en met " + max + " jaar";
    }
}
