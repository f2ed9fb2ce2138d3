package nl.interventiewijzer.intake;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.profile.Dimensions;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.Note;
import nl.interventiewijzer.profile.Profile;
import nl.interventiewijzer.profile.ProfileSource;

/**
 * A profile with everything that came with deciding it.
 *
 * @param dimensions empty when the coach chose the profile directly
 * @param intake how the answers led to the profile; empty unless it came from answers
 * @param loneliness the scale's score and what it points to; empty without a scale
 * @param circumstancesFromIntake circumstances the intake answers establish (a recent bereavement), for matching
 */
public record Determination(
        Profile profile,
        ProfileSource source,
        Optional<Dimensions> dimensions,
        List<Note> notes,
        Optional<IntakeResult> intake,
        Optional<Loneliness> loneliness,
        Set<Circumstance> circumstancesFromIntake) {

    public Determination {
        notes = List.copyOf(notes);
        circumstancesFromIntake = Set.copyOf(circumstancesFromIntake);
    }

    /** The four-way duration when it is known; it adds prevention or professional care to the profile. */
    public Duration duration() {
        return dimensions.map(Dimensions::duration).orElse(null);
    }
}
