package nl.interventiewijzer.matching;

import static nl.interventiewijzer.matching.MatchingResources.FIT_MODEL;
import static nl.interventiewijzer.matching.MatchingResources.ids;
import static nl.interventiewijzer.matching.MatchingResources.matchFor;
import static nl.interventiewijzer.matching.MatchingResources.matcher;
import static nl.interventiewijzer.matching.MatchingResources.profileName;
import static nl.interventiewijzer.matching.TestActivities.activity;
import static nl.interventiewijzer.matching.TestPeople.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Approach;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Evidence;
import nl.interventiewijzer.catalogue.Gender;
import nl.interventiewijzer.catalogue.GroupSize;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Provider;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.catalogue.Threshold;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.Note;
import nl.interventiewijzer.profile.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Variety, determinism, the limit and the reasons of a match result (domain brief, "Matching: principles" 5 to 7). */
class MatcherResultTest {

    /** A small catalogue with every kind, strong and weak fits for each profile, ties, and activities with limits. */
    private static final List<Activity> MIXED = List.of(
            activity("vriendschappelijk-huisbezoek").kind(Kind.ONE_ON_ONE).approaches(Approach.COMPANIONSHIP)
                    .deliveredBy(Provider.TRAINED_VOLUNTEER).groupSize(GroupSize.ONE_ON_ONE).at(Setting.HOME).build(),
            activity("maatje-voor-een-jaar").kind(Kind.ONE_ON_ONE)
                    .approaches(Approach.COMPANIONSHIP, Approach.NETWORK_BUILDING, Approach.COACHING)
                    .deliveredBy(Provider.TRAINED_VOLUNTEER).groupSize(GroupSize.ONE_ON_ONE).longTerm()
                    .at(Setting.HOME, Setting.NEIGHBOURHOOD).build(),
            activity("bezoekdienst-rouw").kind(Kind.ONE_ON_ONE)
                    .approaches(Approach.BEREAVEMENT_SUPPORT, Approach.COMPANIONSHIP).deliveredBy(Provider.PEER)
                    .groupSize(GroupSize.ONE_ON_ONE).at(Setting.HOME).designedFor(Circumstance.WIDOWED).build(),
            activity("open-inloop").approaches(Approach.MEETING).groupSize(GroupSize.OPEN).threshold(Threshold.LOW)
                    .build(),
            activity("buurtgroep-noord").approaches(Approach.MEETING, Approach.SHARED_ACTIVITY).build(),
            activity("buurtgroep-zuid").approaches(Approach.MEETING, Approach.SHARED_ACTIVITY).build(),
            activity("wandelgroep").approaches(Approach.SHARED_ACTIVITY, Approach.MEETING)
                    .themes(Theme.NATURE, Theme.EXERCISE).evidence(Evidence.SUBSTANTIATED).build(),
            activity("uitjes-met-ophalen").approaches(Approach.SHARED_ACTIVITY).at(Setting.AWAY).withTransport()
                    .ages(65, null).themes(Theme.CULTURE).build(),
            activity("huiskamer").approaches(Approach.MEETING).groupSize(GroupSize.SMALL_GROUP).familiarSetting()
                    .evidence(Evidence.PRACTICE_EXAMPLE).build(),
            activity("zingeving-cursus").kind(Kind.COURSE).approaches(Approach.REFLECTION)
                    .deliveredBy(Provider.PROFESSIONAL).groupSize(GroupSize.SMALL_GROUP).build(),
            activity("vriendschapscursus").kind(Kind.COURSE).approaches(Approach.SKILLS_TRAINING)
                    .deliveredBy(Provider.PROFESSIONAL).groupSize(GroupSize.SMALL_GROUP).threshold(Threshold.HIGH)
                    .build(),
            activity("vrijwilligerswerk").approaches(Approach.VOLUNTEERING).themes(Theme.HELPING_OTHERS).build(),
            activity("zorgmijders-outreach").kind(Kind.ONE_ON_ONE)
                    .approaches(Approach.OUTREACH, Approach.BASIC_NEEDS, Approach.PRACTICAL_HELP)
                    .deliveredBy(Provider.PROFESSIONAL).groupSize(GroupSize.ONE_ON_ONE).threshold(Threshold.LOW)
                    .at(Setting.HOME).build(),
            activity("luisterlijn").kind(Kind.ONE_ON_ONE).approaches(Approach.COMPANIONSHIP)
                    .deliveredBy(Provider.TRAINED_VOLUNTEER).groupSize(GroupSize.ONE_ON_ONE).anonymous()
                    .threshold(Threshold.LOW).at(Setting.PHONE).build(),
            activity("online-forum").approaches(Approach.PEER_SUPPORT).groupSize(GroupSize.OPEN).anonymous()
                    .threshold(Threshold.LOW).at(Setting.ONLINE).build(),
            activity("vrouwen-van-55-plus").approaches(Approach.MEETING).onlyFor(Gender.FEMALE).ages(55, null)
                    .eligibilityNote("Aanmelden bij het buurthuis.").build(),
            activity("wijkaanpak").kind(Kind.COMMUNITY).approaches(Approach.NETWORK_BUILDING).build());

