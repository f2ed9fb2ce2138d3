package nl.interventiewijzer.quality;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One proposal of a match answer, as the yardstick reads it: only what the contract shows a partner. */
record Proposal(int rank, String id, double score, Integer fitPoints, List<String> reasons, List<String> checks) {

    static Proposal of(JsonNode match) {
        JsonNode fit = match.path("fit");
        return new Proposal(match.path("rank").asInt(), match.path("activity").path("id").asText(),
                match.path("score").asDouble(), fit.has("points") ? fit.get("points").asInt() : null,
                texts(match.path("reasons")), texts(match.path("checks")));
    }

    private static List<String> texts(JsonNode notes) {
        List<String> texts = new ArrayList<>();
        notes.forEach(note -> texts.add(note.path("text").asText()));
        return List.copyOf(texts);
    }
}
