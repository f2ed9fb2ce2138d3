package nl.interventiewijzer.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests describe vulnerable people: nothing they send may reach the logs, at any level the test profile logs. */
@QuarkusTest
class LogPrivacyTest {

    private static final String DISTINCTIVE_CIRCUMSTANCE = "INTELLECTUAL_DISABILITY";
    private static final String DISTINCTIVE_AGE = "\"age\": 113";
    private static final String MATCH = """
            {"profile": "HOOPVOLLEN", "person": {"age": 113, "circumstances": ["%s", "LGBTI"], "gender": "X"}}
            """.formatted(DISTINCTIVE_CIRCUMSTANCE);
    private static final String INVALID_MATCH = """
            {"profile": "HOOPVOLLEN", "person": {"age": 113, "circumstances": ["%s", "GEHEIM_WOORD_7731"]}}
            """.formatted(DISTINCTIVE_CIRCUMSTANCE);

    private final List<String> captured = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            captured.add(record.getLoggerName() + " " + record.getMessage() + " " + java.util.Arrays.toString(record.getParameters())
                    + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void aMatchRequestLeavesNoTraceOfThePersonInTheLogs() {
        given().contentType(ContentType.JSON).body(MATCH).when().post("/api/v1/matches").then().statusCode(200);

        assertThat(captured).noneMatch(line -> line.contains(DISTINCTIVE_CIRCUMSTANCE) || line.contains("113")
                || line.contains("LGBTI"));
    }

    @Test
    void aRejectedRequestLeavesNoTraceOfThePersonInTheLogs() {
        given().contentType(ContentType.JSON).body(INVALID_MATCH).when().post("/api/v1/matches").then().statusCode(400);

        assertThat(captured).noneMatch(line -> line.contains(DISTINCTIVE_CIRCUMSTANCE) || line.contains("GEHEIM_WOORD_7731")
                || line.contains(DISTINCTIVE_AGE));
    }

    @Test
    void theCaptureSeesWhatTheServiceLogs() {
        Logger.getLogger("nl.interventiewijzer.probe").info("probe 4242");

        assertThat(captured).anyMatch(line -> line.contains("probe 4242"));
    }
}
