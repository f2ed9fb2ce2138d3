package nl.interventiewijzer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Throws generated and mutated bodies at every POST endpoint: every answer must be a 200 or a 4xx problem, never a
 * 5xx. {@value #BODIES_IN_ALL} bodies in all, shared evenly by the endpoints; seeded per endpoint, so a failure names a
 * body that reproduces it. A new POST endpoint is one line in {@link #ENDPOINTS}.
 */
@QuarkusTest
class RequestFuzzTest {

    private static final long SEED = 20261128L;
    private static final int BODIES_IN_ALL = 10_000;
    private static final String[] VALID_MATCHES = {
            "{\"profile\": \"ACTIEVEN\"}",
            "{\"profile\": \"OVERLEVERS\", \"limit\": 50, \"person\": {\"age\": 0, \"mobility\": \"HOUSEBOUND\", \"digitalSkills\": false}}",
            "{\"dimensions\": {\"duration\": \"THREATENED\", \"coping\": \"PASSIVE\", \"participationOriented\": true},"
                    + " \"person\": {\"age\": 120, \"gender\": \"X\", \"circumstances\": [\"RECENTLY_WIDOWED\", \"CANCER\"],"
                    + " \"interests\": [\"NATURE\", \"FOOD\"]}, \"limit\": 1}"
    };
    private static final String[] VALID_CLASSIFICATIONS = {
            "{\"dimensions\": {\"duration\": \"STRUCTURAL_COMPLEX\", \"coping\": \"ACTIVE\", \"participationOriented\": false}}"
    };

    /** Every POST endpoint with valid bodies to mutate. */
    private static final Map<String, String[]> ENDPOINTS = new TreeMap<>(Map.of(
            "/api/v1/matches", VALID_MATCHES,
            "/api/v1/classifications", VALID_CLASSIFICATIONS));

    private static final String[] FRAGMENTS = {
            "null", "true", "-1", "0", "1e309", "99999999999999999999", "1.5", "\"\"", "\"ACTIEVEN\"", "[]", "{}",
            "[null]", "\"\\u0000\"", "\"é\u00e9🙂\"", "{\"a\":{\"b\":{\"c\":[1,[2,[3]]]}}}", "\"" + "x".repeat(500) + "\"",
            "[\"LIVES_ALONE\",\"LIVES_ALONE\"]", "-0", "\"121\"", "NaN", "{\"profile\":"
    };

    private Random random;

    static Stream<String> postEndpoints() {
        return ENDPOINTS.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("postEndpoints")
    void noGeneratedBodyCausesAServerError(String path) {
        random = new Random(SEED ^ path.hashCode());
        assertThat(serverErrors(path, ENDPOINTS.get(path), BODIES_IN_ALL / ENDPOINTS.size())).isEmpty();
    }

    private List<String> serverErrors(String path, String[] seeds, int bodies) {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < bodies; i++) {
            String body = mutate(seeds[random.nextInt(seeds.length)]);
            Response response = given().contentType(ContentType.JSON).body(body).when().post(path);
            int status = response.statusCode();
            boolean problem = response.contentType() != null && response.contentType().startsWith("application/problem+json");
            if (status >= 500 || (status >= 400 && !problem) || (status != 200 && status < 400)) {
                failures.add(status + " for " + body);
            }
        }
        return failures;
    }

    private String mutate(String seed) {
        StringBuilder body = new StringBuilder(seed);
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            switch (random.nextInt(6)) {
                case 0 -> replaceAValue(body);
                case 1 -> body.deleteCharAt(random.nextInt(body.length()));
                case 2 -> body.insert(random.nextInt(body.length() + 1), (char) (32 + random.nextInt(95)));
                case 3 -> insertField(body);
                case 4 -> body.setLength(random.nextInt(body.length() + 1));
                default -> { }
            }
            if (body.isEmpty()) {
                body.append("{}");
            }
        }
        return body.toString();
    }

    /** Swap the value after some colon for a hostile fragment: wrong types, extremes, deep nesting, odd text. */
    private void replaceAValue(StringBuilder body) {
        int colon = body.indexOf(":", random.nextInt(body.length()));
        if (colon < 0) {
            return;
        }
        int end = colon + 1;
        while (end < body.length() && ",}]".indexOf(body.charAt(end)) < 0) {
            end++;
        }
        body.replace(colon + 1, end, " " + FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
    }

    private void insertField(StringBuilder body) {
        int brace = body.indexOf("{");
        if (brace >= 0) {
            String[] names = {"profile", "dimensions", "person", "limit", "age", "answers", "unknown", ""};
            body.insert(brace + 1, "\"" + names[random.nextInt(names.length)] + "\": "
                    + FRAGMENTS[random.nextInt(FRAGMENTS.length)] + ", ");
        }
    }
}
