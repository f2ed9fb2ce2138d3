package nl.interventiewijzer.matching;

import static nl.interventiewijzer.matching.MatchingResources.checkCodes;
import static nl.interventiewijzer.matching.MatchingResources.ids;
import static nl.interventiewijzer.matching.MatchingResources.matchFor;
import static nl.interventiewijzer.matching.MatchingResources.matcher;
import static nl.interventiewijzer.matching.TestActivities.activity;
import static nl.interventiewijzer.matching.TestPeople.person;
import static org.assertj.core.api.Assertions.assertThat;

import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Gender;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.profile.Note;
import nl.interventiewijzer.profile.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Eligibility is a hard filter; what the request leaves open becomes a check (domain brief, "Matching: principles" 1
 * and 3). Every catalogue here also holds an activity open to anyone, so an empty list cannot pass for an exclusion.
 */
class MatcherEligibilityTest {

    private static final Activity OPEN_TO_ALL = activity("open-voor-iedereen").build();

    private static final String SENIORS = "senioren-65-tot-80";
    private static final Activity SENIORS_65_TO_80 = activity(SENIORS).ages(65, 80).build();

    private static final String WOMEN = "vrouwengroep";
    private static final Activity WOMEN_ONLY = activity(WOMEN).onlyFor(Gender.FEMALE).build();

    private static final String CANCER_OR_DEMENTIA = "kanker-of-dementie";
    private static final Activity FOR_CANCER_OR_DEMENTIA =
            activity(CANCER_OR_DEMENTIA).requiresAnyOf(Circumstance.CANCER, Circumstance.DEMENTIA).build();

    private static final String DEMENTIA_IN_CARE = "dementie-in-zorginstelling";
    private static final Activity FOR_DEMENTIA_IN_CARE = activity(DEMENTIA_IN_CARE)
            .requiresAllOf(Circumstance.DEMENTIA, Circumstance.LIVES_IN_CARE_FACILITY)
            .build();

    private static final String WIDOWS = "weduwengroep";
    private static final Activity FOR_THE_WIDOWED = activity(WIDOWS).requiresAnyOf(Circumstance.WIDOWED).build();

    private static final String IN_CARE_FACILITY = "activiteit-in-zorginstelling";
    private static final Activity IN_A_CARE_FACILITY = activity(IN_CARE_FACILITY).at(Setting.CARE_FACILITY).build();

    private static final String ONLINE = "online-groep";
    private static final Activity ONLINE_ONLY = activity(ONLINE).at(Setting.ONLINE).build();

    private static final String NEIGHBOURHOOD = "buurthuis";
    private static final Activity IN_THE_NEIGHBOURHOOD = activity(NEIGHBOURHOOD).at(Setting.NEIGHBOURHOOD).build();

    private static final String COLLECTED = "buurthuis-met-ophalen";
    private static final Activity IN_THE_NEIGHBOURHOOD_WITH_TRANSPORT =
            activity(COLLECTED).at(Setting.NEIGHBOURHOOD).withTransport().build();

    private static final String REGISTRATION_NOTE = "Aanmelding via de zorginstelling.";

    private static final Person HOUSEBOUND = person().mobility(Mobility.HOUSEBOUND).build();
    private static final Person LIMITED_MOBILITY = person().mobility(Mobility.LIMITED).build();

    private static MatchResult match(Person person, Activity... activities) {
        return matcher(activities).match(new MatchQuery(Profile.ACTIEVEN, null, person, MatchQuery.MAX_LIMIT));
    }

    @ParameterizedTest(name = "age {0}")
    @ValueSource(ints = {64, 81})
    void aPersonOutsideTheAgeRangeIsNotProposedTheActivity(int age) {
        MatchResult result = match(person().age(age).build(), OPEN_TO_ALL, SENIORS_65_TO_80);

        assertThat(ids(result)).containsExactly(OPEN_TO_ALL.id());
    }

