package nl.interventiewijzer.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scan's figures on the real catalogue, held to what issue 9 asks of the advice. */
class AdviceScanTest {

    private static final Matcher MATCHER = MatchingResources.matcher(AdviceScan.CATALOGUE.activities());

    @Test
    void theScanOfPersonContextsAndProfilesMeetsTheAdviceInvariants() {
        AdviceScan.Figures figures = AdviceScan.run(MATCHER);

        assertThat(figures.inversions3()).as("responses with a rank-score inversion of 3 points or more").isZero();
        assertThat(figures.nearZeroFiller()).as("responses with near-zero filler").isZero();
        assertThat(figures.profileLabels()).as("responses with a profile label in a reason").isZero();
        assertThat(figures.onlineOnlyWithoutSkills()).as("online-only proposals without digital skills").isZero();
        assertThat(figures.repeated5()).as("responses with one reason on 5 or more of 10").isZero();
    }
}
