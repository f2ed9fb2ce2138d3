package nl.interventiewijzer.matching;

import static nl.interventiewijzer.matching.MatchingResources.FIT_MODEL;
import static nl.interventiewijzer.matching.MatchingResources.checkCodes;
import static nl.interventiewijzer.matching.MatchingResources.ids;
import static nl.interventiewijzer.matching.MatchingResources.matchFor;
import static nl.interventiewijzer.matching.MatchingResources.matcher;
import static nl.interventiewijzer.matching.MatchingResources.reasonCodes;
import static nl.interventiewijzer.matching.TestActivities.activity;
import static nl.interventiewijzer.matching.TestPeople.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Approach;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Evidence;
import nl.interventiewijzer.catalogue.GroupSize;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Provider;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.Note;
import nl.interventiewijzer.profile.Profile;
import org.junit.jupiter.api.Test;

/** Matching v2 rules, each against the policy values in the fit-model file (so a reviewed change keeps them true). */
class MatcherPolicyTest {

    private static final RankingPolicy POLICY = FIT_MODEL.policy();

    private static MatchResult match(Profile profile, Person person, Activity... activities) {
        return matcher(activities).match(new MatchQuery(profile, null, person, MatchQuery.MAX_LIMIT));
    }

    private static double scoreOf(Profile profile, Person person, Activity activity) {
        return matchFor(match(profile, person, activity), activity.id()).score();
    }

    // --- made for you, by how specific the group is

    @Test
    void anActivityMadeForANarrowGroupScoresTheNarrowGroupsPointsAboveOneMadeForABroadGroup() {
        Activity forWidows = activity("rouwgroep").designedFor(Circumstance.RECENTLY_WIDOWED).build();
        Activity forAlone = activity("alleen-groep").designedFor(Circumstance.LIVES_ALONE).build();
        Activity forAnyone = activity("iedereen").build();
        Person widowLivingAlone = person().with(Circumstance.RECENTLY_WIDOWED, Circumstance.LIVES_ALONE).build();

        double base = scoreOf(Profile.ACTIEVEN, widowLivingAlone, forAnyone);

        assertThat(scoreOf(Profile.ACTIEVEN, widowLivingAlone, forWidows) - base)
                .isCloseTo(POLICY.designedFor(Circumstance.RECENTLY_WIDOWED), within(0.01));
        assertThat(scoreOf(Profile.ACTIEVEN, widowLivingAlone, forAlone) - base)
                .isCloseTo(POLICY.designedFor(Circumstance.LIVES_ALONE), within(0.01));
        assertThat(ids(match(Profile.ACTIEVEN, widowLivingAlone, forAlone, forWidows)))
                .containsExactly(forWidows.id(), forAlone.id());
    }

    @Test
    void aPurposeNamingSeveralGroupsCountsLessForEachByTheBreadthStep() {
        Activity forCancer = activity("kanker").designedFor(Circumstance.CANCER).build();
        Activity forThree = activity("drie").designedFor(Circumstance.CANCER, Circumstance.DEMENTIA, Circumstance.HOMELESS).build();
        Activity forAnyone = activity("iedereen").build();
        Person withCancer = person().with(Circumstance.CANCER).build();
        double base = scoreOf(Profile.ACTIEVEN, withCancer, forAnyone);
        double full = POLICY.designedFor(Circumstance.CANCER);

        assertThat(scoreOf(Profile.ACTIEVEN, withCancer, forCancer) - base).isCloseTo(full, within(0.01));
        assertThat(scoreOf(Profile.ACTIEVEN, withCancer, forThree) - base)
                .isCloseTo(full * (1 - 2 * POLICY.get(RankingWeight.DESIGNED_FOR_BREADTH_STEP)), within(0.01));
    }

    @Test
    void aVeryBroadPurposeKeepsTheFloorShareOfThePoints() {
        Activity forMany = activity("velen").designedFor(Circumstance.CANCER, Circumstance.DEMENTIA, Circumstance.HOMELESS,
                Circumstance.LGBTI, Circumstance.ADDICTION, Circumstance.LOW_LITERACY, Circumstance.UNEMPLOYED,
                Circumstance.DIVORCED, Circumstance.WIDOWED).build();
        Activity forAnyone = activity("iedereen").build();
        Person withCancer = person().with(Circumstance.CANCER).build();

        assertThat(scoreOf(Profile.ACTIEVEN, withCancer, forMany) - scoreOf(Profile.ACTIEVEN, withCancer, forAnyone))
                .isCloseTo(POLICY.designedFor(Circumstance.CANCER) * POLICY.get(RankingWeight.DESIGNED_FOR_BREADTH_FLOOR),
                        within(0.01));
    }

