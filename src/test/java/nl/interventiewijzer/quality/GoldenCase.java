package nl.interventiewijzer.quality;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A coach case of the golden set ({@code quality/golden/cases.json}): a story, the request, and what a senior coach
 * expects. {@code good}, {@code acceptable} and {@code mustNot} map an activity id to the basis of the expectation.
 */
record GoldenCase(String id, String profile, String story, ObjectNode request, Map<String, String> good,
                  Map<String, String> acceptable, Map<String, String> mustNot) {

    static final String RESOURCE = "/quality/golden/cases.json";

    /** Ids a coach would propose as is or accept. */
    Set<String> wanted() {
        Set<String> wanted = new LinkedHashSet<>(good.keySet());
        wanted.addAll(acceptable.keySet());
        return wanted;
    }

    Set<String> allIds() {
        Set<String> all = wanted();
        all.addAll(mustNot.keySet());
        return all;
    }

    static List<GoldenCase> load(ObjectMapper json) {
        try (InputStream in = GoldenCase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            List<GoldenCase> cases = new ArrayList<>();
            for (JsonNode node : json.readTree(in)) {
                cases.add(new GoldenCase(node.path("id").asText(), node.path("profile").asText(),
                        node.path("story").asText(), (ObjectNode) node.get("request"),
                        map(json, node.get("good")), map(json, node.get("acceptable")), map(json, node.get("mustNot"))));
            }
            return List.copyOf(cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> map(ObjectMapper json, JsonNode node) {
        return node == null ? Map.of() : json.convertValue(node, new TypeReference<LinkedHashMap<String, String>>() { });
    }
}
