package nl.interventiewijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntakeAnswersTest {

    @Test
    void noAnswersAndAnEmptyObjectAreBothNone() {
        assertThat(IntakeAnswers.givenOrNull(null)).isNull();
        assertThat(IntakeAnswers.givenOrNull(Map.of())).isNull();
    }

    @Test
    void answersThatAreAllNullAreNone() {
        Map<String, String> skipped = new HashMap<>();
        skipped.put("how-long", null);
        skipped.put("take-part", null);

        assertThat(IntakeAnswers.givenOrNull(skipped)).isNull();
    }

    @Test
    void aQuestionAnsweredNullIsLeftOutAndTheOthersKeepTheirOrder() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("wants-more-contact", "YES");
        answers.put("take-part", null);
        answers.put("how-long", "ALWAYS");

        assertThat(IntakeAnswers.givenOrNull(answers)).containsExactly(
                Map.entry("wants-more-contact", "YES"), Map.entry("how-long", "ALWAYS"));
    }

    @Test
    void answersWithoutNullsAreKeptAsGiven() {
        Map<String, String> answers = Map.of("how-long", "ALWAYS");

        assertThat(IntakeAnswers.givenOrNull(answers)).isSameAs(answers);
    }
}
