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
 *
 * @param ageLimitUnknown the age limit, for a person whose age is not given
 * @param outsideAgeReading the person falls outside our reading of an age limit
 * @param outsideRequirementsReading the person falls outside our reading of the requirements; null when there are none
 * @param access how the person reaches it (a referral, a professional who works this way)
 * @param eligibilityNote the entry's own note on who it is for
 * @param meantFor the groups it was made for, to check against the person
 * @param limitedDutch it runs on conversation in Dutch (by phone, or in a group); the matcher decides when that applies
 * @param designedForAge the age band it was made for
 * @param comesToThePerson it comes to the person (home, phone or both)
 * @param exampleFromElsewhere a local or regional project shown as an example from elsewhere
 * @param availabilityUnknown a local or regional project, the person's municipality not given
 */
record ActivityWording(Note ageLimitUnknown, Note outsideAgeReading, Note outsideRequirementsReading, Note access,
        Note eligibilityNote, Note meantFor, Note limitedDutch, Note designedForAge, Note comesToThePerson,
        Note exampleFromElsewhere, Note availabilityUnknown, Subsets<Circumstance> designedForParts,
        Subsets<Theme> interestParts) {

    static ActivityWording of(Activity activity) {
        Eligibility eligibility = activity.eligibility();
        boolean ageLimit = eligibility.hasAgeLimit();
        boolean requirements = !eligibility.requiresAllOf().isEmpty() || !eligibility.requiresAnyOf().isEmpty();
        List<Circumstance> groups = activity.designedFor().circumstances();
        Purpose purpose = Purpose.of(activity);
        boolean home = activity.delivery().has(Setting.HOME);
        boolean phone = activity.delivery().has(Setting.PHONE);
        Availability availability = activity.availability();
        boolean national = availability.scope() == AvailabilityScope.NATIONAL;
        String where = Wording.join(availability.municipalities());
        return new ActivityWording(
                ageLimit ? Wording.ageLimitUnknown(eligibility) : null,
                ageLimit ? Wording.outsideAgeReading(eligibility) : null,
                requirements ? Wording.outsideRequirementsReading(eligibility) : null,
                access(activity),
                eligibility.note() == null || eligibility.note().isBlank() ? null
                        : Wording.eligibilityNote(eligibility.note()),
                groups.isEmpty() ? null : Wording.meantFor(groups),
                Wording.limitedDutch(activity),
                purpose.hasAgeBand() ? Wording.designedForAge(purpose.minAge(), purpose.maxAge()) : null,
                home || phone ? Wording.comesToThePerson(home, phone) : null,
                national ? null : Wording.exampleFromElsewhere(where),
                national ? null : Wording.availabilityUnknown(where),
                new Subsets<>(groups, Wording::designedFor),
                new Subsets<>(activity.themes(), shared -> Wording.interest(EnumSet.copyOf(shared))));
    }

    private static Note access(Activity activity) {
        AccessType type = activity.access().type();
        return switch (type) {
            case DIRECT -> null;
            case REFERRAL -> Wording.referral(activity.access().via());
            case PROFESSIONAL_METHOD -> Wording.viaProfessional(activity.access().via());
        };
    }

    /** Made for these of its groups, given as bits over the order of its {@code designedFor} groups (bit 0 the first). */
    Note designedFor(int groups) {
        return designedForParts.note(groups);
    }

    /** Shares these of its themes with the person's interests, given as bits over the order of its themes. */
    Note interest(int themes) {
        return interestParts.note(themes);
    }

    /**
     * A sentence for a non-empty part of a short list, the part given as bits over the list's order, worded the first
     * time it is asked for. Two threads asking at once may both word it; the sentences are equal, one is kept.
     */
    static final class Subsets<T> {

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