    @Test
    void theMadeForReasonNamesOnlyTheGroupsThePersonBelongsTo() {
        Activity forTwo = activity("twee").designedFor(Circumstance.CANCER, Circumstance.DEMENTIA).build();

        Match match = match(Profile.ACTIEVEN, person().with(Circumstance.DEMENTIA).build(), forTwo).matches().get(0);

        assertThat(match.reasons()).contains(new Note("DESIGNED_FOR", "Speciaal opgezet voor mensen met dementie."));
    }

    // --- age bands

    private static final Activity FOR_80_PLUS = activity("tachtig-plus").designedForAges(80, null).build();
    private static final Activity FOR_65_PLUS = activity("vijfenzestig-plus").designedForAges(65, null).build();
    private static final Activity FOR_YOUTH = activity("jongeren").designedForAges(null, 23).build();
    private static final Activity FOR_ANYONE = activity("iedereen").build();

    @Test
    void aNarrowAgeBandCountsWhenTheAgeIsKnownAndInside() {
        Person aged85 = person().age(85).build();

        assertThat(scoreOf(Profile.ACTIEVEN, aged85, FOR_80_PLUS) - scoreOf(Profile.ACTIEVEN, aged85, FOR_ANYONE))
                .isCloseTo(POLICY.get(RankingWeight.DESIGNED_FOR_AGE_NARROW), within(0.01));
        assertThat(match(Profile.ACTIEVEN, aged85, FOR_80_PLUS).matches().get(0).reasons())
                .contains(new Note("DESIGNED_FOR_AGE", "Opgezet voor mensen van 80 jaar en ouder."));
    }

    @Test
    void aYouthBandWithoutLowerEndIsNarrowAndSaysUpToWhichAge() {
        Person aged16 = person().age(16).build();

        assertThat(scoreOf(Profile.ACTIEVEN, aged16, FOR_YOUTH) - scoreOf(Profile.ACTIEVEN, aged16, FOR_ANYONE))
                .isCloseTo(POLICY.get(RankingWeight.DESIGNED_FOR_AGE_NARROW), within(0.01));
        assertThat(match(Profile.ACTIEVEN, aged16, FOR_YOUTH).matches().get(0).reasons())
                .contains(new Note("DESIGNED_FOR_AGE", "Opgezet voor mensen tot en met 23 jaar."));
    }

    @Test
    void aBroadAgeBandCountsOnlyTheBroadPoints() {
        Person aged70 = person().age(70).build();

        assertThat(scoreOf(Profile.ACTIEVEN, aged70, FOR_65_PLUS) - scoreOf(Profile.ACTIEVEN, aged70, FOR_ANYONE))
                .isCloseTo(POLICY.get(RankingWeight.DESIGNED_FOR_AGE_BROAD), within(0.01));
    }

    @Test
    void aBandOfExactlyTheNarrowWidthIsNarrowAndOneYearWiderIsBroad() {
        int narrow = POLICY.whole(RankingWeight.AGE_BAND_NARROW_YEARS);
        Activity exactly = activity("precies").designedForAges(40, 40 + narrow).build();
        Activity wider = activity("breder").designedForAges(40, 41 + narrow).build();
        Person aged45 = person().age(45).build();
        double base = scoreOf(Profile.ACTIEVEN, aged45, FOR_ANYONE);

        assertThat(scoreOf(Profile.ACTIEVEN, aged45, exactly) - base)
                .isCloseTo(POLICY.get(RankingWeight.DESIGNED_FOR_AGE_NARROW), within(0.01));
        assertThat(scoreOf(Profile.ACTIEVEN, aged45, wider) - base)
                .isCloseTo(POLICY.get(RankingWeight.DESIGNED_FOR_AGE_BROAD), within(0.01));
        assertThat(match(Profile.ACTIEVEN, aged45, exactly).matches().get(0).reasons())
                .contains(new Note("DESIGNED_FOR_AGE", "Opgezet voor mensen van 40 tot en met " + (40 + narrow) + " jaar."));
    }

