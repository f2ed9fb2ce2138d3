package nl.interventiewijzer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ClassificationResourceTest {

    private static final String CLASSIFICATIONS = "/api/v1/classifications";

    private static String dimensions(String duration, String coping, boolean oriented) {
        return """
                {"dimensions": {"duration": "%s", "coping": "%s", "participationOriented": %s}}
                """.formatted(duration, coping, oriented);
    }

    /** One cell proves the wiring; ClassifierTest covers every cell of the table without HTTP. */
    @ParameterizedTest(name = "{0} + {1} + oriented={2} -> {3}")
    @CsvSource({
            "STRUCTURAL, PASSIVE, true, HOOPVOLLEN"
    })
    void classifiesACellOfTheTableIntoItsProfile(String duration, String coping, boolean oriented, String profile) {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body(dimensions(duration, coping, oriented))
                .when().post(CLASSIFICATIONS)
                .then().statusCode(200)
                .body("profile.code", equalTo(profile))
                .body("dimensions.duration", equalTo(duration))
                .body("notes", empty());
    }

    @Test
    void aThreatenedSituationCountsAsSituationalWithAPreventionFocus() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body(dimensions("THREATENED", "PASSIVE", true))
                .when().post(CLASSIFICATIONS)
                .then().statusCode(200)
                .body("profile.code", equalTo("ACHTERBLIJVERS"))
                .body("notes.code", contains("PREVENTION_FOCUS"));
    }

    @Test
    void aStructurallyComplexSituationCountsAsStructuralWithProfessionalCareInView() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body(dimensions("STRUCTURAL_COMPLEX", "PASSIVE", false))
                .when().post(CLASSIFICATIONS)
                .then().statusCode(200)
                .body("profile.code", equalTo("OVERLEVERS"))
                .body("notes.code", contains("PROFESSIONAL_CARE"));
    }

    @Test
    void incompleteDimensionsAreRejectedNamingEachMissingOne() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON).body("{\"dimensions\": {\"duration\": \"SITUATIONAL\"}}")
                .when().post(CLASSIFICATIONS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("dimensions.coping", "dimensions.participationOriented"));
    }

    @Test
    void aRequestWithoutDimensionsIsRejected() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON).body("{}")
                .when().post(CLASSIFICATIONS)
                .then().statusCode(400)
                .body("errors.field", contains("dimensions"));
    }

    @Test
    void anUnknownDurationIsRejectedWithTheAllowedCodes() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON).body(dimensions("FOREVER", "ACTIVE", true))
                .when().post(CLASSIFICATIONS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("dimensions.duration"))
                .body("errors[0].allowed", hasItem("STRUCTURAL_COMPLEX"));
    }
}
