package nl.interventiewijzer.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.interventiewijzer.intake.Category.Side;
import nl.interventiewijzer.profile.Coping;
import nl.interventiewijzer.profile.Dimensions;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.Profile;

/**
 * Turns intake answers (item id to option code) into the three dimensions and a profile (Machielse, 2011;
 * Handreiking Bijlage 1), and the context answers into the person context matching uses. The rules, so a welfare
 * professional can check them:
 *
 * 1. Every answer gives the points its option lists. Per dimension, the points of each side are added up: for
 *    duration the situational half (THREATENED + SITUATIONAL) against the structural half (STRUCTURAL +
 *    STRUCTURAL_COMPLEX); for coping ACTIVE against PASSIVE; for participation ORIENTED against NOT_ORIENTED. The side
 *    with more points wins.
 * 2. Duration also needs its four-way category. In the situational half THREATENED wins over SITUATIONAL only with
 *    more points. In the structural half STRUCTURAL_COMPLEX needs more than points: worries in more than one other
 *    life domain, or a psychiatric or an addiction problem ({@link Complexity}); one worry, however many points, stays
 *    STRUCTURAL. The plain category is the default because the special ones add advice (prevention, professional care)
 *    that needs evidence of its own.
 * 3. Confidence = margin between the sides / all points of the dimension (0..1). For duration that is the margin
 *    between the halves, since only the half changes the profile. It measures how one-sided the answers are, not
 *    how many were given; decidedBy shows that.
 * 4. A dimension is uncertain below a confidence of 1/3, that is when the winning side has less than twice the
 *    points of the other side. Each uncertain dimension yields a neighbour: the profile with that dimension flipped
 *    (for duration the other half, its category chosen by rule 2).
 * 5. The overall confidence is the lowest of the three: the profile is only as sure as its weakest dimension.
 * 6. A tie is advice too: a complete, honest set of answers always gives a profile. A dimension whose sides weigh
 *    the same takes its plain side, with confidence 0, uncertain, and the other side as its neighbour, so the coach
 *    sees both profiles. The plain side is side B of every dimension (our interpretation, to be reviewed):
 *    - participation: not oriented. Bijlage 1 names that column "niet (duidelijk) gericht op sociale participatie";
 *      answers that point both ways are, by that definition, not clearly oriented.
 *    - coping: passive. Support that comes to a person (a visit, a buddy, someone who collects you) also reaches
 *      an active person; an invitation to go and join something does not reach a passive one.
 *    - duration: the structural half, as STRUCTURAL (complex only by rule 2). Longer, steadier support does little
 *      harm to someone whose loneliness is recent; a light push suited to a recent loss fails someone isolated for
 *      years, and Bijlage 1 notes that most existing activities already serve the Actieven.
 * 7. A dimension without any answered item is not guessed: the answers are rejected with InvalidAnswersException
 *    naming that dimension's items, so the coach asks one more question. That set is incomplete, not a tie.
 * 8. Context answers give no points. A single-choice answer is one of its option codes; interests are one or more
 *    theme codes separated by commas; the municipality is free text of at most
 *    {@value QuestionnaireValidator#MAX_TEXT_ANSWER} characters. The context read from them is in
 *    {@link IntakeResult#context()}.
 */
public final class IntakeScorer {

    public static final double UNCERTAIN_BELOW = 1.0 / 3.0;

    private final Questionnaire questionnaire;

