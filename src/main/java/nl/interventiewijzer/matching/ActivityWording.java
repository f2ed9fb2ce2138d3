package nl.interventiewijzer.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.interventiewijzer.catalogue.AccessType;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Availability;
import nl.interventiewijzer.catalogue.AvailabilityScope;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Eligibility;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.profile.Note;

/**
 * The sentences about one activity that depend on the activity alone, worded once when the matcher is built. The
 * catalogue does not change while the service runs, and wording these anew for every activity of every match was
 * most of what a match allocated (docs/performance.md). A sentence that cannot apply to the activity is null: an
 * age check for an activity without an age limit, an access check for one anyone can sign up for.
 *
 * <p>The sentences naming part of a short list of the activity's (the groups it was made for that the person belongs
 * to, the themes the person is interested in) are worded the first time that part is asked for and kept: there are
 * at most two to the power of the list's length, and in practice a few.
 */
final class ActivityWording {

    private final Note ageLimitUnknown;
    private final Note outsideAgeReading;
    private final Note outsideRequirementsReading;
    private final Note access;
    private final Note eligibilityNote;
    private final Note meantFor;
    private final Note limitedDutch;
    private final Note designedForAge;
    private final Note comesToThePerson;
    private final Note exampleFromElsewhere;
    private final Note availabilityUnknown;
    private final Subsets<Circumstance> designedFor;
    private final Subsets<Theme> interests;

    private ActivityWording(Activity activity) {
        Eligibility eligibility = activity.eligibility();
        boolean ageLimit = eligibility.hasAgeLimit();
        ageLimitUnknown = ageLimit ? Wording.ageLimitUnknown(eligibility) : null;
        outsideAgeReading = ageLimit ? Wording.outsideAgeReading(eligibility) : null;
        boolean requirements = !eligibility.requiresAllOf().isEmpty() || !eligibility.requiresAnyOf().isEmpty();
        outsideRequirementsReading = requirements ? Wording.outsideRequirementsReading(eligibility) : null;
        access = access(activity);
        eligibilityNote = eligibility.note() == null || eligibility.note().isBlank() ? null
                : Wording.eligibilityNote(eligibility.note());
        List<Circumstance> groups = activity.designedFor().circumstances();
        meantFor = groups.isEmpty() ? null : Wording.meantFor(groups);
        limitedDutch = Wording.limitedDutch(activity);
        Purpose purpose = Purpose.of(activity);
        designedForAge = purpose.hasAgeBand() ? Wording.designedForAge(purpose.minAge(), purpose.maxAge()) : null;
        boolean home = activity.delivery().has(Setting.HOME);
        boolean phone = activity.delivery().has(Setting.PHONE);
        comesToThePerson = home || phone ? Wording.comesToThePerson(home, phone) : null;
        Availability availability = activity.availability();
        boolean national = availability.scope() == AvailabilityScope.NATIONAL;
        String where = Wording.join(availability.municipalities());
        exampleFromElsewhere = national ? null : Wording.exampleFromElsewhere(where);
        availabilityUnknown = national ? null : Wording.availabilityUnknown(where);
        designedFor = new Subsets<>(groups, Wording::designedFor);
        interests = new Subsets<>(activity.themes(), shared -> Wording.interest(EnumSet.copyOf(shared)));
    }

    static ActivityWording of(Activity activity) {
        return new ActivityWording(activity);
    }

    private static Note access(Activity activity) {
        AccessType type = activity.access().type();
        return switch (type) {
            case DIRECT -> null;
            case REFERRAL -> Wording.referral(activity.access().via());
            case PROFESSIONAL_METHOD -> Wording.viaProfessional(activity.access().via());
        };
    }

    /** The age limit, for a person whose age is not given; null without an age limit. */
    Note ageLimitUnknown() {
        return ageLimitUnknown;
    }

    /** The person falls outside our reading of an age limit; null without an age limit. */
    Note outsideAgeReading() {
        return outsideAgeReading;
    }

    /** The person falls outside our reading of the requirements; null when there are none. */
    Note outsideRequirementsReading() {
        return outsideRequirementsReading;
    }

    /** How the person reaches it (a referral, a professional who works this way); null when anyone can sign up. */
    Note access() {
        return access;
    }

    /** The entry's own note on who it is for; null when it has none. */
    Note eligibilityNote() {
        return eligibilityNote;
    }

    /** The groups it was made for, to check against the person; null when it names none. */
    Note meantFor() {
        return meantFor;
    }

    /** It runs on conversation in Dutch (by phone, or in a group); the matcher decides when that applies. */
    Note limitedDutch() {
        return limitedDutch;
    }

    /** The age band it was made for; null without one. */
    Note designedForAge() {
        return designedForAge;
    }

    /** It comes to the person (home, phone or both); null when it does neither. */
    Note comesToThePerson() {
        return comesToThePerson;
    }

    /** A local or regional project shown as an example from elsewhere; null for a national one. */
    Note exampleFromElsewhere() {
        return exampleFromElsewhere;
    }

    /** A local or regional project, the person's municipality not given; null for a national one. */
    Note availabilityUnknown() {
        return availabilityUnknown;
    }

    /** Made for these of its groups, given as bits over the order of its {@code designedFor} groups (bit 0 the first). */
    Note designedFor(int groups) {
        return designedFor.note(groups);
    }

    /** Shares these of its themes with the person's interests, given as bits over the order of its themes. */
    Note interest(int themes) {
        return interests.note(themes);
    }

    /**
     * A sentence for a non-empty part of a short list, the part given as bits over the list's order, worded the first
     * time it is asked for. Two threads asking at once may both word it; the sentences are equal, one is kept.
     */
    private static final class Subsets<T> {

        private final List<T> items;
        private final Function<List<T>, Note> wording;
        private final Map<Integer, Note> worded = new ConcurrentHashMap<>();

        Subsets(List<T> items, Function<List<T>, Note> wording) {
            this.items = List.copyOf(items);
            this.wording = wording;
        }

        Note note(int bits) {
            Note note = worded.get(bits);
            if (note == null) {
                note = wording.apply(part(bits));
                worded.putIfAbsent(bits, note);
            }
            return note;
        }

        private List<T> part(int bits) {
            List<T> part = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if ((bits & (1 << i)) != 0) {
                    part.add(items.get(i));
                }
            }
            return part;
        }
    }
}