    @Test
    void anAgeBandGivesNothingWhenTheAgeIsNotKnown() {
        assertThat(scoreOf(Profile.ACTIEVEN, Person.UNKNOWN, FOR_80_PLUS)).isEqualTo(scoreOf(Profile.ACTIEVEN, Person.UNKNOWN, FOR_ANYONE));
        assertThat(reasonCodes(match(Profile.ACTIEVEN, Person.UNKNOWN, FOR_80_PLUS).matches().get(0)))
                .doesNotContain("DESIGNED_FOR_AGE");
    }

    // --- made for someone else

    @Test
    void anActivityMadeForGroupsThePersonIsNotInLosesThePointsItWouldGiveItsMostSpecificGroup() {
        Activity forHomelessOrAddicted = activity("dak-en-thuislozen")
                .designedFor(Circumstance.HOMELESS, Circumstance.ADDICTION).build();
        Person livingAlone = person().with(Circumstance.LIVES_ALONE).build();
        double mostSpecific = Math.max(POLICY.designedFor(Circumstance.HOMELESS), POLICY.designedFor(Circumstance.ADDICTION));
        double breadth = 1 - POLICY.get(RankingWeight.DESIGNED_FOR_BREADTH_STEP);

        assertThat(scoreOf(Profile.ACTIEVEN, livingAlone, FOR_ANYONE) - scoreOf(Profile.ACTIEVEN, livingAlone, forHomelessOrAddicted))
                .isCloseTo(POLICY.get(RankingWeight.DESIGNED_FOR_OTHERS_SHARE) * mostSpecific * breadth, within(0.01));
        assertThat(ids(match(Profile.ACTIEVEN, livingAlone, forHomelessOrAddicted, FOR_ANYONE)))
                .containsExactly(FOR_ANYONE.id(), forHomelessOrAddicted.id());
    }

    @Test
    void anActivityMadeForSomeoneElseSaysForWhomItIsMeantAndOneForThePersonsOwnGroupDoesNot() {
        Activity forCancer = activity("kanker").designedFor(Circumstance.CANCER).build();

        assertThat(match(Profile.ACTIEVEN, Person.UNKNOWN, forCancer).matches().get(0).checks())
                .contains(new Note("MEANT_FOR", "Bedoeld voor mensen met kanker: ga na of dat bij de persoon past."));
        assertThat(checkCodes(match(Profile.ACTIEVEN, person().with(Circumstance.CANCER).build(), forCancer).matches().get(0)))
                .doesNotContain("MEANT_FOR");
        assertThat(checkCodes(match(Profile.ACTIEVEN, Person.UNKNOWN, FOR_ANYONE).matches().get(0))).doesNotContain("MEANT_FOR");
    }

    @Test
    void aKnownAgeOutsideTheBandAnActivityWasMadeForCostsTheOtherAgesPointsAndAnUnknownAgeNothing() {
        Person aged34 = person().age(34).build();

        assertThat(scoreOf(Profile.ACTIEVEN, aged34, FOR_ANYONE) - scoreOf(Profile.ACTIEVEN, aged34, FOR_65_PLUS))
                .isCloseTo(POLICY.get(RankingWeight.DESIGNED_FOR_OTHER_AGES), within(0.01));
        assertThat(scoreOf(Profile.ACTIEVEN, Person.UNKNOWN, FOR_65_PLUS)).isEqualTo(scoreOf(Profile.ACTIEVEN, Person.UNKNOWN, FOR_ANYONE));
    }

    @Test
    void fallingOutsideOurReadingOfAnAgeTheSourceDoesNotStateCostsTheOutsideReadingPointsAndAsks() {
        Activity readAsOver55 = activity("ouderen-gelezen").interpretedAges(55, null).build();
        Person aged40 = person().age(40).build();

        assertThat(scoreOf(Profile.ACTIEVEN, aged40, readAsOver55) - scoreOf(Profile.ACTIEVEN, aged40, FOR_ANYONE))
                .isCloseTo(POLICY.get(RankingWeight.OUTSIDE_READING), within(0.01));
        assertThat(checkCodes(match(Profile.ACTIEVEN, aged40, readAsOver55).matches().get(0))).contains("AGE_READING");
    }

    // --- a change in how one lives

