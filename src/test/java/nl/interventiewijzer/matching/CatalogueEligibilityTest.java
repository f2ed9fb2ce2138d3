package nl.interventiewijzer.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.interventiewijzer.catalogue.AccessType;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.AvailabilityScope;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Eligibility;
import nl.interventiewijzer.catalogue.Gender;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.Transport;
import nl.interventiewijzer.catalogue.loading.CatalogueReader;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.Note;
import nl.interventiewijzer.profile.Profile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every eligibility rule of every entry in the real catalogue, enforced: a person just inside the rule is eligible, a
 * person just outside a hard (stated) rule never is, and a person outside one of our readings of a source, or facing
 * something the sources do not state, stays eligible with a check naming it; a local entry is proposed only where it
 * runs. Guards the data, the filter and the matcher's reading of where an entry runs together.
 */
class CatalogueEligibilityTest {

    private static final Catalogue CATALOGUE =
            new CatalogueReader(new ObjectMapper(), CatalogueEligibilityTest.class.getClassLoader()).read("catalogue/catalogue.json");
    private static final int ADULT_AGE = 40;
    /** No catalogue entry names it: a person living here reaches only national entries. */
    private static final String ELSEWHERE = "Nergenshuizen";

    private final EligibilityFilter filter = new EligibilityFilter();

    @TestFactory
    Stream<DynamicTest> aPersonWhoMeetsEveryRuleIsEligibleForEachIndividualActivity() {
        return individualActivities().map(activity -> dynamicTest(activity.id(), () ->
                assertThat(assess(activity, insider(activity)).eligible()).as(activity.id()).isTrue()));
    }

    @TestFactory
    Stream<DynamicTest> aPersonOutsideAnyOneHardRuleIsNeverEligible() {
        return individualActivities().flatMap(activity -> outsiders(activity).stream().map(outsider ->
                dynamicTest(activity.id() + ": " + outsider.why(), () ->
                        assertThat(filter.assessWhereItRuns(activity, ActivityWording.of(activity), outsider.person(),
                                outsider.duration()).eligible())
                                .as(outsider.why()).isFalse())));
    }

    @TestFactory
    Stream<DynamicTest> aPersonOutsideAReadingOrFacingSomethingNotStatedIsEligibleWithACheck() {
        return individualActivities().flatMap(activity -> softCases(activity).stream().map(soft ->
                dynamicTest(activity.id() + ": " + soft.why(), () -> {
                    EligibilityFilter.Verdict verdict = assess(activity, soft.person());
                    assertThat(verdict.eligible()).as(soft.why()).isTrue();
                    assertThat(verdict.checks()).extracting(Note::code).as(soft.why()).contains(soft.check());
                })));
    }

    @TestFactory
    Stream<DynamicTest> neighbourhoodApproachesAreNeverProposedToAnyone() {
        return CATALOGUE.activities().stream().filter(activity -> !activity.kind().isForIndividuals())
                .map(activity -> dynamicTest(activity.id(), () ->
                        assertThat(assess(activity, insider(activity)).eligible()).isFalse()));
    }

    /**
     * Where an entry runs is the matcher's rule, not the filter's: a local or regional entry, alone in the catalogue,
     * is proposed to the person just inside its rules living in a municipality it names, and never to the same person
     * living elsewhere or not saying where (there it can only be an example from elsewhere).
     */
    @TestFactory
    Stream<DynamicTest> aLocalEntryIsProposedOnlyToAPersonLivingWhereItRuns() {
        return individualActivities().filter(activity -> activity.availability().scope() != AvailabilityScope.NATIONAL)
                .map(activity -> dynamicTest(activity.id(), () -> {
                    Person insider = insider(activity);
                    assertThat(proposed(activity, insider)).as("living in " + insider.municipality()).isTrue();
                    assertThat(proposed(activity, withMunicipality(insider, ELSEWHERE))).as("living in " + ELSEWHERE)
                            .isFalse();
                    assertThat(proposed(activity, withMunicipality(insider, null))).as("municipality not said").isFalse();
                }));
    }

    private EligibilityFilter.Verdict assess(Activity activity, Person person) {
        return filter.assessWhereItRuns(activity, ActivityWording.of(activity), person, duration(activity));
    }

    private static boolean proposed(Activity activity, Person person) {
        MatchQuery query = new MatchQuery(Profile.ACTIEVEN, duration(activity), person, 1);
        return MatchingResources.matcher(activity).match(query).matches().stream()
                .anyMatch(match -> match.activity().id().equals(activity.id()));
    }

    /** A professional method is only in view with a structurally complex duration; nothing else depends on it. */
    private static Duration duration(Activity activity) {
        return activity.access().type() == AccessType.PROFESSIONAL_METHOD ? Duration.STRUCTURAL_COMPLEX : null;
    }

    private static Stream<Activity> individualActivities() {
        return CATALOGUE.activities().stream().filter(activity -> activity.kind().isForIndividuals());
    }

    /**
     * Just inside every rule: the youngest allowed age, the required gender, the required circumstances, living in
     * the first municipality the entry names.
     */
    private static Person insider(Activity activity) {
        Eligibility rules = activity.eligibility();
        return new Person(youngestAllowed(rules), rules.gender(), requiredCircumstances(rules), Mobility.MOBILE, Set.of(),
                true, homeOf(activity));
    }

