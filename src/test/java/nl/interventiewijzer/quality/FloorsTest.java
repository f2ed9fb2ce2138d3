package nl.interventiewijzer.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FloorsTest {

    private static final Floors FLOORS = new Floors(Map.of("recall.min", 0.9, "inversions.max", 0.3,
            "retired.min", 1.0));

    @Test
    void aFigureBelowItsFloorOrAboveItsCeilingIsBroken() {
        Floors.Verdict verdict = FLOORS.check(Map.of("recall", 0.89, "inversions", 0.31));

        assertThat(verdict.broken()).hasSize(2);
        assertThat(verdict.held()).isEmpty();
    }

    @Test
    void aFigureOnItsFloorHolds() {
        Floors.Verdict verdict = FLOORS.check(Map.of("recall", 0.9, "inversions", 0.3));

        assertThat(verdict.broken()).isEmpty();
        assertThat(verdict.held()).hasSize(2);
    }

    @Test
    void aFloorWhoseFigureWasNotMeasuredIsListedNotBroken() {
        assertThat(FLOORS.check(Map.of("recall", 1.0, "inversions", 0.0)).notMeasured()).containsExactly("retired.min");
    }

    @Test
    void theShippedFloorsLoad() {
        assertThat(Floors.load().limits()).containsKey("golden.good.min").containsKey("grid.rankInversion.rate.max");
    }
}
