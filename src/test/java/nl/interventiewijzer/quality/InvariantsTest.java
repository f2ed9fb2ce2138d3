package nl.interventiewijzer.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvariantsTest {

    private static Proposal proposal(int rank, String id, double score, List<String> reasons) {
        return new Proposal(rank, id, score, 0, reasons, List.of());
    }

    private static Answer answer(double... scores) {
        List<Proposal> proposals = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            proposals.add(proposal(i + 1, "a" + i, scores[i], List.of("reason " + i)));
        }
        return new Answer("ACTIEVEN", proposals);
    }

    @Test
    void anItemRankedAboveOneScoringThreePointsMoreIsAnInversion() {
        assertThat(Invariants.hasRankInversion(answer(9, 5, 8))).isTrue();
    }

    @Test
    void smallerReorderingsAndFallingScoresAreNoInversion() {
        assertThat(Invariants.hasRankInversion(answer(9, 5, 7.9, 4))).isFalse();
        assertThat(Invariants.hasRankInversion(answer(9, 8, 7, 6, 5, 4, 3, 2, 1, 0))).isFalse();
    }

    @Test
    void inversionsBelowTheTopTenAreNotCounted() {
        assertThat(Invariants.hasRankInversion(answer(9, 9, 9, 9, 9, 9, 9, 9, 9, 1, 20))).isFalse();
    }

    @Test
    void theMostRepeatedReasonCountsEachProposalOnce() {
        List<Proposal> proposals = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            List<String> reasons = i < 5 ? List.of("same", "same", "own " + i) : List.of("own " + i);
            proposals.add(proposal(i + 1, "a" + i, 10 - i, reasons));
        }

        assertThat(Invariants.mostRepeatedReason(new Answer("ACTIEVEN", proposals))).isEqualTo(5);
    }

    @Test
    void aProfileNameInAReasonOrCheckIsFoundWhateverItsCase() {
        Proposal named = new Proposal(1, "a", 1, 0, List.of("Past bij Overlevers: iemand komt langs."),
                List.of("Voor hoopvollen vaak te zwaar."));
        Proposal plain = new Proposal(2, "b", 1, 0, List.of("Iemand komt bij u thuis."), List.of("Overleven lukt."));

        assertThat(Invariants.profileLabelTexts(new Answer("OVERLEVERS", List.of(named, plain)))).isEqualTo(2);
    }

    @Test
    void onePlaceAndOnlineOnlyAreReadFromTheCatalogue() throws Exception {
        ObjectMapper json = new ObjectMapper();
        CatalogueView v2 = CatalogueView.of("2026.12.1", List.of(
                json.readTree("{\"id\":\"town\",\"availability\":{\"scope\":\"LOCAL\",\"municipalities\":[\"Breda\"]},"
                        + "\"delivery\":{\"settings\":[\"NEIGHBOURHOOD\"]}}"),
                json.readTree("{\"id\":\"web\",\"availability\":{\"scope\":\"NATIONAL\",\"municipalities\":[]},"
                        + "\"delivery\":{\"settings\":[\"ONLINE\"]}}"),
                json.readTree("{\"id\":\"both\",\"availability\":{\"scope\":\"NATIONAL\",\"municipalities\":[]},"
                        + "\"delivery\":{\"settings\":[\"ONLINE\",\"NEIGHBOURHOOD\"]}}")), Set.of("web"));
        Answer answer = new Answer("ACTIEVEN", List.of(proposal(1, "town", 3, List.of()),
                proposal(2, "web", 2, List.of()), proposal(3, "both", 1, List.of())));

        assertThat(Invariants.onePlaceInTop5(answer, v2)).containsExactly("town");
        assertThat(v2.municipalities("town")).containsExactly("Breda");
        assertThat(Invariants.onlineOnlyInTop10(answer, v2)).containsExactly("web");
    }

    @Test
    void beforeCatalogueV2TheOnePlaceListFromTheNotesDecides() throws Exception {
        ObjectMapper json = new ObjectMapper();
        CatalogueView before = CatalogueView.of("2026.11.1", List.of(json.readTree("{\"id\":\"town\"}"),
                json.readTree("{\"id\":\"elsewhere\"}")), Set.of("town"));

        assertThat(before.hasAvailability()).isFalse();
        assertThat(before.isOnePlace("town")).isTrue();
        assertThat(before.isOnePlace("elsewhere")).isFalse();
    }
}
