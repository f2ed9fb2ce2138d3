package nl.interventiewijzer.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.interventiewijzer.api.problem.FieldError;
import nl.interventiewijzer.api.problem.InvalidRequestException;
import nl.interventiewijzer.intake.AnswerProblem;
import nl.interventiewijzer.intake.DeJongGierveld;
import nl.interventiewijzer.intake.IntakeContext;
import nl.interventiewijzer.intake.IntakeResult;
import nl.interventiewijzer.intake.InvalidAnswersException;
import nl.interventiewijzer.intake.LonelinessScore;
import nl.interventiewijzer.matching.LonelinessContext;
import nl.interventiewijzer.observability.DomainMetrics;
import nl.interventiewijzer.profile.Classification;
import nl.interventiewijzer.profile.Classifier;
import nl.interventiewijzer.profile.Dimensions;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.Note;
import nl.interventiewijzer.profile.Profile;

/**
 * Turns what a request gives (a profile code, the three dimensions, or intake answers; plus an optional loneliness
 * scale) into a profile with everything that came with it. Shared by classification and matching, so both read a
 * request the same way.
 */
final class ProfileDetermination {

    static final Note RECENT_BEREAVEMENT = new Note("RECENT_BEREAVEMENT_FROM_INTAKE", "Uit de intake: de partner is"
            + " overleden, korter dan een jaar geleden. De voorstellen houden daar rekening mee.");
    static final Note NOT_A_DIAGNOSIS = new Note("LONELINESS_SCALE", "De eenzaamheidsschaal is een meetinstrument voor"
            + " survey-onderzoek, geen diagnose; de score weegt mee in de voorstellen maar bepaalt het profiel niet.");

    record Determined(Profile profile, DomainMetrics.Source source, Dimensions dimensions, Duration duration,
            List<Note> notes, DerivationView derivation, LonelinessView loneliness, LonelinessContext lonelinessContext,
            boolean recentlyBereaved, IntakeContext intakeContext) {

        Determined withLoneliness(LonelinessView view, LonelinessContext context) {
            return new Determined(profile, source, dimensions, duration, notes, derivation, view, context, recentlyBereaved,
                    intakeContext);
        }
    }

    private final Advisor advisor;

    ProfileDetermination(Advisor advisor) {
        this.advisor = advisor;
    }

    Determined determine(Profile profile, DimensionsInput dimensions, Map<String, String> answers,
            DeJongGierveldInput scale, boolean profileAllowed) {
        requireExactlyOne(profile, dimensions, answers, profileAllowed);
        LonelinessScore score = scale == null ? null : score(scale);
        List<Note> notes = new ArrayList<>();
        Determined partial;
        if (profile != null) {
            partial = new Determined(profile, DomainMetrics.Source.PROFILE, null, null, notes, null, null, null, false,
                    IntakeContext.NONE);
        } else if (dimensions != null) {
            Classification classification = advisor.classifier().classify(dimensions.toDimensions());
            notes.addAll(classification.notes());
            partial = new Determined(classification.profile(), DomainMetrics.Source.DIMENSIONS, classification.dimensions(),
                    dimensions.duration(), notes, null, null, null, false, IntakeContext.NONE);
        } else {
            partial = fromAnswers(answers, notes);
        }
        if (score == null) {
            return partial;
        }
        notes.add(NOT_A_DIAGNOSIS);
        return partial.withLoneliness(LonelinessView.of(scale.form(), score),
                new LonelinessContext(IntakeContext.emotionallyLonely(scale.form(), score),
                        IntakeContext.sociallyLonely(scale.form(), score)));
    }

    private Determined fromAnswers(Map<String, String> answers, List<Note> notes) {
        IntakeResult result;
        try {
            result = advisor.intakeScorer().score(answers);
        } catch (InvalidAnswersException e) {
            throw new InvalidRequestException(describe(e.problems()), e.problems().stream().map(ProfileDetermination::toFieldError).toList());
        }
        notes.addAll(Classifier.notesFor(result.dimensions().duration()));
        boolean bereaved = IntakeContext.recentlyBereaved(answers);
        if (bereaved) {
            notes.add(RECENT_BEREAVEMENT);
        }
        return new Determined(result.profile(), DomainMetrics.Source.ANSWERS, result.dimensions(),
                result.dimensions().duration(), notes, DerivationView.of(result), null, null, bereaved, result.context());
    }

    private static String describe(List<AnswerProblem> problems) {
        return problems.size() == 1 ? problems.get(0).field() + ": " + problems.get(0).message()
                : problems.size() + " answers are not valid";
    }

    private static FieldError toFieldError(AnswerProblem problem) {
        return new FieldError(problem.field(), problem.message(), problem.allowed().isEmpty() ? null : problem.allowed());
    }

    private static LonelinessScore score(DeJongGierveldInput scale) {
        int expected = scale.form().size();
        if (scale.answers().size() != expected) {
            throw new InvalidRequestException(new FieldError("deJongGierveld.answers", "the " + scale.form()
                    + " form has " + expected + " items; give one answer per item, in the published order (null for an"
                    + " item not answered), not " + scale.answers().size()));
        }
        return new DeJongGierveld().score(scale.form(), scale.answers());
    }

    private static void requireExactlyOne(Profile profile, DimensionsInput dimensions, Map<String, String> answers,
            boolean profileAllowed) {
        int given = (profile != null ? 1 : 0) + (dimensions != null ? 1 : 0) + (answers != null ? 1 : 0);
        if (given == 1) {
            return;
        }
        List<String> allowed = profileAllowed ? List.of("profile", "dimensions", "answers") : List.of("dimensions", "answers");
        String message = given == 0 ? "give one of " + String.join(", ", allowed) : "give only one of " + String.join(", ", allowed);
        throw new InvalidRequestException("Exactly one of " + String.join(", ", allowed) + " is required: " + message,
                List.of(new FieldError(profileAllowed ? "profile" : "dimensions", message, allowed)));
    }
}