    @Test
    void aHousingArrangementLosesTheHousingStepAndAsksTheCoachToRaiseItFirst() {
        Activity lodger = activity("student-op-kamers").kind(Kind.ONE_ON_ONE).groupSize(GroupSize.ONE_ON_ONE)
                .approaches(Approach.HOUSING, Approach.COMPANIONSHIP).build();
        Activity companion = activity("maatje").kind(Kind.ONE_ON_ONE).groupSize(GroupSize.ONE_ON_ONE)
                .approaches(Approach.COMPANIONSHIP).build();
        double housingTraitWeight = FIT_MODEL.fit(Profile.ACHTERBLIJVERS, lodger).points()
                - FIT_MODEL.fit(Profile.ACHTERBLIJVERS, companion).points();

        assertThat(scoreOf(Profile.ACHTERBLIJVERS, Person.UNKNOWN, lodger) - scoreOf(Profile.ACHTERBLIJVERS, Person.UNKNOWN, companion))
                .isCloseTo(housingTraitWeight + POLICY.get(RankingWeight.HOUSING_STEP), within(0.01));
        assertThat(checkCodes(match(Profile.ACHTERBLIJVERS, Person.UNKNOWN, lodger).matches().get(0))).contains("HOUSING_STEP");
        assertThat(checkCodes(match(Profile.ACHTERBLIJVERS, Person.UNKNOWN, companion).matches().get(0))).doesNotContain("HOUSING_STEP");
    }

    // --- the housebound

    private static final Activity HOME_VISIT = activity("huisbezoek").kind(Kind.ONE_ON_ONE).groupSize(GroupSize.ONE_ON_ONE)
            .approaches(Approach.COMPANIONSHIP).at(Setting.HOME).build();
    private static final Activity PHONE_LINE = activity("belcirkel").kind(Kind.ONE_ON_ONE).groupSize(GroupSize.ONE_ON_ONE)
            .approaches(Approach.COMPANIONSHIP).at(Setting.PHONE).build();
    private static final Activity HOME_AND_PHONE = activity("maatje").kind(Kind.ONE_ON_ONE).groupSize(GroupSize.ONE_ON_ONE)
            .approaches(Approach.COMPANIONSHIP).at(Setting.HOME, Setting.PHONE).build();
    private static final Activity ONLINE_GROUP = activity("online-groep").approaches(Approach.COMPANIONSHIP)
            .groupSize(GroupSize.ONE_ON_ONE).kind(Kind.ONE_ON_ONE).at(Setting.ONLINE).build();

    @Test
    void forTheHouseboundWhatComesToThemScoresTheHouseboundPointsAndSaysSo() {
        Person housebound = person().mobility(Mobility.HOUSEBOUND).digitalSkills(true).build();
        Person mobile = person().mobility(Mobility.MOBILE).digitalSkills(true).build();

        assertThat(scoreOf(Profile.AFHANKELIJKEN, housebound, HOME_VISIT) - scoreOf(Profile.AFHANKELIJKEN, mobile, HOME_VISIT))
                .isCloseTo(POLICY.get(RankingWeight.COMES_TO_THE_HOUSEBOUND), within(0.01));
        assertThat(scoreOf(Profile.AFHANKELIJKEN, housebound, ONLINE_GROUP)).isEqualTo(scoreOf(Profile.AFHANKELIJKEN, mobile, ONLINE_GROUP));
        assertThat(match(Profile.AFHANKELIJKEN, housebound, HOME_VISIT).matches().get(0).reasons()).contains(new Note(
                "COMES_TO_THE_PERSON", "Komt naar de persoon toe: bij de persoon thuis, zonder dat reizen nodig is."));
        assertThat(match(Profile.AFHANKELIJKEN, housebound, PHONE_LINE).matches().get(0).reasons()).contains(new Note(
                "COMES_TO_THE_PERSON", "Komt naar de persoon toe: telefonisch, zonder dat reizen nodig is."));
        assertThat(match(Profile.AFHANKELIJKEN, housebound, HOME_AND_PHONE).matches().get(0).reasons()).contains(new Note(
                "COMES_TO_THE_PERSON", "Komt naar de persoon toe: thuis en telefonisch, zonder dat reizen nodig is."));
        assertThat(reasonCodes(match(Profile.AFHANKELIJKEN, mobile, HOME_VISIT).matches().get(0)))
                .doesNotContain("COMES_TO_THE_PERSON");
    }

    // --- variety

