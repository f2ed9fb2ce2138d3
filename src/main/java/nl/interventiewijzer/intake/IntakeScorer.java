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
 * Handreiking Bijlage 1). The rules, so a welfare professional can check them:
 *
 * 1. Every answer gives the points its option lists. Per dimension, the points of each side are added up: for
 *    duration the situational half (THREATENED + SITUATIONAL) against the structural half (STRUCTURAL +
 *    STRUCTURAL_COMPLEX); for coping ACTIVE against PASSIVE; for participation ORIENTED against NOT_ORIENTED. The side
 *    with more points wins.
 * 2. Duration also needs its four-way category. Within the winning half, THREATENED wins over SITUATIONAL and
 *    STRUCTURAL_COMPLEX over STRUCTURAL only with more points; on a tie the plain category stays, because the
 *    special ones add advice (prevention, professional care) that needs evidence of its own.
 * 3. Confidence = margin between the sides / all points of the dimension (0..1). For duration that is the margin
 *    between the halves, since only the half changes the profile. It measures how one-sided the answers are, not
 *    how many were given; decidedBy shows that.
 * 4. A dimension is uncertain below a confidence of 1/3, that is when the winning side has less than twice the
 *    points of the other side. Each uncertain dimension yields a neighbour: the profile with that dimension flipped
 *    (for duration the other half, its category chosen by rule 2).
 * 5. The overall confidence is the lowest of the three: the profile is only as sure as its weakest dimension.
 * 6. A dimension without an answered item, or with a tie between its sides, is not guessed: the answers are
 *    rejected with InvalidAnswersException naming that dimension's items, so the coach asks one more question
 *    rather than getting a coin toss presented as advice.
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
     * @param answers question id to answer code; unanswered questions are simply left out
     * @throws InvalidAnswersException listing every unknown id or code, or every dimension the answers do not decide
     */
    public IntakeResult score(Map<String, String> answers) {
        Map<Dimension, Tally> tallies = tally(resolve(answers));
        requireDecided(tallies);
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
                Profile.of(dimensions), confidence, neighbours);
    }

    private Map<String, Option> resolve(Map<String, String> answers) {
        Objects.requireNonNull(answers, "answers");
        List<AnswerProblem> problems = new ArrayList<>();
        Map<String, Option> chosen = new HashMap<>();
        List<Map.Entry<String, String>> entries = new ArrayList<>(answers.entrySet());
        entries.sort(Map.Entry.comparingByKey(Comparator.nullsFirst(Comparator.naturalOrder())));
        for (Map.Entry<String, String> entry : entries) {
            String itemId = entry.getKey();
            Optional<Item> item = Optional.ofNullable(itemId).flatMap(questionnaire::item);
            if (item.isEmpty()) {
                problems.add(new AnswerProblem(itemId == null ? "answers" : "answers." + itemId,
                        "Unknown question id '" + itemId + "' in questionnaire " + questionnaire.version(),
                        questionnaire.itemIds()));
                continue;
            }
            Optional<Option> option = item.get().option(entry.getValue());
            if (option.isEmpty()) {
                problems.add(new AnswerProblem("answers." + itemId,
                        "Unknown answer code '" + entry.getValue() + "' for question '" + itemId + "'",
                        item.get().optionCodes()));
                continue;
            }
            chosen.put(itemId, option.get());
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
        return chosen;
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

    private void requireDecided(Map<Dimension, Tally> tallies) {
        List<AnswerProblem> problems = new ArrayList<>();
        for (Tally tally : tallies.values()) {
            List<String> itemIds = questionnaire.itemIds(tally.dimension());
            if (tally.isEmpty()) {
                problems.add(new AnswerProblem("answers", "No question about " + tally.dimension()
                        + " was answered, so it cannot be decided; answer at least one of " + itemIds, itemIds));
            } else if (tally.margin() == 0) {
                problems.add(new AnswerProblem("answers", "The answers about " + tally.dimension()
                        + " weigh both sides equally (" + tally.side(Side.A) + " points each), so it cannot be"
                        + " decided; answer more of " + itemIds, itemIds));
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
        return tally.points(Category.STRUCTURAL_COMPLEX) > tally.points(Category.STRUCTURAL)
                ? Duration.STRUCTURAL_COMPLEX : Duration.STRUCTURAL;
    }

    private static Coping coping(Side side) {
        return side == Side.A ? Coping.ACTIVE : Coping.PASSIVE;
    }

    private static Neighbour neighbour(Dimension flipped, Dimensions dimensions) {
        return new Neighbour(flipped, Profile.of(dimensions));
    }
}
