package nl.interventiewijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.matching.FitLevel;
import nl.interventiewijzer.profile.Note;
import org.junit.jupiter.api.Test;

class MatchViewJsonTest {

    private static final ActivityView ACTIVITY = new ActivityView("A-1", "Wandelgroep", Kind.GROUP, null, null,
            "Samen \"wandelen\" in de wijk, één keer per week.", null, null, null, null, List.of(), List.of(), null,
            null, true, false, true, null, null, List.of(), null, null, null, null, List.of());

    private static final LocalServiceView SERVICE = new LocalServiceView("f1c1c2a4-0000-4000-8000-000000000001",
            "Koffie-ochtend", null, "Welzijn Wijkerveen", new LocalServiceView.Address("Dorpsstraat 1", null, "Wijkerveen"),
            List.of("dinsdag 10:00"), null, new LocalServiceView.Contact(List.of(), null, null, null),
            List.of("Wijkerveen"));

    private static final List<Note> REASONS = List.of(new Note("FIT", "Past bij het profiel."),
            new Note("INTEREST", "Sluit aan bij de interesse in natuur."));

    private static ObjectMapper withOurSerializer() {
        ObjectMapper mapper = new ObjectMapper();
        new MatchViewJson().customize(mapper);
        return mapper;
    }

    private static void assertWrittenAsJacksonWritesTheRecord(Object value) throws Exception {
        assertThat(withOurSerializer().writeValueAsString(value)).isEqualTo(new ObjectMapper().writeValueAsString(value));
    }

    @Test
    void aCatalogueProposalIsWrittenAsJacksonWritesTheRecord() throws Exception {
        assertWrittenAsJacksonWritesTheRecord(new MatchResponse.MatchView(1, 7.25, new MatchResponse.Fit(FitLevel.GOOD, 3),
                ACTIVITY, REASONS, List.of(new Note("CHECK", "Vraag naar vervoer.")), false, null, List.of(SERVICE)));
    }

    @Test
    void aLocalServiceWithoutActivityLeavesTheActivityOutAndWritesTheService() throws Exception {
        MatchResponse.MatchView local = new MatchResponse.MatchView(2, -0.5, new MatchResponse.Fit(FitLevel.WEAK, 0),
                null, REASONS, List.of(), true, SERVICE, List.of());

        assertWrittenAsJacksonWritesTheRecord(local);
        assertThat(withOurSerializer().writeValueAsString(local)).doesNotContain("\"activity\"")
                .contains("\"localService\":{");
    }

    @Test
    void absentListsFitAndLevelAndNullSentencesAreWrittenAsNull() throws Exception {
        assertWrittenAsJacksonWritesTheRecord(new MatchResponse.MatchView(3, 0.0, null, ACTIVITY, null,
                Arrays.asList(null, new Note(null, null)), false, null, null));
        assertWrittenAsJacksonWritesTheRecord(new MatchResponse.MatchView(3, 1.0, new MatchResponse.Fit(null, 1),
                null, List.of(), List.of(), false, null, Arrays.asList(SERVICE, null)));
    }

    @Test
    void aListOfProposalsInAnAnswerIsWrittenTheSame() throws Exception {
        MatchResponse.MatchView first = new MatchResponse.MatchView(1, 9.0, new MatchResponse.Fit(FitLevel.PARTIAL, 2),
                ACTIVITY, REASONS, List.of(), false, null, List.of());

        assertWrittenAsJacksonWritesTheRecord(List.of(first, first));
    }
}