    @Test
    void varietyNeverLiftsAWeakFitEvenAtAnEqualScore() {
        Activity groupA = activity("a1").approaches(Approach.MEETING).build();
        Activity groupB = activity("a2").approaches(Approach.MEETING).build();
        Activity groupC = activity("a3").approaches(Approach.MEETING).build();
        Activity otherGroup = activity("b-group").approaches(Approach.SHARED_ACTIVITY).build();
        Activity weakButMadeForTheirAge = activity("z-weak").kind(Kind.ONE_ON_ONE).groupSize(GroupSize.ONE_ON_ONE)
                .approaches(Approach.SHARED_ACTIVITY, Approach.COMPANIONSHIP)
                .designedForAges(80, null).themes(Theme.CULTURE).build();
        Person aged85 = person().age(85).interestedIn(Theme.CULTURE).build();
        MatchResult result = match(Profile.ACTIEVEN, aged85, groupA, groupB, groupC, otherGroup, weakButMadeForTheirAge);
        Match weak = matchFor(result, "z-weak");
        assertThat(weak.fit().level()).as("precondition").isEqualTo(FitLevel.WEAK);
        assertThat(weak.score()).as("precondition: as high as the others").isEqualTo(matchFor(result, "a3").score());

        assertThat(ids(result)).last().isEqualTo("z-weak");
    }

    // --- reasons a coach can read out

    @Test
    void oneSentenceSitsOnAtMostTheCapOfTenProposalsAndEveryProposalKeepsItsEvidenceLine() {
        List<Activity> alike = new ArrayList<>();
        IntStream.rangeClosed(1, 12).forEach(i -> alike.add(activity("groep-%02d".formatted(i))
                .approaches(Approach.MEETING, Approach.SHARED_ACTIVITY).themes(Theme.NATURE)
                .designedFor(Circumstance.LIVES_ALONE).build()));
        Person outdoorsy = person().interestedIn(Theme.NATURE).with(Circumstance.LIVES_ALONE).build();

        List<Match> top = matcher(alike).match(new MatchQuery(Profile.ACTIEVEN, Duration.THREATENED, outdoorsy, 10)).matches();

        Map<String, Integer> counts = new HashMap<>();
        top.forEach(match -> match.reasons().forEach(reason -> counts.merge(reason.text(), 1, Integer::sum)));
        assertThat(counts.values()).allSatisfy(count ->
                assertThat(count).isLessThanOrEqualTo(POLICY.whole(RankingWeight.REASON_REPEAT_MAX)));
        assertThat(top).allSatisfy(match -> assertThat(match.reasons()).last()
                .extracting(Note::code).isEqualTo("EVIDENCE_PROMISING"));
        assertThat(top.get(0).reasons()).extracting(Note::code)
                .containsExactly("DESIGNED_FOR", "INTEREST", "PROFILE_FIT_STRONG", "PREVENTION", "EVIDENCE_PROMISING");
    }

    @Test
    void aUsedUpFitSentenceGivesWayToAnotherTruePairOfTheActivitysTraits() {
        List<Activity> alike = new ArrayList<>();
        IntStream.rangeClosed(1, 6).forEach(i -> alike.add(activity("groep-%02d".formatted(i))
                .approaches(Approach.MEETING, Approach.SHARED_ACTIVITY).build()));

        List<Match> top = matcher(alike).match(new MatchQuery(Profile.ACTIEVEN, null, Person.UNKNOWN, 10)).matches();

        List<String> fitTexts = top.stream().flatMap(m -> m.reasons().stream())
                .filter(r -> r.code().startsWith("PROFILE_FIT")).map(Note::text).toList();
        assertThat(fitTexts).hasSize(6).allSatisfy(text -> assertThat(text).startsWith("Dit sluit aan bij wat de persoon kan helpen: "));
        assertThat(fitTexts.subList(0, 4)).containsOnly(fitTexts.get(0));
        assertThat(fitTexts.get(4)).isNotEqualTo(fitTexts.get(0));
    }

    @Test
    void aFitReasonNamesOnlyPhrasesThatHoldForEveryEntryWithTheTrait() {
        Activity platform = activity("platform").kind(Kind.GROUP).groupSize(GroupSize.OPEN).at(Setting.ONLINE)
                .approaches(Approach.MEETING).build();

        Match match = match(Profile.ACTIEVEN, person().digitalSkills(true).build(), platform).matches().get(0);

        assertThat(match.reasons()).extracting(Note::text).noneMatch(text -> text.contains("binnenlopen"));
    }

