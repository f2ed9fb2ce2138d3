package nl.interventiewijzer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import nl.interventiewijzer.observability.CapturedLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real fault leaves one ERROR line whose id the problem answer carries, so an operator can find the line a partner
 * reports; a client that hung up leaves one DEBUG line and no stack trace.
 */
@QuarkusTest
class FaultLoggingTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aRealFaultIsOneErrorLineWithTheIdTheProblemAnswerCarries() {
        try (CapturedLog log = CapturedLog.start()) {
            Map<String, Object> problem = given().when().get("/test-only/faults/bug")
                    .then().statusCode(500)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://interventiewijzer.nl/problems/internal-error"))
                    .body("errorId", matchesPattern(UUID))
                    .body(not(containsString(FaultResource.SECRET_IN_MESSAGE)))
                    .extract().jsonPath().getMap("$");
            String errorId = (String) problem.get("errorId");

            List<CapturedLog.Line> errors = log.lines().stream().filter(CapturedLog.Line::isError).toList();
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).raw()).contains(errorId);
            assertThat(problem.get("detail").toString()).contains(errorId);
            assertThat(problem.keySet()).isSubsetOf(problemSchemaProperties());
        }
    }

    @Test
    void twoFaultsGetTwoDifferentIds() {
        String first = given().get("/test-only/faults/bug").then().statusCode(500).extract().path("errorId");
        String second = given().get("/test-only/faults/bug").then().statusCode(500).extract().path("errorId");

        assertThat(first).isNotEqualTo(second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"connection-closed", "failed-to-write"})
    void aClientThatHungUpIsOneDebugLineWithoutAStackTrace(String failure) {
        try (CapturedLog log = CapturedLog.start()) {
            given().get("/test-only/faults/" + failure).then().statusCode(500);

            assertThat(log.lines()).noneMatch(CapturedLog.Line::isError);
            List<CapturedLog.Line> ours = log.lines().stream()
                    .filter(line -> line.logger().startsWith("nl.interventiewijzer.api.problem")).toList();
            assertThat(ours).singleElement().satisfies(line -> {
                assertThat(line.level()).isEqualTo(org.jboss.logmanager.Level.DEBUG);
                assertThat(line.thrown()).isNull();
                assertThat(line.raw()).contains("closed the connection");
            });
        }
    }

    @SuppressWarnings("rawtypes")
    private static java.util.Set<String> problemSchemaProperties() {
        Map<String, Schema> properties = new OpenAPIV3Parser().read(Contract.SPECIFICATION.toString())
                .getComponents().getSchemas().get("Problem").getProperties();
        return properties.keySet();
    }
}
