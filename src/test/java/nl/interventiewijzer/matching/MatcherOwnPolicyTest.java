package nl.interventiewijzer.matching;

import static nl.interventiewijzer.matching.TestActivities.activity;
import static nl.interventiewijzer.matching.TestActivities.catalogue;
import static nl.interventiewijzer.matching.TestPeople.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Approach;
import nl.interventiewijzer.catalogue.GroupSize;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.catalogue.Threshold;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.Note;
import nl.interventiewijzer.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * The matcher's mechanics on a fit model built in the test (trait weights and ranking values chosen here), so tuning
 * the production weights in matching/profile-fit.json cannot break these: the score of interests, prevention and the
 * kind of loneliness, the fit sentence chosen and varied, variety in the order, and examples from elsewhere. A default
 * test activity (promising, national, made for anyone) for a person of whom nothing else is said scores exactly its fit
 * points, which the tests set through the weights.
 */
class MatcherOwnPolicyTest {

    private static final Profile PROFILE = Profile.ACTIEVEN;

    /** Ranking values of the test; every other key gets a value inside its range. */
    private static Map<RankingWeight, Double> ranking() {
        Map<RankingWeight, Double> values = new EnumMap<>(RankingWeight.class);
        values.put(RankingWeight.FIT_STRONG_FROM, 6.0);
        values.put(RankingWeight.FIT_GOOD_FROM, 3.0);
        values.put(RankingWeight.FIT_PARTIAL_FROM, 1.0);
        values.put(RankingWeight.WORTH_PROPOSING, 1.0);
        values.put(RankingWeight.VARIETY_MARGIN, 1.5);
        values.put(RankingWeight.SAME_KIND_PENALTY, 0.75);
        values.put(RankingWeight.SAME_APPROACH_PENALTY, 0.5);
        values.put(RankingWeight.PER_INTEREST, 1.5);
        values.put(RankingWeight.MAX_INTERESTS_COUNTED, 2.0);
        values.put(RankingWeight.PREVENTION, 1.25);
        values.put(RankingWeight.KIND_OF_LONELINESS, 0.75);
        values.put(RankingWeight.REASON_REPEAT_MAX, 4.0);
        values.put(RankingWeight.ELSEWHERE_MAX, 3.0);
        values.put(RankingWeight.SUBSTANTIATED, 0.5);
        return values;
    }

    private static FitModel model(Map<RankingWeight, Double> values, Map<Trait, Integer> weights) {
        Map<String, PolicyValue> ranking = new LinkedHashMap<>();
        for (RankingWeight weight : RankingWeight.values()) {
            Double value = values.containsKey(weight) ? values.get(weight)
                    : java.util.stream.Stream.of(1.0, 0.0, -1.0, 60.0).filter(v -> weight.problemWith(v) == null)
                            .findFirst().orElseThrow();
            ranking.put(weight.name(), new PolicyValue(value, "test"));
        }
        List<FitRule> rules = weights.entrySet().stream().map(e -> new FitRule(e.getKey(), e.getValue())).toList();
        Map<Profile, List<FitRule>> profiles = new EnumMap<>(Profile.class);
        for (Profile profile : Profile.values()) {
            profiles.put(profile, rules);
        }
        return new FitModel(new FitModel.File("test", "test", ranking,
                Map.of(RankingPolicy.DEFAULT_CIRCUMSTANCE, new PolicyValue(4.0, "test")), profiles));
    }

    private static Map<Trait, Integer> weights(Object... traitsAndWeights) {
        Map<Trait, Integer> weights = new EnumMap<>(Trait.class);
        for (int i = 0; i < traitsAndWeights.length; i += 2) {
            weights.put((Trait) traitsAndWeights[i], (Integer) traitsAndWeights[i + 1]);
        }
        return weights;
    }

    private static MatchResult match(FitModel model, MatchQuery query, List<Activity> activities) {
        return new Matcher(catalogue(activities), model).match(query);
    }

    private static MatchQuery query(Person person) {
        return new MatchQuery(PROFILE, null, person, MatchQuery.MAX_LIMIT);
    }

    private static List<String> ids(MatchResult result) {
        return result.matches().stream().map(m -> m.activity().id()).toList();
    }

    private static Match only(MatchResult result) {
        assertThat(result.matches()).hasSize(1);
        return result.matches().get(0);
    }

    private static List<String> codes(List<Note> notes) {
        return notes.stream().map(Note::code).toList();
    }

