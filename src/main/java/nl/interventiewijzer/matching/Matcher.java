package nl.interventiewijzer.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Approach;
import nl.interventiewijzer.catalogue.Availability;
import nl.interventiewijzer.catalogue.AvailabilityScope;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Evidence;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Provider;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.catalogue.Threshold;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.Note;
import nl.interventiewijzer.profile.Profile;
import nl.interventiewijzer.profile.ProfileDirectory;

/**
 * Ranks the catalogue for one person: eligibility filters, profile fit leads, what the activity was made for and the
 * person's context move within it, evidence breaks near-ties, and the top of the list mixes kinds within a small
 * margin (domain brief, "Matching: principles"). Every number comes from the ranking policy in the fit-model file.
 * Pure and deterministic: the same query and catalogue give the same list.
 */
public final class Matcher {

    /** How many traits a fit sentence names. */
    private static final int FIT_PHRASES = 2;
    /** The window over which a reason sentence may repeat at most {@code REASON_REPEAT_MAX} times. */
    private static final int REASON_WINDOW = 10;

    private final RankingPolicy policy;
    private final EligibilityFilter eligibilityFilter = new EligibilityFilter();
    private final Entry[] entries;

    /**
     * Everything about one activity that does not depend on the person, derived once; {@code runsIn} holds the
     * municipalities of a local or regional activity as names are compared, each with the sentence that it runs there
     * in the catalogue's spelling; empty for a national one.
     */
    private record Entry(Activity activity, Purpose purpose, Set<Approach> approaches, ActivityWording wording,
            Note evidenceReason, double evidencePoints, Prepared[] byProfile, boolean national,
            Map<String, Note> runsIn, int byId) {
    }

    /** The fit for one profile, its reason sentences (the first preferred, the others when it repeats too often). */
    private record Prepared(ProfileFit fit, List<Note> fitReasons, boolean kindAgainstDirection) {
    }

    public Matcher(Catalogue catalogue, FitModel fitModel) {
        this.policy = fitModel.policy();
        List<Activity> individual = catalogue.activities().stream().filter(a -> a.kind().isForIndividuals()).toList();
        Map<Trait, Integer> traitCounts = traitCounts(individual);
        List<String> idOrder = individual.stream().map(Activity::id).sorted().toList();
        this.entries = individual.stream()
                .map(activity -> entry(activity, fitModel, traitCounts, Collections.binarySearch(idOrder, activity.id())))
                .toArray(Entry[]::new);
    }

    /** Kept for the wiring that still passes the profile directory: reasons no longer name the profile. */
    public Matcher(Catalogue catalogue, FitModel fitModel, ProfileDirectory profiles) {
        this(catalogue, fitModel);
    }

    /** {@code byId}: the activity's place in id order, the ranking's last tie-break, compared as a number. */
    private Entry entry(Activity activity, FitModel fitModel, Map<Trait, Integer> traitCounts, int byId) {
        Prepared[] byProfile = new Prepared[Profile.values().length];
        for (Profile profile : Profile.values()) {
            ProfileFit fit = fitModel.fit(profile, activity);
            byProfile[profile.ordinal()] = new Prepared(fit, fitReasons(fit, traitCounts), againstDirection(fit));
        }
        double evidencePoints = activity.evidence() == Evidence.SUBSTANTIATED ? policy.get(RankingWeight.SUBSTANTIATED) : 0;
        Availability availability = activity.availability();
        // Worded from the catalogue's name, not the request's: a coach reads the name as CBS spells it, and every
        // sentence of an answer comes from reference data (docs/performance.md, change 17).
        Map<String, Note> runsIn = availability.municipalities().stream().collect(Collectors.toUnmodifiableMap(
                Availability::normalise, Wording::runsIn, (first, second) -> first));
        return new Entry(activity, Purpose.of(activity), EnumSet.copyOf(activity.approaches()), ActivityWording.of(activity),
                Wording.evidence(activity), evidencePoints, byProfile, availability.scope() == AvailabilityScope.NATIONAL,
                runsIn, byId);
    }

    private static Map<Trait, Integer> traitCounts(List<Activity> activities) {
        Map<Trait, Integer> counts = new EnumMap<>(Trait.class);
        activities.forEach(activity -> Trait.of(activity).forEach(trait -> counts.merge(trait, 1, Integer::sum)));
        return counts;
    }

    /** A kind the profile's direction speaks against (groups for Overlevers, courses for Buitenstaanders). */
    private static boolean againstDirection(ProfileFit fit) {
        return fit.contributions().stream().anyMatch(c -> c.weight() < 0 && c.trait().isKind());
    }