    @Test
    void thePromisingEvidenceLineSaysSoWhenTheEntryHasAnEvaluation() {
        Activity evaluated = activity("geevalueerd").named("Actief Samen").evaluated().build();
        Activity untested = activity("ongetest").named("Samen Actief").build();

        assertThat(match(Profile.ACTIEVEN, Person.UNKNOWN, evaluated).matches().get(0).reasons()).last().isEqualTo(new Note(
                "EVIDENCE_PROMISING", "Kansrijk, en geëvalueerd: Testinstituut (2015). Deelnemers voelen zich minder eenzaam."));
        assertThat(match(Profile.ACTIEVEN, Person.UNKNOWN, untested).matches().get(0).reasons()).last().isEqualTo(new Note(
                "EVIDENCE_PROMISING", "Samen Actief is kansrijk: goed denkbaar dat het werkt, maar nog niet op effect onderzocht."));
    }

    @Test
    void theSubstantiatedEvidenceLineNamesTheStudyAndItsFinding() {
        Activity substantiated = activity("onderbouwd").evidence(Evidence.SUBSTANTIATED).build();

        assertThat(match(Profile.ACTIEVEN, Person.UNKNOWN, substantiated).matches().get(0).reasons()).last().isEqualTo(new Note(
                "EVIDENCE_SUBSTANTIATED", "Onderbouwd: Testinstituut (2015). Deelnemers voelen zich minder eenzaam."));
    }

    // --- examples from elsewhere

    private static final Activity IN_AMERSFOORT = activity("amersfoort-project").localTo("Amersfoort")
            .approaches(Approach.MEETING, Approach.SHARED_ACTIVITY).build();
    private static final Activity WEAK_IN_BREDA = activity("breda-project").localTo("Breda").kind(Kind.ONE_ON_ONE)
            .groupSize(GroupSize.ONE_ON_ONE).approaches(Approach.COMPANIONSHIP).build();

    @Test
    void aLocalProjectOfAnotherMunicipalityIsNeverProposedButShownAsAnExampleToAskAboutLocally() {
        Person inUtrecht = person().municipality("Utrecht").build();

        MatchResult result = match(Profile.ACTIEVEN, inUtrecht, IN_AMERSFOORT, FOR_ANYONE);

        assertThat(ids(result)).containsExactly(FOR_ANYONE.id());
        assertThat(result.elsewhere()).extracting(m -> m.activity().id()).containsExactly(IN_AMERSFOORT.id());
        assertThat(result.elsewhere().get(0).rank()).isEqualTo(1);
        assertThat(result.elsewhere().get(0).checks().get(0)).isEqualTo(new Note("EXAMPLE_FROM_ELSEWHERE",
                "Voorbeeld van elders (Amersfoort): vraag na of er in de eigen gemeente iets vergelijkbaars is."));
        assertThat(reasonCodes(result.elsewhere().get(0))).doesNotContain("RUNS_IN_MUNICIPALITY");
    }

    @Test
    void aLocalProjectOfThePersonsOwnMunicipalityIsANormalProposal() {
        MatchResult result = match(Profile.ACTIEVEN, person().municipality("amersfoort").build(), IN_AMERSFOORT);

        assertThat(ids(result)).containsExactly(IN_AMERSFOORT.id());
        assertThat(result.elsewhere()).isEmpty();
    }

    @Test
    void withoutAMunicipalityLocalProjectsAreOnlyExamples() {
        MatchResult result = match(Profile.ACTIEVEN, Person.UNKNOWN, IN_AMERSFOORT);

        assertThat(result.matches()).isEmpty();
        assertThat(result.elsewhere()).extracting(m -> m.activity().id()).containsExactly(IN_AMERSFOORT.id());
    }

    @Test
    void aLocalProjectWhereThePersonLivesGetsTheLocalPointsAndSaysWhere() {
        Activity sameEverywhere = activity("overal").approaches(Approach.MEETING, Approach.SHARED_ACTIVITY).build();
        Person inAmersfoort = person().municipality(" Amersfoort ").build();

        assertThat(scoreOf(Profile.ACTIEVEN, inAmersfoort, IN_AMERSFOORT) - scoreOf(Profile.ACTIEVEN, inAmersfoort, sameEverywhere))
                .isCloseTo(POLICY.get(RankingWeight.RUNS_WHERE_THE_PERSON_LIVES), within(0.01));
        assertThat(match(Profile.ACTIEVEN, inAmersfoort, IN_AMERSFOORT).matches().get(0).reasons())
                .contains(new Note("RUNS_IN_MUNICIPALITY", "Loopt in de eigen gemeente, Amersfoort."));
        assertThat(reasonCodes(match(Profile.ACTIEVEN, inAmersfoort, sameEverywhere).matches().get(0)))
                .doesNotContain("RUNS_IN_MUNICIPALITY");
    }

