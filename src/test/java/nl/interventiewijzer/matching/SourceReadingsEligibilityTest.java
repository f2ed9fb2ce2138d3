package nl.interventiewijzer.matching;

import static nl.interventiewijzer.matching.MatchingResources.checkCodes;
import static nl.interventiewijzer.matching.MatchingResources.ids;
import static nl.interventiewijzer.matching.MatchingResources.matchFor;
import static nl.interventiewijzer.matching.MatchingResources.matcher;
import static nl.interventiewijzer.matching.MatchingResources.reasonCodes;
import static nl.interventiewijzer.matching.TestActivities.activity;
import static nl.interventiewijzer.matching.TestPeople.person;
import static org.assertj.core.api.Assertions.assertThat;

import nl.interventiewijzer.catalogue.AccessRoute;
import nl.interventiewijzer.catalogue.AccessType;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Provider;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Catalogue v2 in matching (issue 8): only what the sources state excludes; our readings of a source and what the
 * sources do not state become checks; where an activity runs and how it is reached decide who is offered it. Every
 * catalogue here also holds an activity open to anyone, so an empty list cannot pass for an exclusion.
 */
class SourceReadingsEligibilityTest {

    private static final Activity OPEN_TO_ALL = activity("open-voor-iedereen").build();

    private static MatchResult match(Person person, Activity... activities) {
        return match(person, null, activities);
    }

    private static MatchResult match(Person person, Duration duration, Activity... activities) {
        Activity[] all = new Activity[activities.length + 1];
        all[0] = OPEN_TO_ALL;
        System.arraycopy(activities, 0, all, 1, activities.length);
        return matcher(all).match(new MatchQuery(Profile.ACTIEVEN, duration, person, MatchQuery.MAX_LIMIT));
    }

    // --- readings are soft

    @ParameterizedTest(name = "age {0}")
    @ValueSource(ints = {40, 54})
    void aPersonYoungerThanOurReadingOfOuderenIsStillProposedItWithACheckAndALowerScore(int age) {
        Activity readAsSeniors = activity("ouderen-soos").interpretedAges(55, null).build();
        Activity statedSeniors = activity("vijfenvijftig-plus").ages(55, null).build();

        MatchResult younger = match(person().age(age).build(), readAsSeniors, statedSeniors);
        MatchResult inside = match(person().age(60).build(), readAsSeniors);

        assertThat(ids(younger)).contains(readAsSeniors.id()).doesNotContain(statedSeniors.id());
        assertThat(checkCodes(matchFor(younger, readAsSeniors.id()))).contains("AGE_READING");
        assertThat(checkCodes(matchFor(inside, readAsSeniors.id()))).doesNotContain("AGE_READING", "AGE_UNKNOWN");
        assertThat(matchFor(younger, readAsSeniors.id()).score()).isLessThan(matchFor(inside, readAsSeniors.id()).score());
    }

    @Test
    void aPersonOlderThanOurReadingOfJongerenIsStillProposedItWithACheck() {
        Activity readAsYoung = activity("jongerenplek").interpretedAges(null, 30).build();

        MatchResult result = match(person().age(45).build(), readAsYoung);

        assertThat(checkCodes(matchFor(result, readAsYoung.id()))).contains("AGE_READING");
    }

    @Test
    void requirementsThatAreOurReadingNeverExcludeButAskTheCoachAndLowerTheScore() {
        Activity readAsForCarers = activity("mantelzorgcafe").requiresAnyOf(Circumstance.INFORMAL_CARER)
                .requirementsInterpreted().build();
        Activity statedForCarers = activity("mantelzorgers-uitje").requiresAnyOf(Circumstance.INFORMAL_CARER).build();

        MatchResult notACarer = match(Person.UNKNOWN, readAsForCarers, statedForCarers);
        MatchResult carer = match(person().with(Circumstance.INFORMAL_CARER).build(), readAsForCarers);

        assertThat(ids(notACarer)).contains(readAsForCarers.id()).doesNotContain(statedForCarers.id());
        assertThat(matchFor(notACarer, readAsForCarers.id()).checks()).anySatisfy(check -> {
            assertThat(check.code()).isEqualTo("REQUIREMENTS_READING");
            assertThat(check.text()).contains(Circumstance.INFORMAL_CARER.label());
        });
        assertThat(checkCodes(matchFor(carer, readAsForCarers.id()))).doesNotContain("REQUIREMENTS_READING");
        assertThat(matchFor(notACarer, readAsForCarers.id()).score())
                .isLessThan(matchFor(carer, readAsForCarers.id()).score());
    }

    // --- not stated never excludes

    @Test
    void aHouseboundPersonIsOfferedAnOutingWhoseTransportIsNotStatedWithATransportCheck() {
        Activity notStated = activity("dagje-uit").at(Setting.AWAY).transportNotStated().build();
        Activity notArranged = activity("dagje-uit-zonder-vervoer").at(Setting.AWAY).build();
        Activity arranged = activity("dagje-uit-met-ophalen").at(Setting.AWAY).withTransport().build();
        Person housebound = person().mobility(Mobility.HOUSEBOUND).build();

        MatchResult result = match(housebound, notStated, notArranged, arranged);

        assertThat(ids(result)).contains(notStated.id(), arranged.id()).doesNotContain(notArranged.id());
        assertThat(matchFor(result, notStated.id()).checks())
                .containsExactly(Wording.TRANSPORT_NOT_STATED);
        assertThat(checkCodes(matchFor(result, arranged.id()))).doesNotContain("TRANSPORT");
    }

