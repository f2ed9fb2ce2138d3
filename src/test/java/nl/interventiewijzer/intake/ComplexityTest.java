package nl.interventiewijzer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComplexityTest {

    @Test
    void nothingOrNoProblemsIsNotComplex() {
        assertThat(Complexity.isComplex(List.of())).isFalse();
        assertThat(Complexity.isComplex(List.of(Complexity.NONE, Complexity.NONE, Complexity.NONE))).isFalse();
    }

    @Test
    void oneDomainIsNotComplexButTwoAre() {
        assertThat(Complexity.isComplex(List.of(Complexity.ONE_AREA))).isFalse();
        assertThat(Complexity.isComplex(List.of(Complexity.ONE_AREA, Complexity.NONE))).isFalse();
        assertThat(Complexity.isComplex(List.of(Complexity.ONE_AREA, Complexity.ONE_AREA))).isTrue();
        assertThat(Complexity.isComplex(List.of(Complexity.SEVERAL_AREAS))).isTrue();
    }

    @Test
    void aPsychiatricOrAddictionProblemIsComplexOnItsOwn() {
        assertThat(Complexity.isComplex(List.of(Complexity.PSYCHIATRIC))).isTrue();
        assertThat(Complexity.isComplex(List.of(Complexity.NONE, Complexity.ADDICTION))).isTrue();
    }

    @Test
    void eachMarkCountsTheDomainsItReports() {
        assertThat(List.of(Complexity.values())).extracting(Complexity::areas).containsExactly(0, 1, 2, 0, 0);
        assertThat(List.of(Complexity.values())).extracting(Complexity::complexOnItsOwn)
                .containsExactly(false, false, false, true, true);
    }
}