    private static final Person SOMEONE = person()
            .age(78)
            .gender(Gender.FEMALE)
            .with(Circumstance.LIVES_ALONE, Circumstance.RECENTLY_WIDOWED)
            .mobility(Mobility.LIMITED)
            .interestedIn(Theme.NATURE, Theme.CULTURE)
            .build();
    private static final MatchQuery QUERY = new MatchQuery(Profile.ACHTERBLIJVERS, Duration.THREATENED, SOMEONE, 10);

    private static List<String> summary(MatchResult result) {
        return result.matches().stream()
                .map(match -> match.rank() + " " + match.activity().id() + " " + match.score())
                .toList();
    }

    // --- variety

    @Test
    void varietyLiftsAGroupActivityLessThanTheMarginBelowPastManyNearIdenticalBuddyProjects() {
        List<Activity> catalogue = buddies(10);
        Activity groupOuting = activity("uitje-met-ophalen")
                .approaches(Approach.SHARED_ACTIVITY, Approach.COMPANIONSHIP)
                .groupSize(GroupSize.SMALL_GROUP)
                .at(Setting.AWAY)
                .withTransport()
                .evidence(Evidence.SUBSTANTIATED)
                .build();
        catalogue.add(groupOuting);
        double gap = score(catalogue, catalogue.get(0)) - score(catalogue, groupOuting);
        assertThat(gap).as("precondition: the group activity scores a little less, within the margin")
                .isPositive().isLessThan(FIT_MODEL.policy().get(RankingWeight.VARIETY_MARGIN));

        MatchResult result = matcher(catalogue).match(new MatchQuery(Profile.ACHTERBLIJVERS, null, Person.UNKNOWN, 10));

        assertThat(ids(result).subList(0, 3)).contains(groupOuting.id());
    }

    @Test
    void varietyNeverLiftsAnActivityScoringTheMarginOrMoreBelow() {
        List<Activity> catalogue = buddies(10);
        Activity groupOuting = activity("uitje-met-ophalen")
                .approaches(Approach.SHARED_ACTIVITY, Approach.COMPANIONSHIP)
                .groupSize(GroupSize.SMALL_GROUP)
                .at(Setting.AWAY)
                .withTransport()
                .build();
        catalogue.add(groupOuting);
        double gap = score(catalogue, catalogue.get(0)) - score(catalogue, groupOuting);
        assertThat(gap).as("precondition: the group activity scores the margin or more below")
                .isGreaterThanOrEqualTo(FIT_MODEL.policy().get(RankingWeight.VARIETY_MARGIN));

        MatchResult result = matcher(catalogue).match(new MatchQuery(Profile.ACHTERBLIJVERS, null, Person.UNKNOWN, 11));

        assertThat(ids(result)).last().isEqualTo(groupOuting.id());
    }

    @Test
    void theShownOrderNeverContradictsTheShownScoreByTheMarginOrMore() {
        double margin = FIT_MODEL.policy().get(RankingWeight.VARIETY_MARGIN);
        for (Profile profile : Profile.values()) {
            List<Match> matches = matcher(MIXED).match(new MatchQuery(profile, null, SOMEONE, MatchQuery.MAX_LIMIT)).matches();
            for (int i = 0; i < matches.size(); i++) {
                for (int j = i + 1; j < matches.size(); j++) {
                    assertThat(matches.get(j).score() - matches.get(i).score()).as(profile + " #" + (i + 1) + " vs #" + (j + 1))
                            .isLessThan(margin);
                }
            }
        }
    }

    private static List<Activity> buddies(int count) {
        List<Activity> catalogue = new ArrayList<>();
        IntStream.rangeClosed(1, count).forEach(i -> catalogue.add(activity("maatje-%02d".formatted(i))
                .kind(Kind.ONE_ON_ONE)
                .approaches(Approach.COMPANIONSHIP)
                .deliveredBy(Provider.TRAINED_VOLUNTEER)
                .groupSize(GroupSize.ONE_ON_ONE)
                .longTerm()
                .at(Setting.HOME)
                .build()));
        return catalogue;
    }

    private static double score(List<Activity> catalogue, Activity activity) {
        return matchFor(matcher(catalogue).match(new MatchQuery(Profile.ACHTERBLIJVERS, null, Person.UNKNOWN,
                MatchQuery.MAX_LIMIT)), activity.id()).score();
    }

    // --- determinism

    @Test
    void theSameQueryTwiceGivesTheSameResult() {
        Matcher matcher = matcher(MIXED);

        MatchResult first = matcher.match(QUERY);
        MatchResult second = matcher.match(QUERY);

        assertThat(first.matches()).hasSize(QUERY.limit());
        assertThat(second).isEqualTo(first);
        assertThat(summary(second)).isEqualTo(summary(first));
    }

    @ParameterizedTest(name = "shuffle seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void theResultDoesNotDependOnTheOrderOfTheCatalogueInput(long seed) {
        List<Activity> shuffled = new ArrayList<>(MIXED);
        Collections.shuffle(shuffled, new Random(seed));

        MatchResult fromShuffled = matcher(shuffled).match(QUERY);

        assertThat(summary(fromShuffled)).isEqualTo(summary(matcher(MIXED).match(QUERY)));
    }

