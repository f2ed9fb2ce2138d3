package nl.interventiewijzer.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Approach;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.DesignedFor;
import nl.interventiewijzer.catalogue.Evidence;
import nl.interventiewijzer.catalogue.EvidenceSummary;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Provider;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.catalogue.Threshold;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.Note;
import nl.interventiewijzer.profile.Profile;
import nl.interventiewijzer.profile.ProfileDirectory;

/**
 * Ranks the catalogue for one person: eligibility filters, profile fit leads, person context moves within it,
 * evidence breaks near-ties, and the top of the list mixes kinds (domain brief, "Matching: principles"). Pure and
 * deterministic: the same query and catalogue give the same list.
 */
public final class Matcher {

    /** Made for exactly this person: one of the strongest signals, on par with a strong profile fit. */
    static final double DESIGNED_FOR_REQUIRED = 5;
    static final double DESIGNED_FOR_SUITS = 2;
    static final double PER_INTEREST = 1.5;
    static final int MAX_INTERESTS_COUNTED = 2;
    static final double BEREAVEMENT = 2;
    static final double PREVENTION = 1;
    static final double PROFESSIONAL_CARE = 2;
    static final double KIND_OF_LONELINESS = 1.5;
    static final double NEEDS_TRANSPORT = -2;
    /** Less than one fit point: evidence lifts a substantiated activity past an equal fit, never past a better one. */
    static final double SUBSTANTIATED = 0.9;
    /** Each proposal of the same kind beyond the first pushes the next one of that kind down this much. */
    static final double SAME_KIND_PENALTY = 1.0;
    /** Each proposal with the same main approach beyond the first pushes the next one down this much. */
    static final double SAME_APPROACH_PENALTY = 0.5;
    /**
     * Variety may push a proposal down this far at most, so it never buries a clearly better fit under a weak one.
     * A kind the profile's direction speaks against (groups for Overlevers, courses for Buitenstaanders) gets no
     * lift from variety at all: it competes as if fully penalised.
     */
    static final double MAX_VARIETY_PENALTY = 4.5;
    /** Below this score an activity has little going for it; variety never lifts it above one that does. */
    static final double WORTH_PROPOSING = 1.0;

    private static final int FIT_PHRASES = 3;

    static final Note RECENT_BEREAVEMENT = new Note("RECENT_BEREAVEMENT", "De partner is het afgelopen jaar overleden:"
            + " dit biedt steun bij rouw.");
    static final Note PREVENTION_REASON = new Note("PREVENTION", "Eenzaamheid dreigt: ontmoeting en een breder netwerk"
            + " helpen voorkomen dat die ontstaat.");
    static final Note PROFESSIONAL_CARE_REASON = new Note("PROFESSIONAL_CARE", "Er spelen ook problemen op andere"
            + " levensterreinen: hier is een professional bij betrokken.");
    static final Note EMOTIONAL_LONELINESS = new Note("EMOTIONAL_LONELINESS", "De eenzaamheidsschaal wijst op"
            + " emotionele eenzaamheid, het gemis van een hechte band: dit biedt vast persoonlijk contact.");
    static final Note SOCIAL_LONELINESS = new Note("SOCIAL_LONELINESS", "De eenzaamheidsschaal wijst op sociale"
            + " eenzaamheid, het gemis van een bredere kring: dit brengt in contact met meer mensen.");

    private final ProfileDirectory profiles;
    private final EligibilityFilter eligibilityFilter = new EligibilityFilter();
    private final List<Activity> activities;
    /** Per profile, aligned with {@link #activities}: the fit and its reason depend on nothing else. */
    private final Map<Profile, Prepared[]> prepared = new EnumMap<>(Profile.class);
    private final Note[] evidenceReasons;
    /** Per activity, its approaches as an enum set: membership tests on the hot path are bit tests. */
    private final List<Set<Approach>> approachSets;
    private final double[] evidencePoints;

    private record Prepared(ProfileFit fit, Note fitReason, boolean kindAgainstDirection) {

