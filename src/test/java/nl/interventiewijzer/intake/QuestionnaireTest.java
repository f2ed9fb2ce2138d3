package nl.interventiewijzer.intake;

import static nl.interventiewijzer.intake.ShippedQuestionnaire.QUESTIONNAIRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class QuestionnaireTest {

    /** One answer per dimension that decides it on its own. */
    private static final Map<Dimension, Map.Entry<String, String>> DECISIVE = Map.of(
            Dimension.DURATION, Map.entry("how-long", "LESS_THAN_A_YEAR"),
            Dimension.COPING, Map.entry("seeking-contact", "REACH_OUT"),
            Dimension.PARTICIPATION, Map.entry("wants-more-contact", "YES"));

    private static final int MAX_WORDS_PER_SENTENCE = 12;

    @Test
    void theShippedQuestionnaireLoadsWithItsVersion() {
        assertThat(QUESTIONNAIRE.version()).isEqualTo("2026.11.1");
    }

    @ParameterizedTest
    @EnumSource(Dimension.class)
    void everyDimensionHasAtLeastTwoQuestions(Dimension dimension) {
        assertThat(QUESTIONNAIRE.items(dimension)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theDurationQuestionsCoverHowLongLifeEventsEarlierNetworkAndOtherProblems() {
        assertThat(QUESTIONNAIRE.itemIds(Dimension.DURATION))
                .containsExactly("how-long", "life-event", "network-before", "other-worries", "mental-health");
    }

    @Test
    void everyLifeEventOfTheBriefIsAnOption() {
        assertThat(QUESTIONNAIRE.item("life-event").orElseThrow().optionCodes()).contains(
                "PARTNER_DIED", "DIVORCE", "MOVED", "ILLNESS", "RETIRED", "LOST_JOB", "BECAME_CARER");
    }

    /** Plain language for people with low literacy: short sentences in every Dutch question and answer. */
    @Test
    void everyDutchSentenceIsShort() {
        Stream<String> texts = QUESTIONNAIRE.items().stream().flatMap(item -> Stream.concat(
                Stream.of(item.text().nl()), item.options().stream().map(option -> option.text().nl())));

        texts.flatMap(text -> Arrays.stream(text.split("[.?!]")))
                .forEach(sentence -> assertThat(sentence.trim().split("\\s+"))
                        .as(sentence).hasSizeLessThanOrEqualTo(MAX_WORDS_PER_SENTENCE));
    }

    static Stream<Arguments> everyOption() {
        return QUESTIONNAIRE.items().stream()
                .flatMap(item -> item.options().stream().map(option -> Arguments.of(item.id(), option.code())));
    }

    /** Each answer, given alone for its dimension, decides that dimension: no option is dead or points nowhere. */
    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("everyOption")
    void everyOptionAnsweredAloneDecidesItsDimension(String itemId, String code) {
        Dimension dimension = QUESTIONNAIRE.item(itemId).orElseThrow().dimension();
        Map<String, String> answers = new HashMap<>();
        DECISIVE.forEach((other, answer) -> {
            if (other != dimension) {
                answers.put(answer.getKey(), answer.getValue());
            }
        });
        answers.put(itemId, code);

        IntakeResult result = new IntakeScorer(QUESTIONNAIRE).score(answers);

        DimensionFinding<?> finding = switch (dimension) {
            case DURATION -> result.duration();
            case COPING -> result.coping();
            case PARTICIPATION -> result.participation();
        };
        assertThat(finding.decidedBy()).containsExactly(itemId);
    }

    @Test
    void theMinimalDecisiveSetItselfScores() {
        Map<String, String> answers = new HashMap<>();
        DECISIVE.values().forEach(answer -> answers.put(answer.getKey(), answer.getValue()));

        assertThatCode(() -> new IntakeScorer(QUESTIONNAIRE).score(answers)).doesNotThrowAnyException();
    }
}
