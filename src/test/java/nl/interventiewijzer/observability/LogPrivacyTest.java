package nl.interventiewijzer.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests describe vulnerable people: nothing they send may reach the logs, at any level the test profile logs, in
 * the plain format a developer sees. {@link JsonLogPrivacyTest} runs the same checks with JSON lines, as in the cluster.
 */
@QuarkusTest
class LogPrivacyTest {

    private static final String DISTINCTIVE_CIRCUMSTANCE = "INTELLECTUAL_DISABILITY";
    /** The age as it would appear in a logged body or a logged field; a bare "113" may be a timing or a port. */
    private static final Pattern DISTINCTIVE_AGE = Pattern.compile("age\\W{0,4}113\\b");
    private static final String MATCH = """
            {"profile": "HOOPVOLLEN", "person": {"age": 113, "circumstances": ["%s", "LGBTI"], "gender": "X"}}
            """.formatted(DISTINCTIVE_CIRCUMSTANCE);
    private static final String INVALID_MATCH = """
            {"profile": "HOOPVOLLEN", "person": {"age": 113, "circumstances": ["%s", "GEHEIM_WOORD_7731"]}}
            """.formatted(DISTINCTIVE_CIRCUMSTANCE);

    private CapturedLog log;

    /** Whether this run's console writes JSON lines. */
    boolean expectsJson() {
        return false;
    }

    @BeforeEach
    void captureLogs() {
        log = CapturedLog.start();
    }

    @AfterEach
    void stopCapturing() {
        log.close();
    }

    @Test
    void aMatchRequestLeavesNoTraceOfThePersonInTheLogs() {
        given().contentType(ContentType.JSON).body(MATCH).when().post("/api/v1/matches").then().statusCode(200);

        assertThat(log.lines()).noneMatch(line -> line.contains(DISTINCTIVE_CIRCUMSTANCE)
                || line.contains("LGBTI") || mentionsTheAge(line));
    }

    @Test
    void aRejectedRequestLeavesNoTraceOfThePersonInTheLogs() {
        given().contentType(ContentType.JSON).body(INVALID_MATCH).when().post("/api/v1/matches").then().statusCode(400);

        assertThat(log.lines()).noneMatch(line -> line.contains(DISTINCTIVE_CIRCUMSTANCE)
                || line.contains("GEHEIM_WOORD_7731") || mentionsTheAge(line));
    }

    @Test
    void theCaptureSeesWhatTheServiceLogsInTheConsolesFormat() throws Exception {
        java.util.logging.Logger.getLogger("nl.interventiewijzer.probe").info("probe 4242 age: 113");

        CapturedLog.Line probe = log.lines().stream().filter(line -> line.raw().contains("probe 4242")).findFirst()
                .orElseThrow();
        assertThat(probe.formatted()).contains("probe 4242");
        assertThat(mentionsTheAge(probe)).as("the age pattern finds an age in the line").isTrue();
        assertThat(probe.formatted().strip().startsWith("{")).isEqualTo(expectsJson());
        if (expectsJson()) {
            JsonNode line = new ObjectMapper().readTree(probe.formatted());
            assertThat(line.path("message").asText()).isEqualTo("probe 4242 age: 113");
            assertThat(line.path("level").asText()).isEqualTo("INFO");
        }
    }

    @Test
    void aTimingThatHappensToContainTheDigitsIsNotMistakenForTheAge() {
        CapturedLog.Line timing = new CapturedLog.Line(Level.INFO, "probe", "ready in 1130 ms on port 41130",
                log.formatter() == null ? "" : log.formatter().format(new LogRecord(Level.INFO, "ready in 1130 ms")), null);

        assertThat(mentionsTheAge(timing)).isFalse();
    }

    private static boolean mentionsTheAge(CapturedLog.Line line) {
        return DISTINCTIVE_AGE.matcher(line.raw()).find() || DISTINCTIVE_AGE.matcher(line.formatted()).find();
    }
}