    private static final FitModel GROUPS_FIT = model(ranking(), weights(Trait.KIND_GROUP, 2, Trait.MEETING, 1));

    // --- what adds to the score

    @Test
    void sharedInterestsAddTheirPointsEachUpToTheMaximumCounted() {
        Activity activity = activity("uitje").themes(Theme.NATURE, Theme.CULTURE, Theme.FOOD).build();
        Person person = person().interestedIn(Theme.NATURE, Theme.CULTURE, Theme.FOOD).build();

        Match match = only(match(GROUPS_FIT, query(person), List.of(activity)));

        assertThat(match.score()).isEqualTo(3 + 1.5 * 2);
        assertThat(codes(match.reasons())).contains("INTEREST");
    }

    @Test
    void preventionCountsForALowOrModerateThresholdMeetingButNotForAHighOne() {
        Activity moderate = activity("matig").build();
        Activity high = activity("hoog").threshold(Threshold.HIGH).build();
        MatchQuery threatened = new MatchQuery(PROFILE, Duration.THREATENED, Person.UNKNOWN, MatchQuery.MAX_LIMIT);

        MatchResult result = match(GROUPS_FIT, threatened, List.of(moderate, high));

        Match forModerate = result.matches().stream().filter(m -> m.activity().id().equals("matig")).findFirst().orElseThrow();
        Match forHigh = result.matches().stream().filter(m -> m.activity().id().equals("hoog")).findFirst().orElseThrow();
        assertThat(forModerate.score()).isEqualTo(3 + 1.25);
        assertThat(codes(forModerate.reasons())).contains("PREVENTION");
        assertThat(codes(forHigh.reasons())).doesNotContain("PREVENTION");
    }

    @Test
    void socialLonelinessFavoursNetworkBuildingAndEmotionalLonelinessBereavementSupport() {
        FitModel flat = model(ranking(), weights(Trait.KIND_GROUP, 2));
        Activity network = activity("netwerk").approaches(Approach.NETWORK_BUILDING).build();
        Activity grief = activity("rouw").approaches(Approach.BEREAVEMENT_SUPPORT).build();

        Match social = only(match(flat, new MatchQuery(PROFILE, null, Person.UNKNOWN, new LonelinessContext(false, true), 10),
                List.of(network)));
        Match emotional = only(match(flat, new MatchQuery(PROFILE, null, Person.UNKNOWN, new LonelinessContext(true, false), 10),
                List.of(grief)));

        assertThat(social.score()).isEqualTo(2 + 0.75);
        assertThat(codes(social.reasons())).contains("SOCIAL_LONELINESS");
        assertThat(emotional.score()).isEqualTo(2 + 0.75);
        assertThat(codes(emotional.reasons())).contains("EMOTIONAL_LONELINESS");
    }

    @Test
    void anOnlineOnlyActivityAsksAboutDigitalSkillsOnce() {
        Match match = only(match(GROUPS_FIT, query(Person.UNKNOWN), List.of(activity("online").at(Setting.ONLINE).build())));

        assertThat(codes(match.checks())).containsOnlyOnce("DIGITAL_SKILLS");
    }

    // --- the fit sentence

    /** Clones of one activity whose supporting traits weigh 3, 2 and 2, and one against it; the catalogue decides rarity. */
    private static List<Activity> clonesAndOthers(int clones) {
        List<Activity> activities = new ArrayList<>();
        IntStream.rangeClosed(1, clones).forEach(i -> activities.add(activity("kloon-%02d".formatted(i))
                .approaches(Approach.COMPANIONSHIP, Approach.SHARED_ACTIVITY).build()));
        // More group activities, so KIND_GROUP is commoner than SHARED_ACTIVITY; they fit badly and rank last.
        IntStream.rangeClosed(1, 3).forEach(i -> activities.add(activity("groep-%d".formatted(i)).build()));
        // Neighbourhood approaches are no offer for a person: their traits never count towards rarity.
        IntStream.rangeClosed(1, 5).forEach(i -> activities.add(activity("wijk-%d".formatted(i)).kind(Kind.COMMUNITY)
                .approaches(Approach.SHARED_ACTIVITY).build()));
        return activities;
    }

    private static final Map<Trait, Integer> CLONE_WEIGHTS = weights(Trait.COMPANIONSHIP, 3, Trait.KIND_GROUP, 2,
            Trait.SHARED_ACTIVITY, 2, Trait.BY_VOLUNTEER, -1, Trait.MEETING, -3);

