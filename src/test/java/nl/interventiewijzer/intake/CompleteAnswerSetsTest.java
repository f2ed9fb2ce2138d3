package nl.interventiewijzer.intake;

import static nl.interventiewijzer.intake.ShippedQuestionnaire.QUESTIONNAIRE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No dead ends: every complete, honest answer set gives a profile (review 2026-12, section 7: version 2026.11.1
 * answered 17% of all complete sets with a 400). The dimensions are scored independently, so enumerating every
 * complete combination of one dimension's items, with the other two answered, covers every complete set. Options
 * that give the same points and complexity score alike (the eleven life events, the four single worries), so one
 * option per such class stands for all of them; that keeps the run short enough for mutation testing. A seeded
 * sample of whole sets, with every option, skipped questions and context answers, checks the rest.
 */
class CompleteAnswerSetsTest {

    private static final Map<Dimension, Map.Entry<String, String>> DECISIVE = Map.of(
            Dimension.DURATION, Map.entry("how-long", "LESS_THAN_A_YEAR"),
            Dimension.COPING, Map.entry("seeking-contact", "GO_WHERE_PEOPLE_ARE"),
            Dimension.PARTICIPATION, Map.entry("wants-more-contact", "YES"));

    private final IntakeScorer scorer = new IntakeScorer(QUESTIONNAIRE);

    @ParameterizedTest
    @EnumSource(Dimension.class)
    void everyCompleteCombinationOfADimensionsAnswersGivesAProfileAndATieIsShownAsUncertain(Dimension dimension) {
        List<Item> items = QUESTIONNAIRE.items(dimension).stream().map(CompleteAnswerSetsTest::onePerScoringClass)
                .toList();
        Map<String, String> answers = new HashMap<>();
        DECISIVE.forEach((other, answer) -> {
            if (other != dimension) {
                answers.put(answer.getKey(), answer.getValue());
            }
        });
        int[] chosen = new int[items.size()];
        long combinations = 0;
        long ties = 0;
        do {
            for (int i = 0; i < items.size(); i++) {
                answers.put(items.get(i).id(), items.get(i).options().get(chosen[i]).code());
            }
            IntakeResult result = scorer.score(answers);
            DimensionFinding<?> finding = finding(result, dimension);
            combinations++;
            if (finding.confidence() == 0.0) {
                ties++;
                assertThat(finding.uncertain()).isTrue();
                assertThat(result.neighbours()).extracting(Neighbour::flipped).contains(dimension);
            }
        } while (next(chosen, items));

        long expected = items.stream().mapToLong(item -> item.options().size()).reduce(1, (a, b) -> a * b);
        assertThat(combinations).isEqualTo(expected).isGreaterThan(items.size());
        assertThat(ties).as("ties among %d combinations", combinations).isPositive();
    }

    @Test
    void aSeededSampleOfWholeAnswerSetsWithSkipsAndContextAlwaysGivesAProfile() {
        Random random = new Random(20261201L);
        for (int run = 0; run < 5_000; run++) {
            Map<String, String> answers = new HashMap<>();
            for (Dimension dimension : Dimension.values()) {
                List<Item> items = new ArrayList<>(QUESTIONNAIRE.items(dimension));
                Item required = items.get(random.nextInt(items.size()));
                for (Item item : items) {
                    if (item == required || random.nextBoolean()) {
                        answers.put(item.id(), item.options().get(random.nextInt(item.options().size())).code());
                    }
                }
            }
            for (ContextItem item : QUESTIONNAIRE.context()) {
                if (random.nextBoolean()) {
                    answers.put(item.id(), item.options().isEmpty() ? "Zwolle"
                            : item.options().get(random.nextInt(item.options().size())).code());
                }
            }

            IntakeResult result = scorer.score(answers);

            assertThat(result.profile()).isNotNull();
            assertThat(result.confidence()).isBetween(0.0, 1.0);
        }
    }

    /** The item with one option per distinct (points, complexity). */
    private static Item onePerScoringClass(Item item) {
        Map<String, Option> classes = new java.util.LinkedHashMap<>();
        item.options().forEach(option -> classes.putIfAbsent(option.points() + "/" + option.complexity(), option));
        return new Item(item.id(), item.dimension(), item.text(), List.copyOf(classes.values()));
    }

    @Test
    void theScoringClassesLeaveOutOnlyOptionsThatScoreAlike() {
        Item events = onePerScoringClass(QUESTIONNAIRE.item("life-event").orElseThrow());
        Item worries = onePerScoringClass(QUESTIONNAIRE.item("other-worries").orElseThrow());

        assertThat(events.optionCodes()).containsExactly("PARTNER_DIED", "NO_EVENT");
        assertThat(worries.optionCodes()).containsExactly("NO", "MONEY", "SEVERAL");
    }

    private static DimensionFinding<?> finding(IntakeResult result, Dimension dimension) {
        return switch (dimension) {
            case DURATION -> result.duration();
            case COPING -> result.coping();
            case PARTICIPATION -> result.participation();
        };
    }

    /** Advances the odometer; false once every combination has been visited. */
    private static boolean next(int[] chosen, List<Item> items) {
        for (int i = chosen.length - 1; i >= 0; i--) {
            if (++chosen[i] < items.get(i).options().size()) {
                return true;
            }
            chosen[i] = 0;
        }
        return false;
    }
}