    /**
     * The fit sentences, preferred first: the strongest supporting traits, the rarer one first among equal weights
     * (so the sentence says what sets this activity apart), then other pairs of them as alternatives.
     */
    private static List<Note> fitReasons(ProfileFit fit, Map<Trait, Integer> traitCounts) {
        if (!fit.level().atLeast(FitLevel.PARTIAL) || fit.supporting(1).isEmpty()) {
            return List.of(Wording.weakFit(fit.against(FIT_PHRASES)));
        }
        List<Trait> supporting = fit.contributions().stream().filter(c -> c.weight() > 0)
                .sorted(Comparator.comparingInt((ProfileFit.Contribution c) -> -c.weight())
                        .thenComparingInt(c -> traitCounts.getOrDefault(c.trait(), 0))
                        .thenComparing(ProfileFit.Contribution::trait))
                .map(ProfileFit.Contribution::trait).toList();
        List<Note> reasons = new ArrayList<>();
        for (int first = 0; first < supporting.size(); first++) {
            for (int second = first + 1; second < supporting.size(); second++) {
                reasons.add(Wording.fit(fit.level(), List.of(supporting.get(first), supporting.get(second))));
            }
        }
        supporting.forEach(trait -> reasons.add(Wording.fit(fit.level(), List.of(trait))));
        return List.copyOf(reasons);
    }

    public MatchResult match(MatchQuery query) {
        List<Candidate> candidates = new ArrayList<>();
        List<Candidate> elsewhere = new ArrayList<>();
        int profile = query.profile().ordinal();
        String here = query.person().municipality() == null ? null : Availability.normalise(query.person().municipality());
        for (Entry entry : entries) {
            Prepared prepared = entry.byProfile()[profile];
            Note runsHere = here == null || entry.national() ? null : entry.runsIn().get(here);
            if (entry.national() || runsHere != null) {
                EligibilityFilter.Verdict verdict = eligibilityFilter.assessWhereItRuns(entry.activity(), entry.wording(),
                        query.person(), query.duration());
                if (verdict.eligible()) {
                    // Reaching the person, a local or regional activity runs where they live.
                    candidates.add(candidate(new Basis(entry, verdict, runsHere, false), prepared, query));
                }
            } else {
                // A project of one or a few other municipalities than the person's (or the person's is not known).
                exampleFromElsewhere(entry, prepared, query).ifPresent(elsewhere::add);
            }
        }
        candidates.sort(Candidate.BEST_FIRST);
        elsewhere.sort(Candidate.BEST_FIRST);
        List<Candidate> ranked = rankWithVariety(candidates, query.limit());
        int examples = Math.min(elsewhere.size(), policy.whole(RankingWeight.ELSEWHERE_MAX));
        return new MatchResult(candidates.size(), withVariedReasons(ranked, query),
                withVariedReasons(elsewhere.subList(0, examples), query));
    }

    /**
     * Scored without its reasons: every eligible activity is scored, but only the few returned are explained, by
     * scoring them again with the reasons kept ({@link #explain}), so reasons and score come from the same code.
     */
    private Candidate candidate(Basis basis, Prepared prepared, MatchQuery query) {
        Reasons none = Reasons.NONE;
        double personal = personal(basis, query.person(), none);
        return new Candidate(basis.entry().activity(), prepared, score(basis, prepared, query, personal, none), personal,
                basis);
    }

    /**
     * A local or regional project elsewhere, as an example to ask about locally (or, when the person's municipality is
     * not known, to ask whether it runs there): only if the person would be eligible for it where
     * it runs, its fit is at least partial and it is worth proposing. It never enters the main list.
     */
    private Optional<Candidate> exampleFromElsewhere(Entry entry, Prepared prepared, MatchQuery query) {
        if (!prepared.fit().level().atLeast(FitLevel.PARTIAL)) {
            return Optional.empty();
        }
        EligibilityFilter.Verdict verdict = eligibilityFilter.assessWhereItRuns(entry.activity(), entry.wording(),
                query.person(), query.duration());
        if (!verdict.eligible()) {
            return Optional.empty();
        }
        // It runs elsewhere, by definition.
        Candidate candidate = candidate(new Basis(entry, verdict, null, true), prepared, query);
        return candidate.score() < policy.get(RankingWeight.WORTH_PROPOSING) ? Optional.empty() : Optional.of(candidate);
    }