    @ParameterizedTest(name = "age {0}")
    @ValueSource(ints = {65, 80})
    void aPersonAtEitherEndOfTheAgeRangeIsProposedTheActivityWithoutAnAgeCheck(int age) {
        MatchResult result = match(person().age(age).build(), OPEN_TO_ALL, SENIORS_65_TO_80);

        assertThat(checkCodes(matchFor(result, SENIORS))).doesNotContain("AGE_UNKNOWN");
    }

    @Test
    void anActivityWithAnAgeLimitIsProposedWithAnAgeCheckWhenTheAgeIsUnknown() {
        MatchResult result = match(Person.UNKNOWN, OPEN_TO_ALL, SENIORS_65_TO_80);

        assertThat(checkCodes(matchFor(result, SENIORS))).containsExactly("AGE_UNKNOWN");
    }

    @Test
    void anActivityWithoutAnAgeLimitNeedsNoAgeCheckWhenTheAgeIsUnknown() {
        MatchResult result = match(Person.UNKNOWN, OPEN_TO_ALL);

        assertThat(matchFor(result, OPEN_TO_ALL.id()).checks()).isEmpty();
    }

    @Test
    void aWomenOnlyActivityIsNotProposedToAMan() {
        MatchResult result = match(person().gender(Gender.MALE).build(), OPEN_TO_ALL, WOMEN_ONLY);

        assertThat(ids(result)).containsExactly(OPEN_TO_ALL.id());
    }

    @Test
    void aWomenOnlyActivityIsProposedToAWomanWithoutAGenderCheck() {
        MatchResult result = match(person().gender(Gender.FEMALE).build(), OPEN_TO_ALL, WOMEN_ONLY);

        assertThat(matchFor(result, WOMEN).checks()).isEmpty();
    }

    @ParameterizedTest(name = "gender {0}")
    @NullSource
    @EnumSource(value = Gender.class, names = "X")
    void aWomenOnlyActivityIsProposedWithAGenderCheckWhenTheGenderIsUnknownOrX(Gender gender) {
        MatchResult result = match(person().gender(gender).build(), OPEN_TO_ALL, WOMEN_ONLY);

        assertThat(checkCodes(matchFor(result, WOMEN))).containsExactly("GENDER");
    }

    @Test
    void anActivityRequiringAnyOfSomeCircumstancesIsNotProposedToAPersonWithNoneOfThem() {
        Person person = person().with(Circumstance.LIVES_ALONE, Circumstance.CHRONIC_ILLNESS).build();

        MatchResult result = match(person, OPEN_TO_ALL, FOR_CANCER_OR_DEMENTIA);

        assertThat(ids(result)).containsExactly(OPEN_TO_ALL.id());
    }

    @Test
    void anActivityRequiringAnyOfSomeCircumstancesIsNotProposedWhenNoCircumstanceIsNamed() {
        MatchResult result = match(Person.UNKNOWN, OPEN_TO_ALL, FOR_CANCER_OR_DEMENTIA);

        assertThat(ids(result)).containsExactly(OPEN_TO_ALL.id());
    }

    @Test
    void anActivityRequiringAnyOfSomeCircumstancesIsProposedToAPersonWhoNamesOneOfThem() {
        MatchResult result = match(person().with(Circumstance.DEMENTIA).build(), OPEN_TO_ALL, FOR_CANCER_OR_DEMENTIA);

        assertThat(ids(result)).contains(CANCER_OR_DEMENTIA);
    }

    @Test
    void anActivityRequiringAllOfSomeCircumstancesIsNotProposedToAPersonWithOnlySomeOfThem() {
        MatchResult result = match(person().with(Circumstance.DEMENTIA).build(), OPEN_TO_ALL, FOR_DEMENTIA_IN_CARE);

        assertThat(ids(result)).containsExactly(OPEN_TO_ALL.id());
    }

    @Test
    void anActivityRequiringAllOfSomeCircumstancesIsProposedToAPersonWithAllOfThem() {
        Person person = person().with(Circumstance.DEMENTIA, Circumstance.LIVES_IN_CARE_FACILITY).build();

        MatchResult result = match(person, OPEN_TO_ALL, FOR_DEMENTIA_IN_CARE);

        assertThat(ids(result)).contains(DEMENTIA_IN_CARE);
    }