        static Prepared of(ProfileFit fit, Note fitReason) {
            boolean against = false;
            for (ProfileFit.Contribution contribution : fit.contributions()) {
                against |= contribution.weight() < 0 && contribution.trait().isKind();
            }
            return new Prepared(fit, fitReason, against);
        }
    }

    /** Derives every fit, fit reason and evidence reason once, so a request only adds what depends on the person. */
    public Matcher(Catalogue catalogue, FitModel fitModel, ProfileDirectory profiles) {
        this.profiles = profiles;
        this.activities = catalogue.activities().stream().filter(activity -> activity.kind().isForIndividuals()).toList();
        this.evidenceReasons = new Note[activities.size()];
        this.approachSets = activities.stream().map(activity -> (Set<Approach>) EnumSet.copyOf(activity.approaches())).toList();
        this.evidencePoints = new double[activities.size()];
        for (int i = 0; i < activities.size(); i++) {
            List<Note> evidence = new ArrayList<>(1);
            evidencePoints[i] = evidence(activities.get(i), evidence);
            evidenceReasons[i] = evidence.get(0);
        }
        for (Profile profile : Profile.values()) {
            Prepared[] perActivity = new Prepared[activities.size()];
            for (int i = 0; i < activities.size(); i++) {
                ProfileFit fit = fitModel.fit(profile, activities.get(i));
                perActivity[i] = Prepared.of(fit, profileFitReason(fit));
            }
            prepared.put(profile, perActivity);
        }
    }