    /** The proposal's reasons and checks: scored again, the reasons kept this time. */
    private Explained explain(Candidate candidate, MatchQuery query) {
        Basis basis = candidate.basis();
        Person person = query.person();
        Reasons reasons = new Reasons(new ArrayList<>(6));
        score(basis, candidate.prepared(), query, personal(basis, person, reasons), reasons);
        List<Note> checks = checks(basis.entry(), person, basis.verdict().checks());
        if (basis.elsewhere()) {
            ActivityWording wording = basis.entry().wording();
            checks.add(0, person.municipality() != null ? wording.exampleFromElsewhere() : wording.availabilityUnknown());
        }
        return new Explained(reasons.notes(), reasons.fitAt(), checks);
    }

    /** The part of the score that says it is for this person: made for their group, running where they live. */
    private double personal(Basis basis, Person person, Reasons reasons) {
        return designedFor(basis.entry(), person, reasons) + runsWhereThePersonLives(basis, reasons);
    }

    private double score(Basis basis, Prepared prepared, MatchQuery query, double personal, Reasons reasons) {
        Entry entry = basis.entry();
        EligibilityFilter.Verdict verdict = basis.verdict();
        Activity activity = entry.activity();
        Person person = query.person();
        double score = prepared.fit().points() + personal;
        score += designedForAge(entry, person, reasons);
        score += madeForOthers(entry.purpose(), person);
        score += housingStep(entry.approaches());
        score += bereavement(entry.approaches(), person, reasons);
        score += comesToTheHousebound(entry, person, reasons);
        score += interests(entry, person, reasons);
        reasons.fitGoesHere();
        score += durationContext(activity, entry.approaches(), query.duration(), reasons);
        score += kindOfLoneliness(entry.approaches(), query.loneliness(), reasons);
        if (verdict.needsTransport()) {
            score += policy.get(RankingWeight.NEEDS_TRANSPORT);
        }
        score += verdict.outsideReadings() * policy.get(RankingWeight.OUTSIDE_READING);
        reasons.add(entry.evidenceReason());
        score += entry.evidencePoints();
        return round(score);
    }

    /**
     * "Made for you" by how specific the group is: the points of the most specific group of the purpose that the
     * person belongs to, less a share for each further group the purpose names (a purpose for many is less for each).
     */
    private double designedFor(Entry entry, Person person, Reasons reasons) {
        List<Circumstance> groups = entry.purpose().circumstances();
        if (groups.isEmpty() || person.circumstances().isEmpty()) {
            return 0;
        }
        int named = 0;
        double best = 0;
        for (int i = 0; i < groups.size(); i++) {
            Circumstance group = groups.get(i);
            if (person.has(group)) {
                named |= 1 << i;
                best = Math.max(best, policy.designedFor(group));
            }
        }
        if (named == 0) {
            return 0;
        }
        if (reasons.keeps()) {
            reasons.add(entry.wording().designedFor(named));
        }
        return best * breadth(groups.size());
    }

    /** The share of the "made for" points a purpose naming this many groups keeps for each of them. */
    private double breadth(int groups) {
        return Math.max(policy.get(RankingWeight.DESIGNED_FOR_BREADTH_FLOOR),
                1 - policy.get(RankingWeight.DESIGNED_FOR_BREADTH_STEP) * (groups - 1));
    }

    /**
     * Made for someone else: the purpose names groups and the person is in none of them (a programme for homeless
     * people proposed to a shy pensioner), or an age band the person's known age lies outside. The more specific the
     * group, the more it costs (matching review 2026-12, problems 5 and 8).
     */
    private double madeForOthers(Purpose purpose, Person person) {
        double points = 0;
        List<Circumstance> groups = purpose.circumstances();
        if (!groups.isEmpty() && inNoneOf(groups, person)) {
            double mostSpecific = 0;
            for (int i = 0; i < groups.size(); i++) {
                mostSpecific = Math.max(mostSpecific, policy.designedFor(groups.get(i)));
            }
            points -= policy.get(RankingWeight.DESIGNED_FOR_OTHERS_SHARE) * mostSpecific * breadth(groups.size());
        }
        if (purpose.hasAgeBand() && person.age() != null && !purpose.includesAge(person.age())) {
            points -= policy.get(RankingWeight.DESIGNED_FOR_OTHER_AGES);
        }
        return points;
    }