    @Test
    void equallyScoredActivitiesAreOrderedByTheirStableIdNotByName() {
        Activity zetaById = activity("a-kring").named("Zeta-kring").build();
        Activity alphaById = activity("b-kring").named("Alpha-kring").build();

        MatchResult result = matcher(alphaById, zetaById).match(new MatchQuery(Profile.ACTIEVEN, null, null, 10));

        assertThat(result.matches().get(0).score()).isEqualTo(result.matches().get(1).score());
        assertThat(ids(result)).containsExactly("a-kring", "b-kring");
    }

    // --- limit

    @Test
    void aResultHoldsAtMostTheLimitRankedFromOne() {
        MatchResult result = matcher(MIXED).match(new MatchQuery(Profile.ACTIEVEN, null, Person.UNKNOWN, 3));

        assertThat(result.matches()).extracting(Match::rank).containsExactly(1, 2, 3);
    }

    @Test
    void aResultCountsEveryEligibleActivityBeyondTheLimit() {
        Person youngMan = person().age(40).gender(Gender.MALE).build();
        long eligible = MIXED.stream()
                .filter(activity -> activity.kind() != Kind.COMMUNITY)
                .filter(activity -> activity.eligibility().admitsAge(40))
                .filter(activity -> activity.eligibility().gender() == null)
                .count();

        MatchResult result = matcher(MIXED).match(new MatchQuery(Profile.ACTIEVEN, null, youngMan, 3));

        assertThat(result.eligible()).isEqualTo(eligible).isEqualTo(MIXED.size() - 3);
    }

    @Test
    void aLimitAboveTheNumberOfEligibleActivitiesListsThemAllRankedFromOne() {
        MatchResult result = matcher(MIXED).match(new MatchQuery(Profile.ACTIEVEN, null, SOMEONE, MatchQuery.MAX_LIMIT));

        assertThat(result.matches()).hasSize(result.eligible());
        assertThat(result.matches()).extracting(Match::rank)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, result.eligible()).boxed().toList());
    }

    // --- reasons

    @ParameterizedTest(name = "{0}")
    @EnumSource(Profile.class)
    void noReasonNamesTheProfileAndEachFitReasonCarriesTheFitLevel(Profile profile) {
        MatchResult result = matcher(MIXED).match(new MatchQuery(profile, null, SOMEONE, MatchQuery.MAX_LIMIT));

        assertThat(result.matches()).isNotEmpty().allSatisfy(match -> {
            assertThat(match.reasons()).isNotEmpty();
            assertThat(match.reasons()).extracting(Note::text).allSatisfy(text -> {
                for (Profile any : Profile.values()) {
                    assertThat(text).doesNotContain(profileName(any));
                }
            });
            assertThat(match.reasons()).filteredOn(note -> note.code().startsWith("PROFILE_FIT"))
                    .allSatisfy(note -> assertThat(note.code()).isEqualTo("PROFILE_FIT_" + match.fit().level()));
        });
    }

    @Test
    void aWeakProfileFitSaysItFitsLessWithoutNamingTheProfile() {
        Activity openWalkIn = MIXED.stream().filter(a -> a.id().equals("open-inloop")).findFirst().orElseThrow();
        assertThat(FIT_MODEL.fit(Profile.ACHTERBLIJVERS, openWalkIn).level()).isEqualTo(FitLevel.WEAK);

        Match match = matcher(openWalkIn).match(new MatchQuery(Profile.ACHTERBLIJVERS, null, null, 1)).matches().get(0);

        assertThat(match.reasons().get(0).code()).isEqualTo("PROFILE_FIT_WEAK");
        assertThat(match.reasons().get(0).text()).startsWith("Sluit minder aan bij wat de persoon meestal helpt")
                .doesNotContain(profileName(Profile.ACHTERBLIJVERS));
    }

    @Test
    void varietyNeverLiftsAKindTheProfilesDirectionSpeaksAgainst() {
        List<Activity> activities = new ArrayList<>();
        IntStream.rangeClosed(1, 8).forEach(i -> activities.add(activity("outreach-" + i).kind(Kind.ONE_ON_ONE)
                .groupSize(GroupSize.ONE_ON_ONE).approaches(Approach.OUTREACH).deliveredBy(Provider.PROFESSIONAL)
                .at(Setting.HOME).build()));
        activities.add(activity("group-meal").kind(Kind.GROUP).approaches(Approach.BASIC_NEEDS)
                .deliveredBy(Provider.PROFESSIONAL).threshold(Threshold.LOW).build());

        MatchResult result = matcher(activities).match(new MatchQuery(Profile.OVERLEVERS, null, Person.UNKNOWN, 9));

        assertThat(FIT_MODEL.fit(Profile.OVERLEVERS, activities.get(8)).points()).isPositive();
        assertThat(ids(result)).last().isEqualTo("group-meal");
    }
}
