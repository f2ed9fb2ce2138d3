package nl.interventiewijzer.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.profile.Classification;
import nl.interventiewijzer.profile.Classifier;
import nl.interventiewijzer.profile.Note;
import nl.interventiewijzer.profile.ProfileSource;

/**
 * Decides the profile from what a request gives: the coach's own choice, the three dimensions (Bijlage 1 table), or
 * intake answers (scored by {@link IntakeScorer}); exactly one of them. Adds what comes with it: the duration's notes,
 * a recent bereavement told in the intake, and the De Jong Gierveld scale as context. Classification and matching
 * share it, so both read a request the same way.
 */
public final class ProfileDetermination {

    static final Note RECENT_BEREAVEMENT = new Note("RECENT_BEREAVEMENT_FROM_INTAKE", "Uit de intake: de partner is"
            + " overleden, korter dan een jaar geleden. De voorstellen houden daar rekening mee.");
    static final Note NOT_A_DIAGNOSIS = new Note("LONELINESS_SCALE", "De eenzaamheidsschaal is een meetinstrument voor"
            + " survey-onderzoek, geen diagnose; de score weegt mee in de voorstellen maar bepaalt het profiel niet.");

    static final List<String> FOR_MATCHING = List.of("profile", "dimensions", "answers");
    static final List<String> FOR_CLASSIFICATION = List.of("dimensions", "answers");

    private final IntakeScorer scorer;
    private final Classifier classifier = new Classifier();
    private final DeJongGierveld scale = new DeJongGierveld();

    public ProfileDetermination(IntakeScorer scorer) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
    }

    /** For matching: the coach may also name the profile directly. */
    public Determination forMatching(ProfileInput input) {
        requireExactlyOne(input, FOR_MATCHING);
        return determine(input);
    }

    /** For classification: the profile is the answer, so it cannot be part of the question. */
    public Determination forClassification(ProfileInput input) {
        requireExactlyOne(input, FOR_CLASSIFICATION);
        return determine(input);
    }

    private Determination determine(ProfileInput input) {
        Optional<Loneliness> loneliness = Optional.ofNullable(input.scale()).map(this::score);
        Determination determined;
        if (input.profile() != null) {
            determined = new Determination(input.profile(), ProfileSource.PROFILE, Optional.empty(), List.of(),
                    Optional.empty(), loneliness, Set.of());
        } else if (input.dimensions() != null) {
            Classification classification = classifier.classify(input.dimensions());
            determined = new Determination(classification.profile(), ProfileSource.DIMENSIONS,
                    Optional.of(classification.dimensions()), classification.notes(), Optional.empty(), loneliness,
                    Set.of());
        } else {
            determined = fromAnswers(input.answers(), loneliness);
        }
        return loneliness.isEmpty() ? determined : withNote(determined, NOT_A_DIAGNOSIS);
    }

    private Determination fromAnswers(Map<String, String> answers, Optional<Loneliness> loneliness) {
        IntakeResult result = scorer.score(answers);
        List<Note> notes = new ArrayList<>(Classifier.notesFor(result.dimensions().duration()));
        // A partner who died less than a year ago counts as RECENTLY_WIDOWED for matching, as if the coach had said so.
        boolean bereaved = IntakeContext.recentlyBereaved(answers);
        if (bereaved) {
            notes.add(RECENT_BEREAVEMENT);
        }
        return new Determination(result.profile(), ProfileSource.ANSWERS, Optional.of(result.dimensions()), notes,
                Optional.of(result), loneliness, bereaved ? Set.of(Circumstance.RECENTLY_WIDOWED) : Set.of());
    }

    private static Determination withNote(Determination determined, Note note) {
        List<Note> notes = new ArrayList<>(determined.notes());
        notes.add(note);
        return new Determination(determined.profile(), determined.source(), determined.dimensions(), notes,
                determined.intake(), determined.loneliness(), determined.circumstancesFromIntake());
    }

    private Loneliness score(ScaleAnswers answers) {
        DjgForm form = Objects.requireNonNull(answers.form(), "form");
        int given = answers.answers() == null ? 0 : answers.answers().size();
        if (given != form.size()) {
            String message = "the " + form + " form has " + form.size() + " items; give one answer per item, in the"
                    + " published order (null for an item not answered), not " + given;
            throw new InvalidProfileInputException("deJongGierveld.answers: " + message,
                    new AnswerProblem("deJongGierveld.answers", message, List.of()));
        }
        return Loneliness.of(form, scale.score(form, answers.answers()));
    }

    /** Nulls are "not given"; the api leaves a field it did not receive null. */
    private static void requireExactlyOne(ProfileInput input, List<String> allowed) {
        boolean profileAllowed = allowed.contains("profile");
        int given = (input.profile() != null && profileAllowed ? 1 : 0) + (input.dimensions() != null ? 1 : 0)
                + (input.answers() != null ? 1 : 0);
        boolean profileWhereNotAllowed = input.profile() != null && !profileAllowed;
        if (given == 1 && !profileWhereNotAllowed) {
            return;
        }
        String list = String.join(", ", allowed);
        String message = given > 1 ? "give only one of " + list : "give one of " + list;
        throw new InvalidProfileInputException("Exactly one of " + list + " is required: " + message,
                new AnswerProblem(allowed.get(0), message, allowed));
    }
}
