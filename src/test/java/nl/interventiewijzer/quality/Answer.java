package nl.interventiewijzer.quality;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A match answer in rank order. */
record Answer(String profile, List<Proposal> proposals) {

    static Answer of(JsonNode response) {
        List<Proposal> proposals = new ArrayList<>();
        response.path("matches").forEach(match -> proposals.add(Proposal.of(match)));
        return new Answer(response.path("profile").path("code").asText(), List.copyOf(proposals));
    }

    /** The first {@code n} proposals (fewer when the answer is shorter). */
    List<Proposal> top(int n) {
        return proposals.subList(0, Math.min(n, proposals.size()));
    }

    List<String> topIds(int n) {
        return top(n).stream().map(Proposal::id).toList();
    }

    Optional<Proposal> find(String id) {
        return proposals.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
