package nl.interventiewijzer.profile;

import java.util.List;

/** Applies the Bijlage 1 table and says what the four-way duration adds to the two-way table. */
public final class Classifier {

    static final Note PREVENTION_FOCUS = new Note("PREVENTION_FOCUS",
            "Dreigende eenzaamheid: in het schema geldt dit als situationeel. De nadruk ligt op voorkomen dat"
                    + " eenzaamheid of isolement ontstaat.");
    static final Note PROFESSIONAL_CARE = new Note("PROFESSIONAL_CARE",
            "Structureel complex: in het schema geldt dit als structureel. Omdat er ook problemen op andere"
                    + " levensterreinen spelen, hoort professionele hulp (bijvoorbeeld wijkteam of ggz) in beeld.");

    public Classification classify(Dimensions dimensions) {
        return new Classification(Profile.of(dimensions), dimensions, notesFor(dimensions.duration()));
    }

    public static List<Note> notesFor(Duration duration) {
        return switch (duration) {
            case THREATENED -> List.of(PREVENTION_FOCUS);
            case STRUCTURAL_COMPLEX -> List.of(PROFESSIONAL_CARE);
            case SITUATIONAL, STRUCTURAL -> List.of();
        };
    }
}