    @Test
    void theSentenceThatItRunsWhereThePersonLivesSpellsTheMunicipalityAsTheCatalogueDoes() {
        Person typedInCapitals = person().municipality("AMERSFOORT").build();

        assertThat(match(Profile.ACTIEVEN, typedInCapitals, IN_AMERSFOORT).matches().get(0).reasons())
                .contains(new Note("RUNS_IN_MUNICIPALITY", "Loopt in de eigen gemeente, Amersfoort."))
                .noneMatch(reason -> reason.text().contains("AMERSFOORT"));
    }

    @Test
    void theSentenceThatItRunsWhereThePersonLivesIsWordedOnceForEveryMatch() {
        Matcher matcher = matcher(IN_AMERSFOORT);
        Note first = runsIn(matcher.match(new MatchQuery(Profile.ACTIEVEN, null,
                person().municipality("Amersfoort").build(), MatchQuery.MAX_LIMIT)));
        Note second = runsIn(matcher.match(new MatchQuery(Profile.ACTIEVEN, null,
                person().municipality("amersfoort").build(), MatchQuery.MAX_LIMIT)));

        assertThat(second).isSameAs(first);
    }

    private static Note runsIn(MatchResult result) {
        return result.matches().get(0).reasons().stream().filter(reason -> reason.code().equals("RUNS_IN_MUNICIPALITY"))
                .findFirst().orElseThrow();
    }

    @Test
    void onEqualScoresTheActivityMadeMoreForThisPersonComesFirstWhateverItsName() {
        Matcher.Candidate general = new Matcher.Candidate(activity("a-algemeen").build(), null, 8.0, 0, null);
        Matcher.Candidate forTheirGroup = new Matcher.Candidate(activity("z-voor-hun-groep").build(), null, 8.0, 3.5, null);
        Matcher.Candidate higher = new Matcher.Candidate(activity("m-hoger").build(), null, 8.01, 0, null);

        List<Matcher.Candidate> sorted = new ArrayList<>(List.of(general, forTheirGroup, higher));
        sorted.sort(Matcher.Candidate.BEST_FIRST);

        assertThat(sorted).containsExactly(higher, forTheirGroup, general);
    }

    @Test
    void withoutAMunicipalityAnExampleAsksWhetherItRunsWhereThePersonLivesInsteadOfCallingItElsewhere() {
        Match example = match(Profile.ACTIEVEN, Person.UNKNOWN, IN_AMERSFOORT).elsewhere().get(0);

        assertThat(example.checks().get(0)).isEqualTo(new Note("AVAILABILITY_UNKNOWN", "Alleen te vinden in Amersfoort: de"
                + " gemeente van de persoon is niet opgegeven, ga na of het daar te vinden is."));
        assertThat(checkCodes(example)).doesNotContain("EXAMPLE_FROM_ELSEWHERE");
    }

    @Test
    void aRegionalProjectOfAnotherRegionIsAnExampleToo() {
        Activity inTwente = activity("twente-project").regional("Twente", "Enschede", "Hengelo")
                .approaches(Approach.MEETING, Approach.SHARED_ACTIVITY).build();

        MatchResult result = match(Profile.ACTIEVEN, person().municipality("Utrecht").build(), inTwente);

        assertThat(result.matches()).isEmpty();
        assertThat(result.elsewhere()).extracting(m -> m.activity().id()).containsExactly(inTwente.id());
    }

    @Test
    void anExampleFromElsewhereMustFitAtLeastPartlyAndTheListIsCapped() {
        List<Activity> local = new ArrayList<>();
        IntStream.rangeClosed(1, 6).forEach(i -> local.add(activity("lokaal-" + i).localTo("Zwolle")
                .approaches(Approach.MEETING).build()));
        local.add(WEAK_IN_BREDA);
        assertThat(FIT_MODEL.fit(Profile.ACTIEVEN, WEAK_IN_BREDA).level()).as("precondition").isEqualTo(FitLevel.WEAK);

        MatchResult result = matcher(local).match(new MatchQuery(Profile.ACTIEVEN, null, Person.UNKNOWN, 10));

        assertThat(result.elsewhere()).hasSize(POLICY.whole(RankingWeight.ELSEWHERE_MAX))
                .extracting(m -> m.activity().id()).doesNotContain(WEAK_IN_BREDA.id());
    }

