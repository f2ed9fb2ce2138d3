package nl.interventiewijzer.matching;

import java.util.ArrayList;
import java.util.List;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.AgeBasis;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Eligibility;
import nl.interventiewijzer.catalogue.Gender;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.profile.Note;

/**
 * The hard filter (domain brief, "Matching: principles" 1 and 3): a person known to be outside an activity's group
 * never sees it; what the request leaves open becomes a check for the coach.
 */
final class EligibilityFilter {

    record Verdict(boolean eligible, boolean needsTransport, List<Note> checks) {

        static final Verdict EXCLUDED = new Verdict(false, false, List.of());
    }

    static final Note DIGITAL_SKILLS = new Note("DIGITAL_SKILLS", "Zonder reizen kan dit alleen online: ga na of de"
            + " persoon met computer of smartphone overweg kan, of dat iemand kan helpen.");
    static final Note TRANSPORT = new Note("TRANSPORT", "Dit vindt buitenshuis plaats zonder ophaalservice: regel"
            + " vervoer of begeleiding, omdat de persoon slecht ter been is.");

    Verdict assess(Activity activity, Person person) {
        if (!activity.kind().isForIndividuals()) {
            return Verdict.EXCLUDED;
        }
        Eligibility eligibility = activity.eligibility();
        List<Note> checks = new ArrayList<>();
        if (!admitsAge(eligibility, person, checks)
                || !admitsGender(eligibility, person, checks)
                || !meetsRequiredCircumstances(eligibility, person)) {
            return Verdict.EXCLUDED;
        }
        boolean online = false;
        boolean offline = false;
        boolean comesToThePerson = Boolean.TRUE.equals(activity.delivery().transportIncluded());
        List<Setting> settings = activity.delivery().settings();
        for (int i = 0; i < settings.size(); i++) {
            Setting setting = settings.get(i);
            if (!usable(setting, activity, person)) {
                continue;
            }
            if (setting == Setting.ONLINE) {
                online = true;
            } else {
                offline = true;
                comesToThePerson |= comesToThePerson(setting, person);
            }
        }
        if (!online && !offline) {
            return Verdict.EXCLUDED;
        }
        boolean needsTravelHelp = person.mobility() == Mobility.LIMITED && offline && !comesToThePerson;
        if (person.digitalSkills() == null && online && (!offline || needsTravelHelp)) {
            checks.add(DIGITAL_SKILLS);
        }
        boolean needsTransport = needsTravelHelp && !(online && Boolean.TRUE.equals(person.digitalSkills()));
        if (needsTransport) {
            checks.add(TRANSPORT);
        }
        if (eligibility.note() != null && !eligibility.note().isBlank()) {
            checks.add(new Note("ELIGIBILITY_NOTE", eligibility.note()));
        }
        return new Verdict(true, needsTransport, checks);
    }

    private static boolean admitsAge(Eligibility eligibility, Person person, List<Note> checks) {
        if (!eligibility.hasAgeLimit()) {
            return true;
        }
        if (person.age() != null) {
            return eligibility.admitsAge(person.age());
        }
        checks.add(new Note("AGE_UNKNOWN", "Leeftijdsgrens " + describeAgeLimit(eligibility)
                + ": de leeftijd is niet opgegeven, controleer of de persoon daarbinnen valt."));
        return true;
    }

    static String describeAgeLimit(Eligibility eligibility) {
        String range;
        if (eligibility.minAge() != null && eligibility.maxAge() != null) {
            range = eligibility.minAge() + " tot en met " + eligibility.maxAge() + " jaar";
        } else if (eligibility.minAge() != null) {
            range = eligibility.minAge() + " jaar en ouder";
        } else {
            range = "tot en met " + eligibility.maxAge() + " jaar";
        }
        return eligibility.ageBasis() == AgeBasis.INTERPRETED
                ? range + " (onze lezing van een doelgroep die de bron zonder leeftijd noemt)"
                : range;
    }

    private static boolean admitsGender(Eligibility eligibility, Person person, List<Note> checks) {
        Gender required = eligibility.gender();
        if (required == null || required == person.gender()) {
            return true;
        }
        if (person.gender() == null || person.gender() == Gender.X) {
            checks.add(new Note("GENDER", "Alleen voor " + (required == Gender.FEMALE ? "vrouwen" : "mannen")
                    + ": overleg met de persoon en de aanbieder of dit past."));
            return true;
        }
        return false;
    }

    private static boolean meetsRequiredCircumstances(Eligibility eligibility, Person person) {
        List<Circumstance> all = eligibility.requiresAllOf();
        for (int i = 0; i < all.size(); i++) {
            if (!person.has(all.get(i))) {
                return false;
            }
        }
        List<Circumstance> any = eligibility.requiresAnyOf();
        if (any.isEmpty()) {
            return true;
        }
        for (int i = 0; i < any.size(); i++) {
            if (person.has(any.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean usable(Setting setting, Activity activity, Person person) {
        boolean canTravel = person.mobility() != Mobility.HOUSEBOUND
                || Boolean.TRUE.equals(activity.delivery().transportIncluded());
        return switch (setting) {
            case HOME, PHONE -> true;
            case ONLINE -> !Boolean.FALSE.equals(person.digitalSkills());
            case CARE_FACILITY -> canTravel || person.has(Circumstance.LIVES_IN_CARE_FACILITY);
            case NEIGHBOURHOOD, AWAY -> canTravel;
        };
    }

    /** This setting comes to the person: their home, the phone, or the care facility they live in. */
    private static boolean comesToThePerson(Setting setting, Person person) {
        return setting == Setting.HOME || setting == Setting.PHONE
                || (setting == Setting.CARE_FACILITY && person.has(Circumstance.LIVES_IN_CARE_FACILITY));
    }
}
