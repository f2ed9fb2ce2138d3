package nl.interventiewijzer.matching;

import static nl.interventiewijzer.matching.TestActivities.activity;
import static nl.interventiewijzer.matching.TestPeople.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.interventiewijzer.catalogue.AccessRoute;
import nl.interventiewijzer.catalogue.AccessType;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Gender;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.profile.Note;
import org.junit.jupiter.api.Test;

/** The eligibility filter on its own: the verdict, the checks the coach reads, and the readings the person falls outside. */
class EligibilityFilterTest {

    private final EligibilityFilter filter = new EligibilityFilter();

    /**
     * The filter as the matcher calls it, with no duration: where an activity runs is the matcher's business (see
     * {@code SourceReadingsEligibilityTest} and {@code CatalogueEligibilityTest}), and these activities are national.
     */
    private EligibilityFilter.Verdict assess(Activity activity, Person person) {
        return filter.assessWhereItRuns(activity, ActivityWording.of(activity), person, null);
    }

    private static String check(EligibilityFilter.Verdict verdict, String code) {
        return verdict.checks().stream().filter(note -> note.code().equals(code)).map(Note::text).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + verdict.checks()));
    }

    private static List<String> codes(EligibilityFilter.Verdict verdict) {
        return verdict.checks().stream().map(Note::code).toList();
    }

    @Test
    void anActivityForAnyoneAdmitsAPersonOfWhomNothingIsSaid() {
        EligibilityFilter.Verdict verdict = assess(activity("open").build(), Person.UNKNOWN);

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.needsTransport()).isFalse();
        assertThat(verdict.outsideReadings()).isZero();
        assertThat(verdict.checks()).isEmpty();
    }

    @Test
    void everyReadingThePersonFallsOutsideIsCounted() {
        Activity oneReading = activity("een").interpretedAges(18, 30).build();
        Activity twoReadings = activity("twee").interpretedAges(18, 30).requiresAnyOf(Circumstance.DEMENTIA)
                .requirementsInterpreted().build();
        Person person = person().age(70).build();

        assertThat(assess(oneReading, person).outsideReadings()).isEqualTo(1);
        assertThat(assess(twoReadings, person).outsideReadings()).isEqualTo(2);
    }

    @Test
    void anUnknownAgeIsACheckThatNamesTheLimit() {
        Person unknownAge = Person.UNKNOWN;

        assertThat(check(assess(activity("a").ages(18, 30).build(), unknownAge), "AGE_UNKNOWN"))
                .startsWith("Leeftijdsgrens 18 tot en met 30 jaar: ");
        assertThat(check(assess(activity("b").ages(65, null).build(), unknownAge), "AGE_UNKNOWN"))
                .startsWith("Leeftijdsgrens 65 jaar en ouder: ");
        assertThat(check(assess(activity("c").ages(null, 30).build(), unknownAge), "AGE_UNKNOWN"))
                .startsWith("Leeftijdsgrens tot en met 30 jaar: ");
    }

    @Test
    void anAgeOutsideOurReadingSaysItIsOurReading() {
        EligibilityFilter.Verdict verdict = assess(activity("a").interpretedAges(18, 30).build(), person().age(70).build());

        assertThat(check(verdict, "AGE_READING")).startsWith("De persoon valt buiten 18 tot en met 30 jaar (onze lezing van"
                + " een doelgroep die de bron zonder leeftijd noemt); ");
    }

    @Test
    void aStatedAgeLimitReadsWithoutTheReadingRemark() {
        assertThat(Wording.ageLimit(activity("a").ages(18, 30).build().eligibility()))
                .isEqualTo("18 tot en met 30 jaar");
    }

    @Test
    void aGenderTheRequestLeavesOpenIsACheckNamingWhoItIsFor() {
        assertThat(check(assess(activity("v").onlyFor(Gender.FEMALE).build(), Person.UNKNOWN), "GENDER"))
                .startsWith("Alleen voor vrouwen: ");
        assertThat(check(assess(activity("m").onlyFor(Gender.MALE).build(), person().gender(Gender.X).build()), "GENDER"))
                .startsWith("Alleen voor mannen: ");
    }

    @Test
    void aPersonOfTheOtherGenderIsExcluded() {
        assertThat(assess(activity("m").onlyFor(Gender.MALE).build(), person().gender(Gender.FEMALE).build()).eligible())
                .isFalse();
    }

    @Test
    void unmetReadingsOfRequirementsAreNamedAllWithAndAnyWithOr() {
        Activity all = activity("alle").requiresAllOf(Circumstance.WIDOWED, Circumstance.LIVES_ALONE).requirementsInterpreted()
                .build();
        Activity any = activity("een").requiresAnyOf(Circumstance.WIDOWED, Circumstance.DIVORCED).requirementsInterpreted()
                .build();

        assertThat(check(assess(all, Person.UNKNOWN), "REQUIREMENTS_READING"))
                .startsWith("Volgens onze lezing van de bron bedoeld voor weduwen en weduwnaars en alleenwonenden: ");
        assertThat(check(assess(any, Person.UNKNOWN), "REQUIREMENTS_READING"))
                .startsWith("Volgens onze lezing van de bron bedoeld voor weduwen en weduwnaars of gescheiden mensen: ");
    }

    @Test
    void aReferralThroughOneRouteNamesIt() {
        Activity referral = activity("r").access(AccessType.REFERRAL, AccessRoute.GP).build();

        assertThat(check(assess(referral, Person.UNKNOWN), "REFERRAL"))
                .isEqualTo("Deelname loopt via een verwijzing door de huisarts: ga na of die verwijzing er is of kan komen.");
    }

    @Test
    void aReferralThroughSeveralRoutesNamesThemAll() {
        Activity referral = activity("r").access(AccessType.REFERRAL, AccessRoute.GP, AccessRoute.WIJKTEAM, AccessRoute.GGZ)
                .build();

        assertThat(check(assess(referral, Person.UNKNOWN), "REFERRAL"))
                .startsWith("Deelname loopt via een verwijzing door de huisarts, het wijkteam of de ggz: ");
    }

    @Test
    void anOnlineOnlyActivityAsksAboutDigitalSkillsOnlyWhenTheyAreNotSaid() {
        Activity online = activity("o").at(Setting.ONLINE).build();

        assertThat(codes(assess(online, Person.UNKNOWN))).contains("DIGITAL_SKILLS");
        assertThat(codes(assess(online, person().digitalSkills(true).build()))).doesNotContain("DIGITAL_SKILLS");
        assertThat(assess(online, person().digitalSkills(false).build()).eligible()).isFalse();
    }

    @Test
    void anActivityAlsoInTheNeighbourhoodAsksNoDigitalSkillsOfSomeoneWhoCanGo() {
        Activity both = activity("b").at(Setting.ONLINE, Setting.NEIGHBOURHOOD).build();

        assertThat(codes(assess(both, Person.UNKNOWN))).doesNotContain("DIGITAL_SKILLS");
        assertThat(codes(assess(both, person().mobility(Mobility.LIMITED).build())))
                .contains("DIGITAL_SKILLS", "TRANSPORT");
    }

    @Test
    void aPhoneContactComesToSomeoneWhoWalksBadly() {
        EligibilityFilter.Verdict verdict = assess(activity("p").at(Setting.PHONE).build(),
                person().mobility(Mobility.LIMITED).build());

        assertThat(verdict.needsTransport()).isFalse();
        assertThat(codes(verdict)).doesNotContain("TRANSPORT");
    }

    @Test
    void aCareFacilityComesOnlyToThoseWhoLiveThere() {
        Activity inCare = activity("z").at(Setting.CARE_FACILITY).build();

        assertThat(assess(inCare, person().mobility(Mobility.LIMITED).with(Circumstance.LIVES_IN_CARE_FACILITY).build())
                .needsTransport()).isFalse();
        assertThat(assess(inCare, person().mobility(Mobility.LIMITED).build()).needsTransport()).isTrue();
    }

    @Test
    void aNoteOfTheSourceIsPassedOnAsACheckUnlessItIsBlank() {
        assertThat(check(assess(activity("n").eligibilityNote("Alleen op afspraak.").build(), Person.UNKNOWN),
                "ELIGIBILITY_NOTE")).isEqualTo("Alleen op afspraak.");
        assertThat(codes(assess(activity("b").eligibilityNote(" ").build(), Person.UNKNOWN)))
                .doesNotContain("ELIGIBILITY_NOTE");
    }
}
