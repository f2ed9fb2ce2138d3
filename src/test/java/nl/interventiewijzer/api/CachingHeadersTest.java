package nl.interventiewijzer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CachingHeadersTest {

    private static final String ACTIVITY = "/api/v1/activities/vier-het-leven";

    private static String currentEtag() {
        return given().filter(Contract.REQUESTS_AND_RESPONSES).when().get(ACTIVITY)
                .then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
    }

    @Test
    void getAnswersCarryTheDataVersionAsETagAndMayBeCached() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .when().get("/api/v1/profiles")
                .then().statusCode(200)
                .header("ETag", equalTo(currentEtag()))
                .header("Cache-Control", equalTo("public, max-age=300"));
    }

    @Test
    void aMatchingIfNoneMatchGetsNotModifiedWithoutABody() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .header("If-None-Match", currentEtag())
                .when().get(ACTIVITY)
                .then().statusCode(304)
                .body(emptyString());
    }

    @Test
    void aStaleETagGetsTheFullAnswer() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .header("If-None-Match", "\"1999.1.1-p0-f0\"")
                .when().get(ACTIVITY)
                .then().statusCode(200)
                .body("id", equalTo("vier-het-leven"));
    }

    @Test
    void answersAboutAPersonAreNeverStoredByCaches() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body("{\"profile\": \"HOOPVOLLEN\", \"limit\": 1}")
                .when().post("/api/v1/matches")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void errorsCarryNoETag() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .when().get("/api/v1/activities/bestaat-niet")
                .then().statusCode(404)
                .header("ETag", org.hamcrest.Matchers.nullValue());
    }
}