    @Test
    void aPersonWhoWalksBadlyGetsTheNotStatedTransportCheckForAnActivityWhoseTransportIsNotStated() {
        Activity notStated = activity("buurthuis").at(Setting.NEIGHBOURHOOD).transportNotStated().build();

        MatchResult result = match(person().mobility(Mobility.LIMITED).build(), notStated);

        assertThat(matchFor(result, notStated.id()).checks()).containsExactly(Wording.TRANSPORT_NOT_STATED);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Mobility.class, names = {"LIMITED", "HOUSEBOUND"})
    void anActivityWhosePlaceIsNotStatedIsOfferedWithACheckToSomeoneWhoCannotEasilyTravel(Mobility mobility) {
        Activity somewhere = activity("ergens").at(Setting.NOT_STATED).transportNotStated().build();

        MatchResult result = match(person().mobility(mobility).build(), somewhere);

        assertThat(matchFor(result, somewhere.id()).checks()).containsExactly(Wording.SETTING_NOT_STATED);
    }

    @Test
    void anActivityWhosePlaceIsNotStatedNeedsNoCheckForSomeoneWhoTravelsFreely() {
        Activity somewhere = activity("ergens").at(Setting.NOT_STATED).build();

        MatchResult result = match(person().mobility(Mobility.MOBILE).build(), somewhere);

        assertThat(matchFor(result, somewhere.id()).checks()).isEmpty();
    }

    @Test
    void aProviderThatIsNotStatedNeverSaysAProfessionalIsInvolved() {
        Activity unknownProvider = activity("vriendschapscursus").deliveredBy(Provider.NOT_STATED).build();
        Activity professional = activity("training-door-professional").deliveredBy(Provider.PROFESSIONAL).build();

        MatchResult result = match(Person.UNKNOWN, Duration.STRUCTURAL_COMPLEX, unknownProvider, professional);

        assertThat(reasonCodes(matchFor(result, unknownProvider.id()))).doesNotContain("PROFESSIONAL_CARE");
        assertThat(reasonCodes(matchFor(result, professional.id()))).contains("PROFESSIONAL_CARE");
        assertThat(Trait.of(unknownProvider)).doesNotContain(Trait.BY_PROFESSIONAL);
    }

    // --- professional methods

    private static final Activity METHOD = activity("krachtwerk").kind(nl.interventiewijzer.catalogue.Kind.ONE_ON_ONE)
            .access(AccessType.PROFESSIONAL_METHOD, AccessRoute.WIJKTEAM, AccessRoute.GGZ).build();

    @Test
    void aProfessionalMethodIsNotProposedWhenNoProfessionalIsInView() {
        MatchResult result = match(person().with(Circumstance.PSYCHIATRIC_CONDITION).build(), Duration.STRUCTURAL, METHOD);

        assertThat(ids(result)).doesNotContain(METHOD.id());
    }

    @Test
    void aProfessionalMethodIsProposedForAStructurallyComplexDurationSayingItIsReachedThroughAProfessional() {
        MatchResult result = match(Person.UNKNOWN, Duration.STRUCTURAL_COMPLEX, METHOD);

        assertThat(matchFor(result, METHOD.id()).checks()).anySatisfy(check -> {
            assertThat(check.code()).isEqualTo("VIA_PROFESSIONAL");
            assertThat(check.text()).contains("via het wijkteam of de ggz");
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Circumstance.class, names = {"RECEIVES_HOME_CARE", "LIVES_IN_CARE_FACILITY"})
    void aProfessionalMethodIsProposedWhenCareIsAlreadyInvolved(Circumstance care) {
        MatchResult result = match(person().with(care).build(), METHOD);

        assertThat(checkCodes(matchFor(result, METHOD.id()))).contains("VIA_PROFESSIONAL");
    }

    @Test
    void aReferralOnlyActivitySaysWhoRefers() {
        Activity byReferral = activity("welzijn-op-recept").access(AccessType.REFERRAL, AccessRoute.GP).build();

        MatchResult result = match(Person.UNKNOWN, byReferral);

        assertThat(matchFor(result, byReferral.id()).checks()).anySatisfy(check -> {
            assertThat(check.code()).isEqualTo("REFERRAL");
            assertThat(check.text()).contains("de huisarts");
        });
    }

    // --- where it runs

    @Test
    void aLocalActivityIsProposedOnlyToAPersonLivingInOneOfItsMunicipalitiesIgnoringCase() {
        Activity exchangeShop = activity("ruilwinkel").localTo("Borger-Odoorn").build();

        assertThat(ids(match(person().municipality("  borger-odoorn ").build(), exchangeShop))).contains(exchangeShop.id());
        assertThat(ids(match(person().municipality("Groningen").build(), exchangeShop))).doesNotContain(exchangeShop.id());
        assertThat(ids(match(Person.UNKNOWN, exchangeShop))).doesNotContain(exchangeShop.id());
    }

    @Test
    void aRegionalActivityIsProposedOnlyInTheMunicipalitiesItNames() {
        Activity regional = activity("twentse-buurtbus").regional("Twente", "Enschede", "Hengelo").build();

        assertThat(ids(match(person().municipality("Hengelo").build(), regional))).contains(regional.id());
        assertThat(ids(match(person().municipality("Almelo").build(), regional))).doesNotContain(regional.id());
    }

    @Test
    void aNationalActivityIsProposedWhereverThePersonLives() {
        assertThat(ids(match(person().municipality("Vlieland").build()))).containsExactly(OPEN_TO_ALL.id());
    }
}