    private static String fitText(Trait... traits) {
        return Wording.fit(FitLevel.STRONG, List.of(traits)).text();
    }

    private static List<String> fitTexts(MatchResult result) {
        return result.matches().stream().filter(m -> m.activity().id().startsWith("kloon"))
                .map(m -> m.reasons().stream().filter(r -> r.code().startsWith("PROFILE_FIT")).map(Note::text)
                        .findFirst().orElse("none"))
                .toList();
    }

    @Test
    void theFitSentenceNamesTheStrongestTraitsThenTheRarerOfEqualWeightAndVariesThroughPairsThenSingleTraits() {
        Map<RankingWeight, Double> once = ranking();
        once.put(RankingWeight.REASON_REPEAT_MAX, 1.0);

        MatchResult result = match(model(once, CLONE_WEIGHTS), new MatchQuery(PROFILE, null, Person.UNKNOWN, 10),
                clonesAndOthers(7));

        assertThat(fitTexts(result)).containsExactly(
                fitText(Trait.COMPANIONSHIP, Trait.SHARED_ACTIVITY),
                fitText(Trait.COMPANIONSHIP, Trait.KIND_GROUP),
                fitText(Trait.SHARED_ACTIVITY, Trait.KIND_GROUP),
                fitText(Trait.COMPANIONSHIP),
                fitText(Trait.SHARED_ACTIVITY),
                fitText(Trait.KIND_GROUP),
                "none");
    }

    @Test
    void aNewWindowOfTenProposalsMayUseTheSentencesAgainAndTheEvidenceLineIsNeverUsedUp() {
        Map<RankingWeight, Double> once = ranking();
        once.put(RankingWeight.REASON_REPEAT_MAX, 1.0);
        List<Activity> activities = new ArrayList<>();
        // Evaluated promising entries share one evidence sentence, so it is used on every proposal.
        IntStream.rangeClosed(1, 11).forEach(i -> activities.add(activity("kloon-%02d".formatted(i))
                .approaches(Approach.COMPANIONSHIP, Approach.SHARED_ACTIVITY).evaluated().build()));

        MatchResult result = match(model(once, CLONE_WEIGHTS), new MatchQuery(PROFILE, null, Person.UNKNOWN, 11), activities);

        List<String> texts = fitTexts(result);
        assertThat(texts.get(6)).isEqualTo("none");
        assertThat(texts.get(10)).isEqualTo(texts.get(0));
        assertThat(result.matches()).allSatisfy(m -> assertThat(m.reasons()).last()
                .isEqualTo(Wording.evidence(activities.get(0))));
    }

    // --- variety

    private static final FitModel KINDS_FIT = model(ranking(), weights(Trait.KIND_GROUP, 3, Trait.MEETING, 2,
            Trait.KIND_ONE_ON_ONE, 2, Trait.COMPANIONSHIP, 2));

    private static Activity group(String id) {
        return activity(id).build();
    }

    private static Activity buddy(String id) {
        return activity(id).kind(Kind.ONE_ON_ONE).groupSize(GroupSize.ONE_ON_ONE).approaches(Approach.COMPANIONSHIP).build();
    }

    @Test
    void aThirdProposalOfTheSameKindAndApproachGivesWayToAnotherKindWithinTheMargin() {
        MatchResult result = match(KINDS_FIT, query(Person.UNKNOWN), List.of(group("a1"), group("a2"), group("a3"), buddy("b")));

        assertThat(result.matches()).extracting(Match::score).containsExactlyInAnyOrder(5.0, 5.0, 5.0, 4.0);
        assertThat(ids(result)).containsExactly("a1", "a2", "b", "a3");
    }

    @Test
    void theKindPenaltyAloneDoesNotLetALowerScorePass() {
        Map<RankingWeight, Double> values = ranking();
        values.put(RankingWeight.SAME_APPROACH_PENALTY, 0.0);

        MatchResult result = match(model(values, KINDS_FIT_WEIGHTS), query(Person.UNKNOWN),
                List.of(group("a1"), group("a2"), group("a3"), buddy("b")));

        assertThat(ids(result)).containsExactly("a1", "a2", "a3", "b");
    }

