package nl.interventiewijzer.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Eligibility;
import nl.interventiewijzer.catalogue.Gender;
import nl.interventiewijzer.catalogue.loading.CatalogueReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every eligibility rule of every entry in the real catalogue, enforced: a person just inside the rule is eligible,
 * a person just outside it never is. Guards the data and the filter together.
 */
class CatalogueEligibilityTest {

    private static final Catalogue CATALOGUE =
            new CatalogueReader(new ObjectMapper(), CatalogueEligibilityTest.class.getClassLoader()).read("catalogue/catalogue.json");
    private static final int ADULT_AGE = 40;

    private final EligibilityFilter filter = new EligibilityFilter();

    @TestFactory
    Stream<DynamicTest> aPersonWhoMeetsEveryRuleIsEligibleForEachIndividualActivity() {
        return individualActivities().map(activity -> dynamicTest(activity.id(), () ->
                assertThat(filter.assess(activity, insider(activity)).eligible()).as(activity.id()).isTrue()));
    }

    @TestFactory
    Stream<DynamicTest> aPersonOutsideAnyOneRuleIsNeverEligible() {
        return individualActivities().flatMap(activity -> outsiders(activity).stream().map(outsider ->
                dynamicTest(activity.id() + ": " + outsider.why(), () ->
                        assertThat(filter.assess(activity, outsider.person()).eligible()).as(outsider.why()).isFalse())));
    }

    @TestFactory
    Stream<DynamicTest> neighbourhoodApproachesAreNeverProposedToAnyone() {
        return CATALOGUE.activities().stream().filter(activity -> !activity.kind().isForIndividuals())
                .map(activity -> dynamicTest(activity.id(), () ->
                        assertThat(filter.assess(activity, insider(activity)).eligible()).isFalse()));
    }

    private static Stream<Activity> individualActivities() {
        return CATALOGUE.activities().stream().filter(activity -> activity.kind().isForIndividuals());
    }

    /** Just inside every rule: the youngest allowed age, the required gender, the required circumstances. */
    private static Person insider(Activity activity) {
        Eligibility rules = activity.eligibility();
        return new Person(youngestAllowed(rules), rules.gender(), requiredCircumstances(rules), Mobility.MOBILE, Set.of(), true);
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

    private record Outsider(String why, Person person) {
    }

    private static List<Outsider> outsiders(Activity activity) {
        Eligibility rules = activity.eligibility();
        Person insider = insider(activity);
        List<Outsider> outsiders = new ArrayList<>();
        if (rules.minAge() != null && rules.minAge() > 0) {
            outsiders.add(new Outsider("one year too young", withAge(insider, rules.minAge() - 1)));
        }
        if (rules.maxAge() != null) {
            outsiders.add(new Outsider("one year too old", withAge(insider, rules.maxAge() + 1)));
        }
        if (rules.gender() != null) {
            Gender other = rules.gender() == Gender.FEMALE ? Gender.MALE : Gender.FEMALE;
            outsiders.add(new Outsider("the other gender", new Person(insider.age(), other, insider.circumstances(),
                    insider.mobility(), insider.interests(), insider.digitalSkills())));
        }
        if (!rules.requiresAnyOf().isEmpty()) {
            Set<Circumstance> without = EnumSet.noneOf(Circumstance.class);
            without.addAll(rules.requiresAllOf());
            outsiders.add(new Outsider("none of " + rules.requiresAnyOf(), withCircumstances(insider, without)));
        }
        for (Circumstance required : rules.requiresAllOf()) {
            Set<Circumstance> without = EnumSet.noneOf(Circumstance.class);
            without.addAll(insider.circumstances());
            without.remove(required);
            outsiders.add(new Outsider("without " + required, withCircumstances(insider, without)));
        }
        return outsiders;
    }

    private static Person withAge(Person person, int age) {
        return new Person(age, person.gender(), person.circumstances(), person.mobility(), person.interests(),
                person.digitalSkills());
    }

    private static Person withCircumstances(Person person, Set<Circumstance> circumstances) {
        return new Person(person.age(), person.gender(), circumstances, person.mobility(), person.interests(),
                person.digitalSkills());
    }
}