    @Test
    void aRecentlyWidowedPersonIsProposedAnActivityForTheWidowed() {
        MatchResult result = match(person().with(Circumstance.RECENTLY_WIDOWED).build(), OPEN_TO_ALL, FOR_THE_WIDOWED);

        assertThat(ids(result)).contains(WIDOWS);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Setting.class, names = {"NEIGHBOURHOOD", "AWAY"})
    void aHouseboundPersonIsNotProposedAnActivityOutOfTheHouseWithoutTransport(Setting setting) {
        Activity outOfTheHouse = activity("buitenshuis").at(setting).build();

        MatchResult result = match(HOUSEBOUND, activity("aan-huis").at(Setting.HOME).build(), outOfTheHouse);

        assertThat(ids(result)).containsExactly("aan-huis");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Setting.class, names = {"NEIGHBOURHOOD", "AWAY"})
    void aHouseboundPersonIsProposedAnActivityOutOfTheHouseWithTransportIncluded(Setting setting) {
        Activity collected = activity("met-ophalen").at(setting).withTransport().build();

        MatchResult result = match(HOUSEBOUND, OPEN_TO_ALL, collected);

        assertThat(ids(result)).containsExactly("met-ophalen");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Setting.class, names = {"HOME", "PHONE"})
    void aHouseboundPersonIsProposedAnActivityThatComesToThem(Setting setting) {
        Activity comesToThem = activity("komt-naar-de-persoon").at(setting).build();

        MatchResult result = match(HOUSEBOUND, OPEN_TO_ALL, comesToThem);

        assertThat(ids(result)).containsExactly("komt-naar-de-persoon");
    }

    @Test
    void aHouseboundPersonIsNotProposedAnActivityInACareFacilityTheyDoNotLiveIn() {
        MatchResult result = match(HOUSEBOUND, activity("aan-huis").at(Setting.HOME).build(), IN_A_CARE_FACILITY);

        assertThat(ids(result)).containsExactly("aan-huis");
    }

    @Test
    void aHouseboundPersonLivingInACareFacilityIsProposedAnActivityInTheFacility() {
        Person resident = person().mobility(Mobility.HOUSEBOUND).with(Circumstance.LIVES_IN_CARE_FACILITY).build();

        MatchResult result = match(resident, OPEN_TO_ALL, IN_A_CARE_FACILITY);

        assertThat(ids(result)).containsExactly(IN_CARE_FACILITY);
    }

    @Test
    void anOnlineOnlyActivityIsNotProposedToAPersonWithoutDigitalSkills() {
        MatchResult result = match(person().digitalSkills(false).build(), OPEN_TO_ALL, ONLINE_ONLY);

        assertThat(ids(result)).containsExactly(OPEN_TO_ALL.id());
    }

    @Test
    void anActivityOnlineAndByPhoneIsProposedToAPersonWithoutDigitalSkills() {
        Activity onlineOrPhone = activity("online-of-telefonisch").at(Setting.ONLINE, Setting.PHONE).build();

        MatchResult result = match(person().digitalSkills(false).build(), OPEN_TO_ALL, onlineOrPhone);

        assertThat(ids(result)).contains("online-of-telefonisch");
    }

    @Test
    void anOnlineOnlyActivityIsProposedWithADigitalSkillsCheckWhenTheSkillsAreUnknown() {
        MatchResult result = match(Person.UNKNOWN, OPEN_TO_ALL, ONLINE_ONLY);

        assertThat(checkCodes(matchFor(result, ONLINE))).containsExactly("DIGITAL_SKILLS");
    }

    @Test
    void anOnlineOnlyActivityNeedsNoCheckForAPersonWithDigitalSkills() {
        MatchResult result = match(person().digitalSkills(true).build(), OPEN_TO_ALL, ONLINE_ONLY);

        assertThat(matchFor(result, ONLINE).checks()).isEmpty();
    }

