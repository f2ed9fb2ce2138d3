package nl.interventiewijzer.profile;

import java.util.List;

/** A profile derived from the dimensions, with what the duration category adds to it. */
public record Classification(Profile profile, Dimensions dimensions, List<Note> notes) {

    public Classification {
        notes = List.copyOf(notes);
    }
}
