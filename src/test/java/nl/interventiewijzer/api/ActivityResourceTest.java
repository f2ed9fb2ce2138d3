package nl.interventiewijzer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityResourceTest {

    private static final String ACTIVITIES = "/api/v1/activities";
    private static final String VIER_HET_LEVEN = "vier-het-leven";

    @Test
    void listsTheWholeCatalogueWithItsVersion() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .when().get(ACTIVITIES)
                .then().statusCode(200)
                .body("catalogueVersion", notNullValue())
                .body("total", greaterThanOrEqualTo(80))
                .body("items", hasSize(100))
                .body("offset", equalTo(0));
    }

    @Test
    void pagesThroughTheCatalogueWithoutOverlap() {
        List<String> first = given().filter(Contract.REQUESTS_AND_RESPONSES)
                .queryParam("limit", 5).when().get(ACTIVITIES).then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .queryParam("offset", 5).queryParam("limit", 5)
                .when().get(ACTIVITIES)
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("items.id", everyItem(not(in(first))));
    }

    @Test
    void filtersByKind() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .queryParam("kind", "COMMUNITY")
                .when().get(ACTIVITIES)
                .then().statusCode(200)
                .body("items.kind", everyItem(equalTo("COMMUNITY")))
                .body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void severalValuesOfOneFilterMeanAnyOfThem() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .queryParam("kind", "COURSE", "ONE_ON_ONE")
                .when().get(ACTIVITIES)
                .then().statusCode(200)
                .body("items.kind", everyItem(is(in(List.of("COURSE", "ONE_ON_ONE")))))
                .body("items.kind", hasItem("COURSE"))
                .body("items.kind", hasItem("ONE_ON_ONE"));
    }

    @Test
    void filtersByEvidenceFindingTheTwentyOneSubstantiatedActivities() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .queryParam("evidence", "SUBSTANTIATED")
                .when().get(ACTIVITIES)
                .then().statusCode(200)
                .body("total", equalTo(21))
                .body("items.evidenceSummary.by", everyItem(notNullValue()));
    }

    @Test
    void filtersByThemeAndCombinesFiltersWithAnd() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .queryParam("theme", "CULTURE").queryParam("kind", "GROUP")
                .when().get(ACTIVITIES)
                .then().statusCode(200)
                .body("items.themes", everyItem(hasItem("CULTURE")))
                .body("items.kind", everyItem(equalTo("GROUP")))
                .body("items.id", hasItem(VIER_HET_LEVEN));
    }

    @Test
    void filtersByCircumstanceTheActivityWasMadeFor() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .queryParam("circumstance", "CANCER")
                .when().get(ACTIVITIES)
                .then().statusCode(200)
                .body("items.id", hasItem("inloophuizen-voor-mensen-met-kanker"));
    }

    @Test
    void searchesFreeTextCaseInsensitively() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .queryParam("q", "BRIDGEN")
                .when().get(ACTIVITIES)
                .then().statusCode(200)
                .body("items.id", hasItem("bridgen-denken-en-doen"));
    }

    @Test
    void filtersByProfileListingOnlyGoodFitsForIndividuals() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .queryParam("profile", "COMPENSEERDERS")
                .when().get(ACTIVITIES)
                .then().statusCode(200)
                .body("items.kind", not(hasItem("COMMUNITY")))
                .body("items.id", hasItem("grip-en-glans"))
                .body("items.id", not(hasItem("resto-vanharte")));
    }

    @Test
    void getsOneActivityByItsStableId() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .when().get(ACTIVITIES + "/" + VIER_HET_LEVEN)
                .then().statusCode(200)
                .body("name", equalTo("Vier het Leven"))
                .body("eligibility.minAge", equalTo(65))
                .body("delivery.transport", equalTo("ARRANGED"));
    }

    @Test
    void anUnknownIdIsANotFoundProblem() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .when().get(ACTIVITIES + "/bestaat-niet")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("bestaat-niet"));
    }

    @Test
    void anUnknownFilterCodeIsRejectedWithTheAllowedCodes() {
        given().filter(Contract.RESPONSES)
                .queryParam("theme", "KNITTING")
                .when().get(ACTIVITIES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("theme"))
                .body("errors[0].allowed", hasItem("NATURE"));
    }

    @Test
    void aPageSizeThatIsNotANumberIsRejected() {
        given().filter(Contract.RESPONSES)
                .queryParam("limit", "veel")
                .when().get(ACTIVITIES)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void aPageSizeAboveTheMaximumIsRejected() {
        given().filter(Contract.RESPONSES)
                .queryParam("limit", 201)
                .when().get(ACTIVITIES)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void aSearchTextAboveTheMaximumIsRejectedNamingTheQueryParameter() {
        given().filter(Contract.RESPONSES)
                .queryParam("q", "a".repeat(ActivityResource.MAX_QUERY_LENGTH + 1))
                .when().get(ACTIVITIES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", containsString(String.valueOf(ActivityResource.MAX_QUERY_LENGTH)));
    }

    @Test
    void aSearchTextOfTheMaximumLengthIsAccepted() {
        given().filter(Contract.RESPONSES)
                .queryParam("q", "a".repeat(ActivityResource.MAX_QUERY_LENGTH))
                .when().get(ACTIVITIES)
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aMunicipalityAboveTheMaximumIsRejectedNamingTheParameter() {
        given().filter(Contract.RESPONSES)
                .queryParam("municipality", "x".repeat(ActivityResource.MAX_MUNICIPALITY_LENGTH + 1))
                .when().get(ACTIVITIES)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("municipality"));
    }
}
