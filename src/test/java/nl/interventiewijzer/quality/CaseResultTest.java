package nl.interventiewijzer.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseResultTest {

    private static final GoldenCase CASE = new GoldenCase("c", "ACTIEVEN", "story",
            JsonNodeFactory.instance.objectNode(), Map.of("g1", "b", "g2", "b"), Map.of("a1", "b"),
            Map.of("m1", "b", "m2", "b"));

    @Test
    void twoWantedActivitiesInTheTopFiveAndNoMustNotInTheTopTenIsGood() {
        CaseResult result = CaseResult.grade(CASE, List.of("x", "g1", "a1", "x", "x", "x", "x", "x", "x", "x", "m1"));

        assertThat(result.grade()).isEqualTo(Grade.GOOD);
        assertThat(result.precisionAt5()).isEqualTo(0.4);
        assertThat(result.mustNotInTop10()).isEmpty();
    }

    @Test
    void aMustNotActivityAnywhereInTheTopTenMakesAGoodTopFiveOnlyUsable() {
        CaseResult result = CaseResult.grade(CASE, List.of("g1", "g2", "x", "x", "x", "x", "x", "x", "x", "m1"));

        assertThat(result.grade()).isEqualTo(Grade.USABLE);
        assertThat(result.mustNotInTop10()).containsExactly("m1");
    }

    @Test
    void oneWantedActivityInTheTopFiveIsUsable() {
        assertThat(CaseResult.grade(CASE, List.of("x", "x", "x", "x", "a1")).grade()).isEqualTo(Grade.USABLE);
    }

    @Test
    void noWantedActivityInTheTopFiveIsPoor() {
        assertThat(CaseResult.grade(CASE, List.of("x", "x", "x", "x", "x", "g1")).grade()).isEqualTo(Grade.POOR);
    }

    @Test
    void aMustNotActivityAtTheTopIsPoorWhateverFollows() {
        assertThat(CaseResult.grade(CASE, List.of("m1", "g1", "g2", "a1", "x")).grade()).isEqualTo(Grade.POOR);
    }

    @Test
    void twoMustNotActivitiesInTheTopFiveArePoor() {
        CaseResult result = CaseResult.grade(CASE, List.of("g1", "m1", "g2", "m2", "a1"));

        assertThat(result.grade()).isEqualTo(Grade.POOR);
        assertThat(result.mustNotInTop5()).containsExactly("m1", "m2");
    }
}
