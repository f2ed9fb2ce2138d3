package nl.interventiewijzer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** How the service answers requests that are broken beyond a single field: always a problem, never a 500. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String MATCHES = "/api/v1/matches";
    private static final int ONE_MIB = 1024 * 1024;

    @Test
    void malformedJsonIsAMalformedJsonProblem() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON).body("{\"profile\": \"ACTIEVEN\",")
                .when().post(MATCHES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", containsString("malformed-json"))
                .body("detail", containsString("line 1"));
    }

    @Test
    void aJsonArrayInsteadOfAnObjectIsRejected() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON).body("[]")
                .when().post(MATCHES)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("$"));
    }

    @Test
    void anEmptyBodyIsRejected() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON).body("")
                .when().post(MATCHES)
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aDuplicatedKeyIsRejectedRatherThanLastOneWins() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON).body("{\"profile\": \"ACTIEVEN\", \"profile\": \"OVERLEVERS\"}")
                .when().post(MATCHES)
                .then().statusCode(400)
                .body("detail", containsString("Duplicate field"));
    }

    @Test
    void aTextNumberIsNotTakenForANumber() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON).body("{\"profile\": \"ACTIEVEN\", \"person\": {\"age\": \"70\"}}")
                .when().post(MATCHES)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("person.age"));
    }

    @Test
    void aBodyOverOneMebibyteIsTooLarge() {
        String huge = "{\"profile\": \"ACTIEVEN\", \"padding\": \"" + "x".repeat(ONE_MIB) + "\"}";
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON).body(huge)
                .when().post(MATCHES)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.TEXT).body("profile=ACTIEVEN")
                .when().post(MATCHES)
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void aClientThatAcceptsOnlyHtmlIsToldWhatTheApiSpeaks() {
        given().filter(Contract.RESPONSES)
                .accept(ContentType.HTML)
                .when().get("/api/v1/profiles")
                .then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void anUnsupportedMethodIsAProblemToo() {
        given().when().delete("/api/v1/profiles")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void problemsNeverLeakJavaClassNames() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON).body("{\"profile\": \"ACTIEVEN\", \"person\": {\"age\": 99999999999999}}")
                .when().post(MATCHES)
                .then().statusCode(400)
                .body(not(containsString("java.")))
                .body(not(containsString("nl.interventiewijzer")))
                .body(not(containsString("Exception")));
    }

    @Test
    void responsesTellBrowsersNotToSniffContentTypes() {
        given().when().get("/api/v1/profiles")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff");
    }
}