    public IntakeScorer(Questionnaire questionnaire) {
        this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /**
     * @param answers question id to answer code (or, for a context question, codes or text); unanswered questions are
     *                simply left out
     * @throws InvalidAnswersException listing every unknown id, code or unusable text, or every dimension without an
     *                                 answered question
     */
    public IntakeResult score(Map<String, String> answers) {
        Objects.requireNonNull(answers, "answers");
        Map<String, Option> chosen = new HashMap<>();
        Map<ContextField, List<String>> context = new EnumMap<>(ContextField.class);
        resolve(answers, chosen, context);
        Map<Dimension, Tally> tallies = tally(chosen);
        requireAnswered(tallies);
        Tally durationTally = tallies.get(Dimension.DURATION);
        Tally copingTally = tallies.get(Dimension.COPING);
        Tally participationTally = tallies.get(Dimension.PARTICIPATION);

        DimensionFinding<Duration> duration = finding(durationIn(durationTally.winner(), durationTally), durationTally);
        DimensionFinding<Coping> coping = finding(coping(copingTally.winner()), copingTally);
        DimensionFinding<Boolean> participation = finding(participationTally.winner() == Side.A, participationTally);
        Dimensions dimensions = new Dimensions(duration.value(), coping.value(), participation.value());

        List<Neighbour> neighbours = new ArrayList<>();
        if (duration.uncertain()) {
            Duration flipped = durationIn(durationTally.winner().other(), durationTally);
            neighbours.add(neighbour(Dimension.DURATION, new Dimensions(flipped, coping.value(), participation.value())));
        }
        if (coping.uncertain()) {
            Coping flipped = coping(copingTally.winner().other());
            neighbours.add(neighbour(Dimension.COPING, new Dimensions(duration.value(), flipped, participation.value())));
        }
        if (participation.uncertain()) {
            neighbours.add(neighbour(Dimension.PARTICIPATION,
                    new Dimensions(duration.value(), coping.value(), !participation.value())));
        }
        double confidence = Math.min(duration.confidence(), Math.min(coping.confidence(), participation.confidence()));
        return new IntakeResult(questionnaire.version(), duration, coping, participation, dimensions,
                Profile.of(dimensions), confidence, neighbours, IntakeContext.of(answers, context));
    }

    /** Checks every answer, in question id order, and sorts it into a scored option or a context answer. */
    private void resolve(Map<String, String> answers, Map<String, Option> chosen,
            Map<ContextField, List<String>> context) {
        List<AnswerProblem> problems = new ArrayList<>();
        List<Map.Entry<String, String>> entries = new ArrayList<>(answers.entrySet());
        entries.sort(Map.Entry.comparingByKey(Comparator.nullsFirst(Comparator.naturalOrder())));
        for (Map.Entry<String, String> entry : entries) {
            String itemId = entry.getKey();
            Optional<Item> item = Optional.ofNullable(itemId).flatMap(questionnaire::item);
            Optional<ContextItem> contextItem = Optional.ofNullable(itemId).flatMap(questionnaire::contextItem);
            if (item.isPresent()) {
                Optional<Option> option = item.get().option(entry.getValue());
                if (option.isPresent()) {
                    chosen.put(itemId, option.get());
                } else {
                    problems.add(unknownCode(itemId, entry.getValue(), item.get().optionCodes()));
                }
            } else if (contextItem.isPresent()) {
                readContext(contextItem.get(), entry.getValue(), problems).ifPresent(
                        values -> context.put(contextItem.get().field(), values));
            } else {
                problems.add(new AnswerProblem(itemId == null ? "answers" : "answers." + itemId,
                        "Unknown question id '" + itemId + "' in questionnaire " + questionnaire.version(),
                        questionnaire.answerIds()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
    }

    /** Rule 8: the codes (or the text) of one context answer, or empty with a problem added. */
    private static Optional<List<String>> readContext(ContextItem item, String value, List<AnswerProblem> problems) {
        String field = "answers." + item.id();
        if (item.answer() == ContextField.AnswerType.TEXT) {
            String text = value == null ? "" : value.strip();
            if (text.isEmpty() || text.length() > QuestionnaireValidator.MAX_TEXT_ANSWER) {
                // The text itself is not repeated: it is about the person.
                problems.add(new AnswerProblem(field, "Give a text of 1 to " + QuestionnaireValidator.MAX_TEXT_ANSWER
                        + " characters for question '" + item.id() + "', or leave the question out", List.of()));
                return Optional.empty();
            }
            return Optional.of(List.of(text));
        }
        List<String> codes = new ArrayList<>();
        for (String code : value == null ? new String[] {null} : value.split(",", -1)) {
            String trimmed = code == null ? null : code.strip();
            if (item.option(trimmed).isEmpty()) {
                problems.add(unknownCode(item.id(), trimmed, item.optionCodes()));
                return Optional.empty();
            }
            if (!codes.contains(trimmed)) {
                codes.add(trimmed);
            }
        }
        if (item.answer() == ContextField.AnswerType.ONE_CODE && codes.size() > 1) {
            problems.add(new AnswerProblem(field, "Question '" + item.id() + "' takes one answer code", item.optionCodes()));
            return Optional.empty();
        }
        return Optional.of(codes);
    }

    private static AnswerProblem unknownCode(String itemId, String code, List<String> allowed) {
        return new AnswerProblem("answers." + itemId, "Unknown answer code '" + code + "' for question '" + itemId + "'",
                allowed);
    }

    /** Adds the answers up per dimension, in questionnaire order so that decidedBy is stable. */
    private Map<Dimension, Tally> tally(Map<String, Option> chosen) {
        Map<Dimension, Tally> tallies = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            tallies.put(dimension, new Tally(dimension));
        }
        for (Item item : questionnaire.items()) {
            Option option = chosen.get(item.id());
            if (option != null) {
                tallies.get(item.dimension()).add(item, option);
            }
        }
        return tallies;
    }

    /** Rule 7: every dimension needs at least one answered question; a tie is decided by rule 6, not rejected. */
    private void requireAnswered(Map<Dimension, Tally> tallies) {
        List<AnswerProblem> problems = new ArrayList<>();
        for (Tally tally : tallies.values()) {
            if (tally.isEmpty()) {
                List<String> itemIds = questionnaire.itemIds(tally.dimension());
                problems.add(new AnswerProblem("answers", "No question about " + tally.dimension()
                        + " was answered, so it cannot be decided; answer at least one of " + itemIds, itemIds));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
    }

    private static <T> DimensionFinding<T> finding(T value, Tally tally) {
        // Integer form of confidence < 1/3, free of rounding: margin / total < 1/3.
        boolean uncertain = 3 * tally.margin() < tally.total();
        return new DimensionFinding<>(value, tally.confidence(), tally.itemsFor(tally.winner()), uncertain,
                tally.points());
    }

    /** Rule 2: the four-way category within one half of the table. */
    private static Duration durationIn(Side half, Tally tally) {
        if (half == Side.A) {
            return tally.points(Category.THREATENED) > tally.points(Category.SITUATIONAL)
                    ? Duration.THREATENED : Duration.SITUATIONAL;
        }
        return tally.complex() ? Duration.STRUCTURAL_COMPLEX : Duration.STRUCTURAL;
    }

    private static Coping coping(Side side) {
        return side == Side.A ? Coping.ACTIVE : Coping.PASSIVE;
    }

    private static Neighbour neighbour(Dimension flipped, Dimensions dimensions) {
        return new Neighbour(flipped, Profile.of(dimensions));
    }
}