    private static boolean inNoneOf(List<Circumstance> groups, Person person) {
        for (int i = 0; i < groups.size(); i++) {
            if (person.has(groups.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Moving house or taking in a lodger is a step the person must want first (review 2026-12, problem 1). */
    private double housingStep(Set<Approach> approaches) {
        return approaches.contains(Approach.HOUSING) ? policy.get(RankingWeight.HOUSING_STEP) : 0;
    }

    /** An age band counts as "made for" only when the age is known and inside it; a narrow band counts more. */
    private double designedForAge(Entry entry, Person person, Reasons reasons) {
        Purpose purpose = entry.purpose();
        if (!purpose.hasAgeBand() || person.age() == null || !purpose.includesAge(person.age())) {
            return 0;
        }
        reasons.add(entry.wording().designedForAge());
        boolean narrow = purpose.ageBandWidth(policy.whole(RankingWeight.AGE_BAND_OPEN_END))
                <= policy.get(RankingWeight.AGE_BAND_NARROW_YEARS);
        return policy.get(narrow ? RankingWeight.DESIGNED_FOR_AGE_NARROW : RankingWeight.DESIGNED_FOR_AGE_BROAD);
    }

    private double bereavement(Set<Approach> approaches, Person person, Reasons reasons) {
        if (person.has(Circumstance.RECENTLY_WIDOWED) && approaches.contains(Approach.BEREAVEMENT_SUPPORT)) {
            reasons.add(Wording.RECENT_BEREAVEMENT);
            return policy.get(RankingWeight.BEREAVEMENT);
        }
        return 0;
    }

    /** For the housebound, what comes to them leads: a home visit or a phone contact (review 2026-12, problem 6). */
    private double comesToTheHousebound(Entry entry, Person person, Reasons reasons) {
        Note comesToThePerson = entry.wording().comesToThePerson();
        if (person.mobility() != Mobility.HOUSEBOUND || comesToThePerson == null) {
            return 0;
        }
        reasons.add(comesToThePerson);
        return policy.get(RankingWeight.COMES_TO_THE_HOUSEBOUND);
    }

    /** A local project of the person's own municipality is known to be there, unlike most national examples. */
    private double runsWhereThePersonLives(Basis basis, Reasons reasons) {
        if (basis.runsHere() == null) {
            return 0;
        }
        reasons.add(basis.runsHere());
        return policy.get(RankingWeight.RUNS_WHERE_THE_PERSON_LIVES);
    }

    private double interests(Entry entry, Person person, Reasons reasons) {
        List<Theme> themes = entry.activity().themes();
        if (person.interests().isEmpty() || themes.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (int i = 0; i < themes.size(); i++) {
            if (person.interests().contains(themes.get(i))) {
                shared |= 1 << i;
            }
        }
        if (shared == 0) {
            return 0;
        }
        if (reasons.keeps()) {
            reasons.add(entry.wording().interest(shared));
        }
        return policy.get(RankingWeight.PER_INTEREST)
                * Math.min(Integer.bitCount(shared), policy.whole(RankingWeight.MAX_INTERESTS_COUNTED));
    }

    private double durationContext(Activity activity, Set<Approach> approaches, Duration duration, Reasons reasons) {
        if (duration == Duration.THREATENED && activity.threshold() != Threshold.HIGH
                && (approaches.contains(Approach.MEETING) || approaches.contains(Approach.NETWORK_BUILDING))) {
            reasons.add(Wording.PREVENTION);
            return policy.get(RankingWeight.PREVENTION);
        }
        if (duration == Duration.STRUCTURAL_COMPLEX && activity.deliveredBy().contains(Provider.PROFESSIONAL)) {
            reasons.add(Wording.PROFESSIONAL_CARE);
            return policy.get(RankingWeight.PROFESSIONAL_CARE);
        }
        return 0;
    }

    /** Emotional loneliness asks for a close, personal bond; social loneliness for a wider circle (domain brief). */
    private double kindOfLoneliness(Set<Approach> approaches, LonelinessContext loneliness, Reasons reasons) {
        double points = 0;
        if (loneliness.emotional()
                && (approaches.contains(Approach.COMPANIONSHIP) || approaches.contains(Approach.BEREAVEMENT_SUPPORT))) {
            reasons.add(Wording.EMOTIONAL_LONELINESS);
            points += policy.get(RankingWeight.KIND_OF_LONELINESS);
        }
        if (loneliness.social()
                && (approaches.contains(Approach.MEETING) || approaches.contains(Approach.NETWORK_BUILDING))) {
            reasons.add(Wording.SOCIAL_LONELINESS);
            points += policy.get(RankingWeight.KIND_OF_LONELINESS);
        }
        return points;
    }

    /** The filter's checks (the verdict's own list), then what the person's context asks the coach to verify. */
    private static List<Note> checks(Entry entry, Person person, List<Note> checks) {
        Activity activity = entry.activity();
        List<Setting> settings = activity.delivery().settings();
        boolean mainlyOnline = !settings.isEmpty() && settings.get(0) == Setting.ONLINE;
        if (person.digitalSkills() == null && mainlyOnline && !checked(checks, CheckCode.DIGITAL_SKILLS)) {
            checks.add(Wording.DIGITAL_SKILLS);
        }
        if (person.has(Circumstance.LIMITED_DUTCH) && runsOnConversation(activity)) {
            checks.add(entry.wording().limitedDutch());
        }
        if (person.age() != null && person.age() < 18) {
            checks.add(Wording.MINOR);
        }
        List<Circumstance> groups = entry.purpose().circumstances();
        if (!groups.isEmpty() && inNoneOf(groups, person)) {
            checks.add(entry.wording().meantFor());
        }
        if (activity.approaches().contains(Approach.HOUSING)) {
            checks.add(Wording.HOUSING_STEP);
        }
        return checks;
    }

    private static boolean checked(List<Note> checks, CheckCode code) {
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).code().equals(code.name())) {
                return true;
            }
        }
        return false;
    }

    /** A phone line or a talking course, not made for language learners. */
    private static boolean runsOnConversation(Activity activity) {
        if (activity.approaches().contains(Approach.LANGUAGE)) {
            return false;
        }
        return activity.delivery().has(Setting.PHONE) || activity.kind() == Kind.COURSE;
    }

    /**
     * Greedy selection: each next proposal is the best remaining one after a variety penalty for the proposals
     * already chosen of the same kind and main approach (beyond the first). The penalty never exceeds the margin, and
     * a weak fit, a score below {@code WORTH_PROPOSING} or a kind against the profile's direction competes as if fully
     * penalised. So a proposal never passes one scoring the margin or more above it: order and score agree up to the
     * margin. The scan of the score-sorted list stops once no remaining score can beat the best adjusted one.
     */
    private List<Candidate> rankWithVariety(List<Candidate> sorted, int limit) {
        List<Candidate> remaining = new ArrayList<>(sorted);
        int[] kinds = new int[Kind.values().length];
        int[] approaches = new int[Approach.values().length];
        List<Candidate> ranked = new ArrayList<>(Math.min(limit, sorted.size()));
        while (ranked.size() < limit && !remaining.isEmpty()) {
            Candidate next = remaining.remove(bestNext(remaining, kinds, approaches));
            kinds[next.activity().kind().ordinal()]++;
            approaches[next.mainApproach().ordinal()]++;
            ranked.add(next);
        }
        return ranked;
    }

    private int bestNext(List<Candidate> remaining, int[] kinds, int[] approaches) {
        int best = 0;
        double bestAdjusted = adjusted(remaining.get(0), kinds, approaches);
        for (int i = 1; i < remaining.size(); i++) {
            Candidate candidate = remaining.get(i);
            if (candidate.score() <= bestAdjusted) {
                break;
            }
            double adjusted = adjusted(candidate, kinds, approaches);
            if (adjusted > bestAdjusted) {
                best = i;
                bestAdjusted = adjusted;
            }
        }
        return best;
    }

    private double adjusted(Candidate candidate, int[] kinds, int[] approaches) {
        double margin = policy.get(RankingWeight.VARIETY_MARGIN);
        if (!varietyMayLift(candidate)) {
            return candidate.score() - margin;
        }
        int sameKind = Math.max(0, kinds[candidate.activity().kind().ordinal()] - 1);
        int sameApproach = Math.max(0, approaches[candidate.mainApproach().ordinal()] - 1);
        double penalty = policy.get(RankingWeight.SAME_KIND_PENALTY) * sameKind
                + policy.get(RankingWeight.SAME_APPROACH_PENALTY) * sameApproach;
        return candidate.score() - Math.min(margin, penalty);
    }

    private boolean varietyMayLift(Candidate candidate) {
        return candidate.prepared().fit().level() != FitLevel.WEAK
                && candidate.score() >= policy.get(RankingWeight.WORTH_PROPOSING)
                && !candidate.prepared().kindAgainstDirection();
    }

    /**
     * Reasons in rank order, so that within each window of ten one sentence sits on at most {@code REASON_REPEAT_MAX}
     * proposals: a fit sentence used up gives way to another true pair of the activity's traits; any other sentence
     * used up is left out. The evidence line, the entry's own, always stays.
     */
    private List<Match> withVariedReasons(List<Candidate> ranked, MatchQuery query) {
        int cap = policy.whole(RankingWeight.REASON_REPEAT_MAX);
        List<Match> matches = new ArrayList<>(ranked.size());
        Map<String, Integer> used = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            if (i % REASON_WINDOW == 0) {
                used.clear();
            }
            Candidate candidate = ranked.get(i);
            Explained explained = explain(candidate, query);
            List<Note> reasons = explained.reasons();
            List<Note> kept = new ArrayList<>(reasons.size() + 1);
            for (int r = 0; r < reasons.size(); r++) {
                if (r == explained.fitAt()) {
                    keepFirstFree(candidate.prepared().fitReasons(), used, cap, kept);
                }
                boolean evidence = r == reasons.size() - 1;
                keepIfFree(reasons.get(r), used, evidence ? Integer.MAX_VALUE : cap, kept);
            }
            matches.add(new Match(i + 1, candidate.score(), candidate.prepared().fit(), candidate.activity(), kept,
                    explained.checks()));
        }
        return matches;
    }

    private static void keepFirstFree(List<Note> options, Map<String, Integer> used, int cap, List<Note> kept) {
        for (Note option : options) {
            if (used.getOrDefault(option.text(), 0) < cap) {
                keepIfFree(option, used, cap, kept);
                return;
            }
        }
    }

    private static void keepIfFree(Note reason, Map<String, Integer> used, int cap, List<Note> kept) {
        if (used.getOrDefault(reason.text(), 0) < cap) {
            used.merge(reason.text(), 1, Integer::sum);
            kept.add(reason);
        }
    }


    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /**
     * What a candidate's score was worked out from, to explain it if it is returned: the entry, the filter's verdict,
     * the sentence that it runs in the person's own municipality (null when it is national or runs elsewhere), and
     * whether it is an example from elsewhere.
     */
    private record Basis(Entry entry, EligibilityFilter.Verdict verdict, Note runsHere, boolean elsewhere) {
    }

    /** A returned candidate's reasons (its fit sentence goes in at {@code fitAt}) and checks. */
    private record Explained(List<Note> reasons, int fitAt, List<Note> checks) {
    }

    /**
     * Where a score writes its reasons: a list when the candidate is explained, nowhere when it is only ranked
     * ({@link #NONE}, shared: it keeps nothing).
     */
    private static final class Reasons {

        static final Reasons NONE = new Reasons(null);

        private final List<Note> notes;
        private int fitAt;

        Reasons(List<Note> notes) {
            this.notes = notes;
        }

        /**
         * Whether reasons are kept: a sentence worded for the occasion (the subset sentences) is looked up only then,
         * not for every eligible activity of the ranking pass (docs/performance.md, change 30).
         */
        boolean keeps() {
            return notes != null;
        }

        void add(Note reason) {
            if (notes != null) {
                notes.add(reason);
            }
        }

        /** The fit sentence goes before the reasons added after this. */
        void fitGoesHere() {
            if (notes != null) {
                fitAt = notes.size();
            }
        }

        List<Note> notes() {
            return notes;
        }

        int fitAt() {
            return fitAt;
        }
    }

    /**
     * A scored eligible activity, not yet explained. {@code personal} is the part of the score that says it is for
     * this person: made for their group, running where they live.
     */
    record Candidate(Activity activity, Prepared prepared, double score, double personal, Basis basis) {

        /**
         * Highest score first; on equal scores the one made more for this person (so a project for their group where
         * they live is not passed by a general one on its name), then the better fit, then the id: a total order, so
         * ranking is deterministic. The id's place in id order ({@code Entry.byId}) stands in for the id: every match
         * sorts all its eligible activities, and ties on score are common.
         */
        static final Comparator<Candidate> BEST_FIRST = (a, b) -> {
            int byScore = Double.compare(b.score(), a.score());
            if (byScore != 0) {
                return byScore;
            }
            int byPersonal = Double.compare(b.personal(), a.personal());
            if (byPersonal != 0) {
                return byPersonal;
            }
            int byFit = Integer.compare(b.prepared().fit().points(), a.prepared().fit().points());
            return byFit != 0 ? byFit : Integer.compare(a.basis().entry().byId(), b.basis().entry().byId());
        };

        Approach mainApproach() {
            return activity.approaches().get(0);
        }
    }
}
