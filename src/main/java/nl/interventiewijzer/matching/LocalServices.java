package nl.interventiewijzer.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
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

    private final FitModel fitModel;
    /**
     * The active services per municipality (normalised as {@link LocalService#serves} compares), each list in the
     * offer's order: a match looks up its person's municipality instead of scanning every service of the offer.
     */
    private final Map<String, List<LocalService>> activeByMunicipality;

    public LocalServices(LocalOffer offer, FitModel fitModel) {
        this.fitModel = fitModel;
        this.activeByMunicipality = indexActiveByMunicipality(offer);
    }

    private static Map<String, List<LocalService>> indexActiveByMunicipality(LocalOffer offer) {
        Map<String, List<LocalService>> index = new HashMap<>();
        for (LocalService service : offer.services()) {
            if (!service.isActive()) {
                continue;
            }
            Set<String> served = new LinkedHashSet<>();
            service.areas().forEach(area -> served.add(LocalService.normalise(area.name())));
            served.forEach(municipality -> index.computeIfAbsent(municipality, key -> new ArrayList<>()).add(service));
        }
        Map<String, List<LocalService>> frozen = new HashMap<>();
        index.forEach((municipality, services) -> frozen.put(municipality, List.copyOf(services)));
        return Map.copyOf(frozen);
    }

    /** The one seam into matching: the matcher's ranking, with the local offer of the query's municipality. */
    public Result attach(MatchResult ranked, MatchQuery query) {
        List<LocalService> available = available(query.person());
        List<Proposal> proposals = new ArrayList<>();
        for (Match match : ranked.matches()) {
            List<LocalService> instances = available.stream()
                    .filter(s -> match.activity().id().equals(s.link().activityId())).toList();
            proposals.add(new Proposal(match.rank(), match.score(), match.fit(), match.activity(), null, instances,
                    match.reasons(), match.checks()));
        }
        List<Proposal> local = available.stream().filter(s -> !s.link().isCatalogueActivity())
                .map(s -> proposeOnItsOwn(s, query))
                .sorted(Comparator.comparingDouble(Proposal::score).reversed()
                        .thenComparing(p -> p.localService().service().name()).thenComparing(p -> p.localService().id()))
                .toList();
        for (Proposal proposal : local) {
            int at = 0;
            while (at < proposals.size() && proposals.get(at).score() >= proposal.score()) {
                at++;
            }
            proposals.add(at, proposal);
        }
        List<Proposal> kept = proposals.subList(0, Math.min(query.limit(), proposals.size()));
        List<Proposal> renumbered = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            renumbered.add(kept.get(i).ranked(i + 1));
        }
        return new Result(ranked.eligible() + local.size(), renumbered);
    }

    /** Active services of the person's municipality whose age band admits the person (an unknown age is a check). */
    List<LocalService> available(Person person) {
        if (person.municipality() == null || activeByMunicipality.isEmpty()) {
            return List.of();
        }
        return activeByMunicipality.getOrDefault(LocalService.normalise(person.municipality()), List.of()).stream()
                .filter(s -> person.age() == null || s.service().admitsAge(person.age()))
                .toList();
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

    private Proposal proposeOnItsOwn(LocalService service, MatchQuery query) {
        Person person = query.person();
        ProfileFit fit = fitModel.fit(query.profile(), traits(service));
        List<Note> reasons = new ArrayList<>();
        List<Note> checks = new ArrayList<>();
        reasons.add(fitReason(fit));
        reasons.add(Wording.localOffer(service.areas().get(0).name(), service.organization().name()));
        RankingPolicy policy = fitModel.policy();
        double score = fit.points();
        List<Circumstance> meantFor = service.link().circumstances();
        List<Circumstance> shared = meantFor.stream().filter(person::has).toList();
        if (!shared.isEmpty()) {
            reasons.add(Wording.designedFor(shared));
            score += shared.stream().mapToDouble(policy::designedFor).max().orElse(0);
        } else if (!meantFor.isEmpty()) {
            checks.add(Wording.meantFor(meantFor));
        }
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        service.link().themes().stream().filter(person.interests()::contains).forEach(themes::add);
        if (!themes.isEmpty()) {
            reasons.add(Wording.interest(themes));
            score += policy.get(RankingWeight.PER_INTEREST)
                    * Math.min(themes.size(), policy.get(RankingWeight.MAX_INTERESTS_COUNTED));
        }
        if (person.age() == null && (service.service().minimumAge() != null || service.service().maximumAge() != null)) {
            checks.add(Wording.ageUnknown(ageBand(service)));
        }
        return new Proposal(0, Math.round(score * 100) / 100.0, fit, null, service, List.of(), reasons, checks);
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