    @Test
    void anExampleFromElsewhereThePersonCouldNotJoinThereIsNotShown() {
        Activity forWomen = activity("vrouwen-amersfoort").localTo("Amersfoort").onlyFor(nl.interventiewijzer.catalogue.Gender.FEMALE).build();

        MatchResult result = match(Profile.ACTIEVEN, person().gender(nl.interventiewijzer.catalogue.Gender.MALE).build(), forWomen);

        assertThat(result.elsewhere()).isEmpty();
    }

    // --- checks

    private static final Activity TALKING_COURSE = activity("cursus").kind(Kind.COURSE).groupSize(GroupSize.SMALL_GROUP)
            .approaches(Approach.SKILLS_TRAINING).build();
    private static final Activity LANGUAGE_COURSE = activity("taalcursus").kind(Kind.COURSE).groupSize(GroupSize.SMALL_GROUP)
            .approaches(Approach.LANGUAGE, Approach.MEETING).build();
    private static final Activity WALKING_GROUP = activity("wandelgroep").approaches(Approach.SHARED_ACTIVITY).build();

    @Test
    void limitedDutchWithAPhoneLineOrATalkingCourseAsksTheCoachToCheckTheLanguage() {
        Person learningDutch = person().with(Circumstance.LIMITED_DUTCH).build();

        assertThat(matchFor(match(Profile.HOOPVOLLEN, learningDutch, PHONE_LINE), PHONE_LINE.id()).checks())
                .contains(new Note("LIMITED_DUTCH", "Dit loopt via telefonische gesprekken in het Nederlands: ga na of de"
                        + " persoon dat kan volgen, of dat iemand kan tolken."));
        assertThat(checkCodes(matchFor(match(Profile.HOOPVOLLEN, learningDutch, TALKING_COURSE), TALKING_COURSE.id())))
                .contains("LIMITED_DUTCH");
        assertThat(checkCodes(matchFor(match(Profile.HOOPVOLLEN, learningDutch, LANGUAGE_COURSE), LANGUAGE_COURSE.id())))
                .doesNotContain("LIMITED_DUTCH");
        assertThat(checkCodes(matchFor(match(Profile.HOOPVOLLEN, learningDutch, WALKING_GROUP), WALKING_GROUP.id())))
                .doesNotContain("LIMITED_DUTCH");
        assertThat(checkCodes(matchFor(match(Profile.HOOPVOLLEN, Person.UNKNOWN, PHONE_LINE), PHONE_LINE.id())))
                .doesNotContain("LIMITED_DUTCH");
    }

    @Test
    void aMinorGetsTheCheckToInvolveParentsOrGuardianAndAnAdultDoesNot() {
        assertThat(match(Profile.ACTIEVEN, person().age(17).build(), WALKING_GROUP).matches().get(0).checks())
                .contains(new Note("MINOR", "De persoon is jonger dan 18: betrek ouders of voogd bij de keuze en de aanmelding."));
        assertThat(checkCodes(match(Profile.ACTIEVEN, person().age(18).build(), WALKING_GROUP).matches().get(0)))
                .doesNotContain("MINOR");
        assertThat(checkCodes(match(Profile.ACTIEVEN, Person.UNKNOWN, WALKING_GROUP).matches().get(0)))
                .doesNotContain("MINOR");
    }

    @Test
    void anActivityMainlyOnlineAsksAboutDigitalSkillsOnlyWhenTheyAreNotKnownAndOnlyOnce() {
        Activity onlineFirst = activity("online-eerst").at(Setting.ONLINE, Setting.NEIGHBOURHOOD).build();

        assertThat(checkCodes(match(Profile.ACTIEVEN, Person.UNKNOWN, onlineFirst).matches().get(0))).containsOnlyOnce("DIGITAL_SKILLS");
        assertThat(checkCodes(match(Profile.ACTIEVEN, Person.UNKNOWN, ONLINE_GROUP).matches().get(0))).containsOnlyOnce("DIGITAL_SKILLS");
        assertThat(checkCodes(match(Profile.ACTIEVEN, person().digitalSkills(true).build(), onlineFirst).matches().get(0)))
                .doesNotContain("DIGITAL_SKILLS");
        assertThat(checkCodes(match(Profile.ACTIEVEN, Person.UNKNOWN, WALKING_GROUP).matches().get(0)))
                .doesNotContain("DIGITAL_SKILLS");
    }
}