    @Test
    void aPersonWithLimitedMobilityGetsATransportCheckForAnActivityOutOfTheHouseWithoutTransport() {
        MatchResult result = match(LIMITED_MOBILITY, IN_THE_NEIGHBOURHOOD);

        assertThat(checkCodes(matchFor(result, NEIGHBOURHOOD))).containsExactly("TRANSPORT");
    }

    @Test
    void aPersonWithLimitedMobilityNeedsNoTransportCheckWhenTransportIsIncluded() {
        MatchResult result = match(LIMITED_MOBILITY, IN_THE_NEIGHBOURHOOD_WITH_TRANSPORT);

        assertThat(matchFor(result, COLLECTED).checks()).isEmpty();
    }

    @Test
    void aMobilePersonNeedsNoTransportCheckForAnActivityOutOfTheHouse() {
        MatchResult result = match(person().mobility(Mobility.MOBILE).build(), IN_THE_NEIGHBOURHOOD);

        assertThat(matchFor(result, NEIGHBOURHOOD).checks()).isEmpty();
    }

    @Test
    void aPersonWithLimitedMobilityScoresAnActivityWithoutTransportLowerThanTheSameActivityWithTransport() {
        MatchResult result = match(LIMITED_MOBILITY, IN_THE_NEIGHBOURHOOD, IN_THE_NEIGHBOURHOOD_WITH_TRANSPORT);
        Match withoutTransport = matchFor(result, NEIGHBOURHOOD);
        Match withTransport = matchFor(result, COLLECTED);

        assertThat(withoutTransport.fit().points())
                .as("precondition: transport does not change the profile fit, so only the penalty can differ")
                .isEqualTo(withTransport.fit().points());
        assertThat(withoutTransport.score()).isLessThan(withTransport.score());
    }

    @Test
    void anEligibilityNoteBecomesACheckWithTheNoteAsItsText() {
        Activity withNote = activity("met-opmerking").eligibilityNote(REGISTRATION_NOTE).build();

        MatchResult result = match(Person.UNKNOWN, withNote);

        assertThat(matchFor(result, "met-opmerking").checks())
                .containsExactly(new Note("ELIGIBILITY_NOTE", REGISTRATION_NOTE));
    }

    @Test
    void aCommunityApproachIsNeverProposedNorCountedAsEligible() {
        Activity community = activity("wijkaanpak").kind(Kind.COMMUNITY).build();

        MatchResult result = match(Person.UNKNOWN, OPEN_TO_ALL, community);

        assertThat(ids(result)).containsExactly(OPEN_TO_ALL.id());
        assertThat(result.eligible()).isEqualTo(1);
    }

    @Test
    void someoneWhoWalksBadlyAndMayNotManageOnlineIsAskedAboutBothForAnActivityOnlineOrNearby() {
        Activity onlineOrNearby = activity("online-of-buurt").at(Setting.NEIGHBOURHOOD, Setting.ONLINE).build();
        Person walksBadly = person().mobility(Mobility.LIMITED).build();

        Match match = matcher(onlineOrNearby).match(new MatchQuery(Profile.ACTIEVEN, null, walksBadly, 10)).matches().get(0);

        assertThat(checkCodes(match)).contains("TRANSPORT", "DIGITAL_SKILLS");
    }

    @Test
    void someoneWhoWalksBadlyButManagesOnlineNeedsNoTransportForAnActivityAlsoOnline() {
        Activity onlineOrNearby = activity("online-of-buurt").at(Setting.NEIGHBOURHOOD, Setting.ONLINE).build();
        Person online = person().mobility(Mobility.LIMITED).digitalSkills(true).build();

        Match match = matcher(onlineOrNearby).match(new MatchQuery(Profile.ACTIEVEN, null, online, 10)).matches().get(0);

        assertThat(checkCodes(match)).doesNotContain("TRANSPORT", "DIGITAL_SKILLS");
    }
}
