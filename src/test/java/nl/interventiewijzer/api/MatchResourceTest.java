package nl.interventiewijzer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MatchResourceTest {

    private static final String MATCHES = "/api/v1/matches";
    private static final String BY_PROFILE = "{\"profile\": \"ACTIEVEN\"}";
    private static final String BY_DIMENSIONS = """
            {"dimensions": {"duration": "THREATENED", "coping": "ACTIVE", "participationOriented": true}, "limit": 5}
            """;
    private static final String FULL_REQUEST = """
            {"profile": "ACHTERBLIJVERS", "limit": 20,
             "person": {"age": 81, "gender": "FEMALE", "circumstances": ["RECENTLY_WIDOWED", "LIVES_ALONE"],
                        "mobility": "LIMITED", "interests": ["CULTURE"], "digitalSkills": false}}
            """;

    @Test
    void proposesTenActivitiesByDefaultRankedFromOne() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body(BY_PROFILE)
                .when().post(MATCHES)
                .then().statusCode(200)
                .body("profile.code", equalTo("ACTIEVEN"))
                .body("profileSource", equalTo("PROFILE"))
                .body("catalogueVersion", notNullValue())
                .body("matches", hasSize(10))
                .body("matches.rank", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
                .body("eligibleCount", greaterThanOrEqualTo(10));
    }

    @Test
    void aFullAnswerOfTenProposalsLeavesWholeWithItsLengthNotInChunks() {
        // One socket write instead of several: quarkus.rest.output-buffer-size holds it (docs/performance.md).
        String length = given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body(BY_PROFILE)
                .when().post(MATCHES)
                .then().statusCode(200)
                .header("Transfer-Encoding", nullValue())
                .extract().header("Content-Length");
        assertThat(Integer.parseInt(length)).isGreaterThan(8_192);
    }

    @Test
    void classifiesDimensionsAndSaysSo() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body(BY_DIMENSIONS)
                .when().post(MATCHES)
                .then().statusCode(200)
                .body("profile.code", equalTo("ACTIEVEN"))
                .body("profileSource", equalTo("DIMENSIONS"))
                .body("notes.code", contains("PREVENTION_FOCUS"))
                .body("matches", hasSize(5));
    }

    @Test
    void everyProposalSaysWhyWithoutNamingTheProfile() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body(FULL_REQUEST)
                .when().post(MATCHES)
                .then().statusCode(200)
                .body("matches.collect { it.reasons.size() }", everyItem(greaterThan(0)))
                .body("matches.reasons.flatten().text", everyItem(notNullValue()))
                .body("matches.reasons.flatten().text", everyItem(not(containsString("Achterblijvers"))));
    }

    @Test
    void examplesFromElsewhereComeApartFromTheProposalsAndAreFew() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON)
                .body("{\"profile\": \"ACTIEVEN\", \"person\": {\"municipality\": \"Utrecht\"}}")
                .when().post(MATCHES)
                .then().statusCode(200)
                .body("elsewhere.size()", lessThanOrEqualTo(3))
                .body("elsewhere.collect { it.checks[0].code }", everyItem(equalTo("EXAMPLE_FROM_ELSEWHERE")))
                .body("matches.checks.flatten().code", not(hasItem("EXAMPLE_FROM_ELSEWHERE")));
    }

    void theLimitBoundsTheNumberOfProposals() {
        List<Integer> ranks = given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body("{\"profile\": \"HOOPVOLLEN\", \"limit\": 3}")
                .when().post(MATCHES)
                .then().statusCode(200)
                .extract().jsonPath().getList("matches.rank", Integer.class);

        assertThat(ranks).containsExactly(1, 2, 3);
    }

    @Test
    void bothProfileAndDimensionsIsRejected() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON)
                .body("{\"profile\": \"ACTIEVEN\", \"dimensions\": {\"duration\": \"SITUATIONAL\", \"coping\": \"ACTIVE\","
                        + " \"participationOriented\": true}}")
                .when().post(MATCHES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("profile"))
                .body("errors[0].allowed", contains("profile", "dimensions", "answers"));
    }

    @Test
    void neitherProfileNorDimensionsIsRejected() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON).body("{\"person\": {\"age\": 70}}")
                .when().post(MATCHES)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("profile"));
    }

    @Test
    void anAgeOutsideZeroToOneHundredTwentyIsRejected() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON).body("{\"profile\": \"ACTIEVEN\", \"person\": {\"age\": 121}}")
                .when().post(MATCHES)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("person.age"));
    }

    @Test
    void aLimitAboveFiftyIsRejected() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON).body("{\"profile\": \"ACTIEVEN\", \"limit\": 51}")
                .when().post(MATCHES)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void aFractionalLimitIsRejectedNotRounded() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON).body("{\"profile\": \"ACTIEVEN\", \"limit\": 2.5}")
                .when().post(MATCHES)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void anUnknownCircumstanceIsRejectedWithTheAllowedCodes() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON)
                .body("{\"profile\": \"ACTIEVEN\", \"person\": {\"circumstances\": [\"LIVES_ALONE\", \"BORED\"]}}")
                .when().post(MATCHES)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("person.circumstances[1]"))
                .body("errors[0].allowed", hasItem("RECENTLY_WIDOWED"));
    }

    @Test
    void anUnknownProfileCodeIsRejectedWithTheAllowedCodes() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON).body("{\"profile\": \"EENZAMEN\"}")
                .when().post(MATCHES)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("profile"))
                .body("errors[0].allowed", hasItem("OVERLEVERS"));
    }

    @Test
    void anUnknownFieldIsRejectedRatherThanIgnored() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON).body("{\"profile\": \"ACTIEVEN\", \"persoon\": {}}")
                .when().post(MATCHES)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("persoon"))
                .body("errors[0].allowed", hasItem("person"));
    }

    @Test
    void aPersonWithNoDetailsIsTheSameAsNoPerson() {
        String withEmptyPerson = given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body("{\"profile\": \"OVERLEVERS\", \"person\": {}}")
                .post(MATCHES).then().statusCode(200).extract().asString();
        String withoutPerson = given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body("{\"profile\": \"OVERLEVERS\"}")
                .post(MATCHES).then().statusCode(200).extract().asString();

        assertThat(withEmptyPerson).isEqualTo(withoutPerson);
    }

    @Test
    void aProfileChosenByTheCoachCarriesNoDurationNotes() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body(BY_PROFILE)
                .when().post(MATCHES)
                .then().statusCode(200)
                .body("notes", empty());
    }
}