    private static String homeOf(Activity activity) {
        List<String> named = activity.availability().municipalities();
        return named.isEmpty() ? ELSEWHERE : named.get(0).toUpperCase(java.util.Locale.ROOT);
    }

    private static int youngestAllowed(Eligibility rules) {
        if (rules.minAge() != null) {
            return rules.minAge();
        }
        return rules.maxAge() != null ? Math.min(rules.maxAge(), ADULT_AGE) : ADULT_AGE;
    }

    private static Set<Circumstance> requiredCircumstances(Eligibility rules) {
        Set<Circumstance> circumstances = EnumSet.noneOf(Circumstance.class);
        circumstances.addAll(rules.requiresAllOf());
        rules.requiresAnyOf().stream().findFirst().ifPresent(circumstances::add);
        return circumstances;
    }

    private record Outsider(String why, Person person, Duration duration) {
    }

    private record Soft(String why, Person person, String check) {
    }

    private static List<Outsider> outsiders(Activity activity) {
        Eligibility rules = activity.eligibility();
        Person insider = insider(activity);
        Duration duration = duration(activity);
        List<Outsider> outsiders = new ArrayList<>();
        if (rules.ageIsStated() && rules.minAge() != null && rules.minAge() > 0) {
            outsiders.add(new Outsider("one year too young", withAge(insider, rules.minAge() - 1), duration));
        }
        if (rules.ageIsStated() && rules.maxAge() != null) {
            outsiders.add(new Outsider("one year too old", withAge(insider, rules.maxAge() + 1), duration));
        }
        if (rules.gender() != null) {
            Gender other = rules.gender() == Gender.FEMALE ? Gender.MALE : Gender.FEMALE;
            outsiders.add(new Outsider("the other gender", new Person(insider.age(), other, insider.circumstances(),
                    insider.mobility(), insider.interests(), insider.digitalSkills(), insider.municipality()), duration));
        }
        if (rules.requirementsAreStated()) {
            if (!rules.requiresAnyOf().isEmpty()) {
                Set<Circumstance> without = EnumSet.noneOf(Circumstance.class);
                without.addAll(rules.requiresAllOf());
                outsiders.add(new Outsider("none of " + rules.requiresAnyOf(), withCircumstances(insider, without),
                        duration));
            }
            for (Circumstance required : rules.requiresAllOf()) {
                outsiders.add(new Outsider("without " + required, without(insider, required), duration));
            }
        }
        if (activity.access().type() == AccessType.PROFESSIONAL_METHOD) {
            outsiders.add(new Outsider("no professional in view", insider, null));
        }
        return outsiders;
    }

    private static List<Soft> softCases(Activity activity) {
        Eligibility rules = activity.eligibility();
        Person insider = insider(activity);
        List<Soft> cases = new ArrayList<>();
        if (!rules.ageIsStated() && rules.minAge() != null && rules.minAge() > 0) {
            cases.add(new Soft("younger than our reading", withAge(insider, rules.minAge() - 1), "AGE_READING"));
        }
        if (!rules.ageIsStated() && rules.maxAge() != null) {
            cases.add(new Soft("older than our reading", withAge(insider, rules.maxAge() + 1), "AGE_READING"));
        }
        if (rules.hasRequirements() && !rules.requirementsAreStated()) {
            Set<Circumstance> none = EnumSet.noneOf(Circumstance.class);
            cases.add(new Soft("none of the circumstances we read", withCircumstances(insider, none),
                    "REQUIREMENTS_READING"));
        }
        boolean awayOnly = activity.delivery().settings().stream().noneMatch(setting ->
                setting == Setting.HOME || setting == Setting.PHONE || setting == Setting.ONLINE || setting == Setting.NOT_STATED
                        || (setting == Setting.CARE_FACILITY && insider.has(Circumstance.LIVES_IN_CARE_FACILITY)));
        if (activity.delivery().transport() == Transport.NOT_STATED && awayOnly) {
            cases.add(new Soft("housebound, transport not stated", withMobility(insider, Mobility.HOUSEBOUND), "TRANSPORT"));
        }
        if (activity.delivery().settingsNotStated()) {
            cases.add(new Soft("housebound, place not stated", withMobility(insider, Mobility.HOUSEBOUND),
                    "SETTING_NOT_STATED"));
        }
        return cases;
    }

    private static Person withAge(Person person, int age) {
        return new Person(age, person.gender(), person.circumstances(), person.mobility(), person.interests(),
                person.digitalSkills(), person.municipality());
    }

    private static Person withCircumstances(Person person, Set<Circumstance> circumstances) {
        return new Person(person.age(), person.gender(), circumstances, person.mobility(), person.interests(),
                person.digitalSkills(), person.municipality());
    }

    /** Without this circumstance, and without any that implies it (no longer recently widowed when not widowed). */
    private static Person without(Person person, Circumstance removed) {
        Set<Circumstance> rest = EnumSet.noneOf(Circumstance.class);
        for (Circumstance circumstance : person.circumstances()) {
            if (!circumstance.implied().contains(removed)) {
                rest.add(circumstance);
            }
        }
        return withCircumstances(person, rest);
    }

    private static Person withMobility(Person person, Mobility mobility) {
        return new Person(person.age(), person.gender(), person.circumstances(), mobility, person.interests(),
                person.digitalSkills(), person.municipality());
    }

    private static Person withMunicipality(Person person, String municipality) {
        return new Person(person.age(), person.gender(), person.circumstances(), person.mobility(), person.interests(),
                person.digitalSkills(), municipality);
    }
}
