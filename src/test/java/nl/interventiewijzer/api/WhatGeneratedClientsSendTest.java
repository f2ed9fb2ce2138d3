package nl.interventiewijzer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the service reads what generated clients put in a body (openapi.yaml, "Request bodies are read the way
 * generated clients write them"): empty answers and explicit nulls count as absent, empty lists as none; an object
 * given but incomplete, or a null inside a list of codes, stays an error.
 */
@QuarkusTest
class WhatGeneratedClientsSendTest {

    private static final String CLASSIFICATIONS = "/api/v1/classifications";
    private static final String MATCHES = "/api/v1/matches";
    private static final String THREATENED_PASSIVE = """
            {"duration": "THREATENED", "coping": "PASSIVE", "participationOriented": true}""";
    private static final String BEREAVED_ANSWERS = """
            {"how-long": "LESS_THAN_A_YEAR", "life-event": "PARTNER_DIED", "seeking-contact": "WAIT_FOR_OTHERS",
             "wants-more-contact": "YES"}""";
    private static final String BEREAVED_ANSWERS_WITH_SKIPPED_QUESTIONS = """
            {"how-long": "LESS_THAN_A_YEAR", "life-event": "PARTNER_DIED", "seeking-contact": "WAIT_FOR_OTHERS",
             "wants-more-contact": "YES", "take-part": null, "left-alone": null}""";

    @Test
    void classificationByDimensionsIgnoresAnEmptyAnswersObject() {
        given().filter(Contract.REQUESTS_AND_RESPONSES).contentType(ContentType.JSON)
                .body("{\"dimensions\": " + THREATENED_PASSIVE + ", \"answers\": {}}")
                .when().post(CLASSIFICATIONS)
                .then().statusCode(200)
                .body("source", equalTo("DIMENSIONS"))
                .body("profile.code", equalTo("ACHTERBLIJVERS"));
    }

    @Test
    void matchingByProfileIgnoresAnEmptyAnswersObjectAndEmptyPersonLists() {
        given().filter(Contract.REQUESTS_AND_RESPONSES).contentType(ContentType.JSON)
                .body("""
                        {"profile": "ACHTERBLIJVERS", "answers": {}, "limit": 10,
                         "person": {"age": 81, "circumstances": [], "interests": []}}""")
                .when().post(MATCHES)
                .then().statusCode(200)
                .body("profileSource", equalTo("PROFILE"))
                .body("matches", hasSize(10));
    }

    @Test
    void matchingByDimensionsIgnoresAnEmptyAnswersObject() {
        given().filter(Contract.REQUESTS_AND_RESPONSES).contentType(ContentType.JSON)
                .body("{\"dimensions\": " + THREATENED_PASSIVE + ", \"answers\": {}}")
                .when().post(MATCHES)
                .then().statusCode(200)
                .body("profileSource", equalTo("DIMENSIONS"));
    }

    @Test
    void anEmptyAnswersObjectAloneIsNoWayOfDecidingTheProfile() {
        given().filter(Contract.REQUESTS_AND_RESPONSES).contentType(ContentType.JSON)
                .body("{\"answers\": {}}")
                .when().post(CLASSIFICATIONS)
                .then().statusCode(400)
                .body("errors[0].allowed", contains("dimensions", "answers"));
    }

    @Test
    void answersThatAreAllNullCountAsNoAnswers() {
        given().filter(Contract.REQUESTS_AND_RESPONSES).contentType(ContentType.JSON)
                .body("{\"profile\": \"HOOPVOLLEN\", \"answers\": {\"how-long\": null, \"take-part\": null}}")
                .when().post(MATCHES)
                .then().statusCode(200)
                .body("profileSource", equalTo("PROFILE"));
    }

    @Test
    void aQuestionAnsweredNullIsAQuestionSkipped() {
        Map<String, Object> withSkipped = derivationOf(BEREAVED_ANSWERS_WITH_SKIPPED_QUESTIONS);
        Map<String, Object> without = derivationOf(BEREAVED_ANSWERS);

        assertThat(withSkipped).isNotEmpty().isEqualTo(without);
    }

    @Test
    void explicitNullsForEveryOptionalFieldAreTheSameAsLeavingThemOut() {
        List<String> withNulls = matchedIds("""
                {"profile": "AFHANKELIJKEN", "dimensions": null, "answers": null, "deJongGierveld": null,
                 "limit": null, "person": {"age": null, "gender": null, "circumstances": null, "mobility": null,
                 "interests": null, "digitalSkills": null}}""");
        List<String> without = matchedIds("{\"profile\": \"AFHANKELIJKEN\"}");

        assertThat(withNulls).hasSize(10).isEqualTo(without);
    }

    @Test
    void explicitNullsInAClassificationAreTheSameAsLeavingThemOut() {
        given().filter(Contract.RESPONSES).contentType(ContentType.JSON)
                .body("{\"dimensions\": " + THREATENED_PASSIVE + ", \"answers\": null, \"deJongGierveld\": null}")
                .when().post(CLASSIFICATIONS)
                .then().statusCode(200)
                .body("source", equalTo("DIMENSIONS"));
    }

    @Test
    void anEmptyDimensionsObjectIsAnErrorNamingTheMissingFields() {
        given().filter(Contract.RESPONSES).contentType(ContentType.JSON)
                .body("{\"dimensions\": {}}")
                .when().post(CLASSIFICATIONS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("dimensions.duration", "dimensions.coping",
                        "dimensions.participationOriented"));
    }

    @Test
    void aNullInsideAListOfCircumstancesIsAnError() {
        given().filter(Contract.RESPONSES).contentType(ContentType.JSON)
                .body("{\"profile\": \"ACTIEVEN\", \"person\": {\"circumstances\": [\"LIVES_ALONE\", null]}}")
                .when().post(MATCHES)
                .then().statusCode(400)
                .body("errors.field", hasItem(startsWith("person.circumstances")));
    }

    private static Map<String, Object> derivationOf(String answers) {
        return given().filter(Contract.REQUESTS_AND_RESPONSES).contentType(ContentType.JSON)
                .body("{\"answers\": " + answers + "}")
                .when().post(CLASSIFICATIONS)
                .then().statusCode(200)
                .extract().jsonPath().getMap("derivation");
    }

    private static List<String> matchedIds(String body) {
        return given().filter(Contract.RESPONSES).contentType(ContentType.JSON)
                .body(body)
                .when().post(MATCHES)
                .then().statusCode(200)
                .extract().jsonPath().getList("matches.activity.id", String.class);
    }
}
