package nl.interventiewijzer.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.interventiewijzer.catalogue.AccessType;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Eligibility;
import nl.interventiewijzer.catalogue.Gender;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.Transport;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.Note;

/**
 * The hard filter (domain brief, "Matching: principles" 1 and 3): a person known to be outside an activity's group
 * never sees it; what the request leaves open becomes a check for the coach. Only what the sources state is hard:
 * our readings of a source (an INTERPRETED age or set of requirements) and what the sources do not state (transport,
 * where it takes place) never exclude a person; they become checks, and a reading the person falls outside lowers
 * the score.
 */
final class EligibilityFilter {

    /**
     * The verdict on one activity for one person. {@code outsideReadings}: how many of our readings of the source
     * (an age or a group the source does not state as a limit) the person falls outside; the ranking policy says what
     * each costs. {@code checks}: a new list for each eligible verdict, the caller's to extend.
     */
    record Verdict(boolean eligible, boolean needsTransport, int outsideReadings, List<Note> checks) {

        static final Verdict EXCLUDED = new Verdict(false, false, 0, List.of());
    }

    /**
     * Circumstances that mean a care professional is already involved with the person (home care, a care facility).
     * With a structurally complex duration the Handreiking puts professional care in view as well. Only then are
     * professional methods (Krachtwerk, WRAP, ...) proposed: a person cannot sign up for them, a professional works
     * that way. A psychiatric condition alone does not say that the person is in care, so it does not count.
     */
    static final Set<Circumstance> CARE_IN_VIEW = EnumSet.of(Circumstance.RECEIVES_HOME_CARE,
            Circumstance.LIVES_IN_CARE_FACILITY);

    /**
     * The verdict as if the person lived where the activity runs. Where it runs is the matcher's to weigh: an activity
     * that reaches the person is proposed, a local project of another municipality only shown as an example to ask
     * about locally, and both need this same verdict. {@code wording}: the activity's own sentences, worded once.
     */
    Verdict assessWhereItRuns(Activity activity, ActivityWording wording, Person person, Duration duration) {
        if (!activity.kind().isForIndividuals()) {
            return Verdict.EXCLUDED;
        }
        if (activity.access().type() == AccessType.PROFESSIONAL_METHOD && !professionalInView(person, duration)) {
            return Verdict.EXCLUDED;
        }
        Eligibility eligibility = activity.eligibility();
        List<Note> checks = new ArrayList<>();
        Soft soft = new Soft();
        if (!admitsAge(eligibility, wording, person, checks, soft)
                || !admitsGender(eligibility, person, checks)
                || !meetsRequiredCircumstances(eligibility, wording, person, checks, soft)) {
            return Verdict.EXCLUDED;
        }
        Travel travel = travel(activity, person, checks);
        if (travel == null) {
            return Verdict.EXCLUDED;
        }
        addIfApplies(wording.access(), checks);
        addIfApplies(wording.eligibilityNote(), checks);
        return new Verdict(true, travel.needsTransport(), soft.outsideReadings, checks);
    }

    /** A professional is in view: the duration calls for professional care, or care is already involved. */
    static boolean professionalInView(Person person, Duration duration) {
        if (duration == Duration.STRUCTURAL_COMPLEX) {
            return true;
        }
        for (Circumstance circumstance : CARE_IN_VIEW) {
            if (person.has(circumstance)) {
                return true;
            }
        }
        return false;
    }

    /** Counts the readings of the source that the person is known or likely to fall outside. */
    private static final class Soft {
        int outsideReadings;
    }

    private record Travel(boolean needsTransport) {

        static final Travel ON_THEIR_OWN = new Travel(false);
        static final Travel WITH_TRANSPORT = new Travel(true);
    }

    private static void addIfApplies(Note check, List<Note> checks) {
        if (check != null) {
            checks.add(check);
        }
    }

    /** Whether the person can take part from where they are; null when no setting is usable. */
    private static Travel travel(Activity activity, Person person, List<Note> checks) {
        if (activity.delivery().settingsNotStated()) {
            if (person.mobility() == Mobility.LIMITED || person.mobility() == Mobility.HOUSEBOUND) {
                checks.add(Wording.SETTING_NOT_STATED);
            }
            return Travel.ON_THEIR_OWN;
        }
        Transport transport = activity.delivery().transport();
        boolean online = false;
        boolean offline = false;
        boolean comesToThePerson = transport == Transport.ARRANGED;
        List<Setting> settings = activity.delivery().settings();
        for (int i = 0; i < settings.size(); i++) {
            Setting setting = settings.get(i);
            if (!usable(setting, transport, person)) {
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
            return null;
        }
        boolean cannotGoAlone = person.mobility() == Mobility.LIMITED || person.mobility() == Mobility.HOUSEBOUND;
        boolean needsTravelHelp = cannotGoAlone && offline && !comesToThePerson;
        if (person.digitalSkills() == null && online && (!offline || needsTravelHelp)) {
            checks.add(Wording.ONLY_ONLINE);
        }
        boolean needsTransport = needsTravelHelp && !(online && Boolean.TRUE.equals(person.digitalSkills()));
        if (needsTransport) {
            checks.add(transport == Transport.NOT_STATED ? Wording.TRANSPORT_NOT_STATED : Wording.TRANSPORT);
        }
        return needsTransport ? Travel.WITH_TRANSPORT : Travel.ON_THEIR_OWN;
    }

    private static boolean admitsAge(Eligibility eligibility, ActivityWording wording, Person person, List<Note> checks,
            Soft soft) {
        if (!eligibility.hasAgeLimit()) {
            return true;
        }
        if (person.age() == null) {
            checks.add(wording.ageLimitUnknown());
            return true;
        }
        if (eligibility.admitsAge(person.age())) {
            return true;
        }
        if (eligibility.ageIsStated()) {
            return false;
        }
        soft.outsideReadings++;
        checks.add(wording.outsideAgeReading());
        return true;
    }

    private static boolean admitsGender(Eligibility eligibility, Person person, List<Note> checks) {
        Gender required = eligibility.gender();
        if (required == null || required == person.gender()) {
            return true;
        }
        if (person.gender() == null || person.gender() == Gender.X) {
            checks.add(Wording.onlyFor(required));
            return true;
        }
        return false;
    }

    /** Stated requirements are hard; our reading of them is a check that lowers the score when unmet. */
    private static boolean meetsRequiredCircumstances(Eligibility eligibility, ActivityWording wording, Person person,
            List<Note> checks, Soft soft) {
        if (meets(eligibility, person)) {
            return true;
        }
        if (eligibility.requirementsAreStated()) {
            return false;
        }
        soft.outsideReadings++;
        checks.add(wording.outsideRequirementsReading());
        return true;
    }

    private static boolean meets(Eligibility eligibility, Person person) {
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

    /**
     * Whether the person can use this setting. A housebound person reaches places away from home only when transport
     * is arranged, or when the sources do not say (then a check asks the coach; never an exclusion on silence).
     */
    private static boolean usable(Setting setting, Transport transport, Person person) {
        boolean canTravel = person.mobility() != Mobility.HOUSEBOUND || transport != Transport.NOT_ARRANGED;
        return switch (setting) {
            case HOME, PHONE, NOT_STATED -> true;
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