    @Test
    void theApproachPenaltyAloneDoesNotLetALowerScorePass() {
        Map<RankingWeight, Double> values = ranking();
        values.put(RankingWeight.SAME_KIND_PENALTY, 0.0);

        MatchResult result = match(model(values, KINDS_FIT_WEIGHTS), query(Person.UNKNOWN),
                List.of(group("a1"), group("a2"), group("a3"), buddy("b")));

        assertThat(ids(result)).containsExactly("a1", "a2", "a3", "b");
    }

    private static final Map<Trait, Integer> KINDS_FIT_WEIGHTS = weights(Trait.KIND_GROUP, 3, Trait.MEETING, 2,
            Trait.KIND_ONE_ON_ONE, 2, Trait.COMPANIONSHIP, 2);

    @Test
    void aProposalScoringExactlyWhatIsWorthProposingMayStillBeLiftedByVariety() {
        FitModel model = model(ranking(), weights(Trait.KIND_GROUP, 1, Trait.MEETING, 1, Trait.COMPANIONSHIP, 1));
        Activity single = activity("w").kind(Kind.ONE_ON_ONE).groupSize(GroupSize.ONE_ON_ONE)
                .approaches(Approach.COMPANIONSHIP).build();

        MatchResult result = match(model, query(Person.UNKNOWN), List.of(group("y1"), group("y2"), group("y3"), single));

        assertThat(matchScore(result, "w")).isEqualTo(1.0);
        assertThat(matchScore(result, "y3")).isEqualTo(2.0);
        assertThat(ids(result)).containsExactly("y1", "y2", "w", "y3");
    }

    private static double matchScore(MatchResult result, String id) {
        return result.matches().stream().filter(m -> m.activity().id().equals(id)).findFirst().orElseThrow().score();
    }

    // --- examples from elsewhere

    @Test
    void examplesFromElsewhereComeBestFirstAndOneScoringExactlyWhatIsWorthProposingIsShown() {
        FitModel model = model(ranking(), weights(Trait.KIND_GROUP, 1, Trait.SHARED_ACTIVITY, 2));
        Activity low = activity("a-laag").named("A laag").localTo("Elders").build();
        Activity high = activity("b-hoog").named("B hoog").approaches(Approach.SHARED_ACTIVITY).localTo("Elders").build();
        Person here = person().municipality("Hier").build();

        MatchResult result = match(model, query(here), List.of(low, high));

        assertThat(result.matches()).isEmpty();
        assertThat(result.elsewhere()).extracting(m -> m.activity().id()).containsExactly("b-hoog", "a-laag");
        assertThat(result.elsewhere()).extracting(Match::score).containsExactly(3.0, 1.0);
    }

    @Test
    void aKindThePersonsDirectionSpeaksAgainstCompetesAsIfFullyPenalised() {
        FitModel model = model(ranking(), weights(Trait.KIND_GROUP, 3, Trait.MEETING, 2, Trait.KIND_COURSE, -1,
                Trait.SKILLS_TRAINING, 5));
        Activity course = activity("cursus").kind(Kind.COURSE).approaches(Approach.SKILLS_TRAINING).build();

        MatchResult result = match(model, query(Person.UNKNOWN), List.of(group("a1"), group("a2"), group("a3"), course));

        assertThat(matchScore(result, "cursus")).isEqualTo(4.0);
        assertThat(ids(result)).containsExactly("a1", "a2", "a3", "cursus");
    }

    @Test
    void preventionAlsoCountsForNetworkBuildingWithoutMeeting() {
        Activity network = activity("netwerk").approaches(Approach.NETWORK_BUILDING).build();
        MatchQuery threatened = new MatchQuery(PROFILE, Duration.THREATENED, Person.UNKNOWN, MatchQuery.MAX_LIMIT);

        Match match = only(match(GROUPS_FIT, threatened, List.of(network)));

        assertThat(match.score()).isEqualTo(2 + 1.25);
        assertThat(codes(match.reasons())).contains("PREVENTION");
    }

    @Test
    void aMainlyOnlineActivityAsksAboutDigitalSkillsBesideOtherChecks() {
        Activity mainlyOnline = activity("online-eerst").at(Setting.ONLINE, Setting.NEIGHBOURHOOD)
                .access(nl.interventiewijzer.catalogue.AccessType.REFERRAL, nl.interventiewijzer.catalogue.AccessRoute.GP)
                .build();

        Match match = only(match(GROUPS_FIT, query(Person.UNKNOWN), List.of(mainlyOnline)));

        assertThat(codes(match.checks())).containsOnlyOnce("DIGITAL_SKILLS").contains("REFERRAL");
    }
}