    public MatchResult match(MatchQuery query) {
        Prepared[] forProfile = prepared.get(query.profile());
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            EligibilityFilter.Verdict verdict = eligibilityFilter.assess(activities.get(i), query.person(), query.duration());
            if (verdict.eligible()) {
                candidates.add(score(i, forProfile[i], verdict, query));
            }
        }
        candidates.sort(Candidate.BEST_FIRST);
        return new MatchResult(candidates.size(), rankWithVariety(candidates, query.limit()));
    }

    private Candidate score(int index, Prepared prepared, EligibilityFilter.Verdict verdict, MatchQuery query) {
        Activity activity = activities.get(index);
        List<Note> reasons = new ArrayList<>(4);
        reasons.add(prepared.fitReason());
        double score = prepared.fit().points();
        score += designedFor(activity, query.person(), reasons);
        score += interests(activity, query.person(), reasons);
        Set<Approach> approaches = approachSets.get(index);
        score += bereavement(approaches, query.person(), reasons);
        score += durationContext(activity, approaches, query.duration(), reasons);
        score += kindOfLoneliness(approaches, query.loneliness(), reasons);
        if (verdict.needsTransport()) {
            score += NEEDS_TRANSPORT;
        }
        score += verdict.scoreAdjustment();
        reasons.add(evidenceReasons[index]);
        score += evidencePoints[index];
        return new Candidate(activity, prepared.fit(), prepared.kindAgainstDirection(), round(score), reasons,
                verdict.checks());
    }

    private Note profileFitReason(ProfileFit fit) {
        String name = profiles.describe(fit.profile()).name().nl();
        List<Trait> supporting = fit.supporting(FIT_PHRASES);
        if (fit.level().atLeast(FitLevel.PARTIAL) && !supporting.isEmpty()) {
            return new Note("PROFILE_FIT_" + fit.level(), "Past bij " + name + ": " + phrases(supporting) + ".");
        }
        List<Trait> against = fit.against(FIT_PHRASES);
        String why = against.isEmpty() ? "" : " (" + phrases(against) + ")";
        return new Note("PROFILE_FIT_WEAK", "Sluit minder aan bij de ondersteuningsrichting voor " + name + why
                + "; voorgesteld vanwege de andere redenen.");
    }

    /**
     * Made for this person: only what the activity was made for ({@code designedFor}) counts, never a precondition.
     * A circumstance it was made for is the strong signal; an age band it was made for, when the age is known, the
     * weaker one.
     */
    private static double designedFor(Activity activity, Person person, List<Note> reasons) {
        DesignedFor madeFor = activity.designedFor();
        List<Circumstance> named = named(person, madeFor.circumstances());
        boolean ageBand = person.age() != null && madeFor.ageBandCovers(person.age());
        if (!named.isEmpty()) {
            reasons.add(new Note("DESIGNED_FOR", "Speciaal gemaakt voor " + labels(named)
                    + (ageBand ? ", " + madeFor.describeAgeBand() : "") + "."));
            return DESIGNED_FOR_REQUIRED;
        }
        if (ageBand) {
            reasons.add(new Note("SUITS_SITUATION", "Opgezet voor " + madeFor.describeAgeBand() + "."));
            return DESIGNED_FOR_SUITS;
        }
        return 0;
    }

    /** The circumstances of this list that the person has, in code order (so reasons read the same every time). */
    private static List<Circumstance> named(Person person, List<Circumstance> circumstances) {
        if (circumstances.isEmpty() || person.circumstances().isEmpty()) {
            return List.of();
        }
        EnumSet<Circumstance> named = EnumSet.noneOf(Circumstance.class);
        for (int i = 0; i < circumstances.size(); i++) {
            if (person.has(circumstances.get(i))) {
                named.add(circumstances.get(i));
            }
        }
        return named.isEmpty() ? List.of() : List.copyOf(named);
    }

    private static double interests(Activity activity, Person person, List<Note> reasons) {
        List<Theme> themes = activity.themes();
        if (person.interests().isEmpty() || themes.isEmpty()) {
            return 0;
        }
        EnumSet<Theme> shared = EnumSet.noneOf(Theme.class);
        for (int i = 0; i < themes.size(); i++) {
            if (person.interests().contains(themes.get(i))) {
                shared.add(themes.get(i));
            }
        }
        if (shared.isEmpty()) {
            return 0;
        }
        reasons.add(new Note("INTEREST", "Sluit aan bij de interesse in "
                + join(shared.stream().map(Theme::label).toList()) + "."));
        return PER_INTEREST * Math.min(shared.size(), MAX_INTERESTS_COUNTED);
    }

    private static double bereavement(Set<Approach> approaches, Person person, List<Note> reasons) {
        if (person.has(Circumstance.RECENTLY_WIDOWED) && approaches.contains(Approach.BEREAVEMENT_SUPPORT)) {
            reasons.add(RECENT_BEREAVEMENT);
            return BEREAVEMENT;
        }
        return 0;
    }

    private static double durationContext(Activity activity, Set<Approach> approaches, Duration duration, List<Note> reasons) {
        if (duration == Duration.THREATENED && activity.threshold() != Threshold.HIGH
                && (approaches.contains(Approach.MEETING) || approaches.contains(Approach.NETWORK_BUILDING))) {
            reasons.add(PREVENTION_REASON);
            return PREVENTION;
        }
        if (duration == Duration.STRUCTURAL_COMPLEX && activity.deliveredBy().contains(Provider.PROFESSIONAL)) {
            reasons.add(PROFESSIONAL_CARE_REASON);
            return PROFESSIONAL_CARE;
        }
        return 0;
    }

    /** Emotional loneliness asks for a close, personal bond; social loneliness for a wider circle (domain brief). */
    private static double kindOfLoneliness(Set<Approach> approaches, LonelinessContext loneliness, List<Note> reasons) {
        double points = 0;
        if (loneliness.emotional()
                && (approaches.contains(Approach.COMPANIONSHIP) || approaches.contains(Approach.BEREAVEMENT_SUPPORT))) {
            reasons.add(EMOTIONAL_LONELINESS);
            points += KIND_OF_LONELINESS;
        }
        if (loneliness.social()
                && (approaches.contains(Approach.MEETING) || approaches.contains(Approach.NETWORK_BUILDING))) {
            reasons.add(SOCIAL_LONELINESS);
            points += KIND_OF_LONELINESS;
        }
        return points;
    }

    private static double evidence(Activity activity, List<Note> reasons) {
        EvidenceSummary summary = activity.evidenceSummary();
        if (activity.evidence() == Evidence.SUBSTANTIATED) {
            String year = summary.year() == null ? "" : " (" + summary.year() + ")";
            reasons.add(new Note("EVIDENCE_SUBSTANTIATED", "Onderbouwd volgens de Handreiking: " + summary.by() + year
                    + ". " + summary.finding()));
            return SUBSTANTIATED;
        }
        if (activity.evidence() == Evidence.PROMISING) {
            reasons.add(new Note("EVIDENCE_PROMISING", "Kansrijk volgens de Handreiking: goed denkbaar dat het werkt,"
                    + " maar nog niet op effect onderzocht."));
        } else {
            reasons.add(new Note("EVIDENCE_PRACTICE_EXAMPLE", "Praktijkvoorbeeld uit " + activity.source().document().title()
                    + "; niet op effect onderzocht."));
        }
        return 0;
    }

    /**
     * Greedy selection: each next proposal is the best remaining one after a penalty for the proposals already chosen
     * of the same kind and main approach (beyond the first), so the top offers a real choice. Activities scoring below
     * {@link #WORTH_PROPOSING} only follow once the others are used up. The penalty only lowers a score, so the scan
     * of the score-sorted list stops as soon as no remaining score can beat the best adjusted one.
     */
    private static List<Match> rankWithVariety(List<Candidate> sorted, int limit) {
        List<Candidate> remaining = new ArrayList<>(sorted);
        int[] kinds = new int[Kind.values().length];
        int[] approaches = new int[Approach.values().length];
        List<Match> ranked = new ArrayList<>(Math.min(limit, sorted.size()));
        while (ranked.size() < limit && !remaining.isEmpty()) {
            int best = bestNext(remaining, kinds, approaches);
            Candidate next = remaining.remove(best);
            kinds[next.activity().kind().ordinal()]++;
            approaches[next.mainApproach().ordinal()]++;
            ranked.add(next.toMatch(ranked.size() + 1));
        }
        return ranked;
    }

    private static int bestNext(List<Candidate> remaining, int[] kinds, int[] approaches) {
        int best = 0;
        double bestAdjusted = remaining.get(0).adjusted(kinds, approaches);
        for (int i = 1; i < remaining.size(); i++) {
            Candidate candidate = remaining.get(i);
            boolean worthProposing = candidate.score() >= WORTH_PROPOSING;
            boolean bestWorthProposing = remaining.get(best).score() >= WORTH_PROPOSING;
            if (candidate.score() <= bestAdjusted && (bestWorthProposing || !worthProposing)) {
                break;
            }
            double adjusted = candidate.adjusted(kinds, approaches);
            if ((worthProposing && !bestWorthProposing) || (worthProposing == bestWorthProposing && adjusted > bestAdjusted)) {
                best = i;
                bestAdjusted = adjusted;
            }
        }
        return best;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String labels(List<Circumstance> circumstances) {
        return join(circumstances.stream().map(Circumstance::label).toList());
    }

    private static String phrases(List<Trait> traits) {
        return join(traits.stream().map(Trait::phrase).toList());
    }

    static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " en " + parts.get(parts.size() - 1);
    }

    private record Candidate(Activity activity, ProfileFit fit, boolean kindAgainstDirection, double score,
            List<Note> reasons, List<Note> checks) {

        /** Highest score first, then the better fit, then the id: a total order, so ranking is deterministic. */
        static final Comparator<Candidate> BEST_FIRST = (a, b) -> {
            int byScore = Double.compare(b.score(), a.score());
            if (byScore != 0) {
                return byScore;
            }
            int byFit = Integer.compare(b.fit().points(), a.fit().points());
            return byFit != 0 ? byFit : a.activity().id().compareTo(b.activity().id());
        };

        Approach mainApproach() {
            return activity.approaches().get(0);
        }

        double adjusted(int[] kinds, int[] approaches) {
            int sameKind = Math.max(0, kinds[activity.kind().ordinal()] - 1);
            int sameApproach = Math.max(0, approaches[mainApproach().ordinal()] - 1);
            if (kindAgainstDirection()) {
                return score - MAX_VARIETY_PENALTY;
            }
            return score - Math.min(MAX_VARIETY_PENALTY, SAME_KIND_PENALTY * sameKind + SAME_APPROACH_PENALTY * sameApproach);
        }

        Match toMatch(int rank) {
            return new Match(rank, score, fit, activity, reasons, checks);
        }
    }
}
