package nl.interventiewijzer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API on a small fixture catalogue (src/test/resources/catalogue-fixtures/located/): one national group, one
 * visiting service local to Amersfoort, one id merged into the group and one removed. So where an activity runs and
 * what became of a retired id are tested against data the test controls.
 */
@QuarkusTest
@TestProfile(LocatedCatalogueApiTest.LocatedCatalogue.class)
class LocatedCatalogueApiTest {

    public static final class LocatedCatalogue implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("interventiewijzer.catalogue.manifest", "catalogue-fixtures/located/catalogue.json");
        }
    }

    private static final String ACTIVITIES = "/api/v1/activities";
    private static final String NATIONAL_GROUP = "wandelgroep-de-buurt";
    private static final String LOCAL_VISITS = "bezoekje-aan-huis";

    @Test
    void aMergedIdIsGoneNamingTheEntryThatReplacedItAndWhy() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .when().get(ACTIVITIES + "/oude-wandelgroep")
                .then().statusCode(410)
                .contentType("application/problem+json")
                .body("status", equalTo(410))
                .body("replacedBy", equalTo(NATIONAL_GROUP))
                .body("reason", containsString("samengevoegd"))
                .body("detail", containsString("merged into '" + NATIONAL_GROUP + "'"));
    }

    @Test
    void aRemovedIdIsGoneWithANullReplacementAndTheReason() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .when().get(ACTIVITIES + "/rots-en-water")
                .then().statusCode(410)
                .contentType("application/problem+json")
                .body("$", org.hamcrest.Matchers.hasKey("replacedBy"))
                .body("replacedBy", nullValue())
                .body("reason", containsString("kinderen"));
    }

    @Test
    void anEntryShowsWhereItRunsAndHowItIsReached() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .when().get(ACTIVITIES + "/" + LOCAL_VISITS)
                .then().statusCode(200)
                .body("availability.scope", equalTo("LOCAL"))
                .body("availability.municipalities[0]", equalTo("Amersfoort"))
                .body("access.type", equalTo("DIRECT"));
    }

    @Test
    void filtersByAvailabilityScope() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .queryParam("availability", "LOCAL")
                .when().get(ACTIVITIES)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", containsInAnyOrder(LOCAL_VISITS));
    }

    @Test
    void aMunicipalityFindsTheNationalEntriesAndTheLocalOnesThatNameItIgnoringCase() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .queryParam("municipality", " amersfoort ")
                .when().get(ACTIVITIES)
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder(NATIONAL_GROUP, LOCAL_VISITS));
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .queryParam("municipality", "Groningen")
                .when().get(ACTIVITIES)
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder(NATIONAL_GROUP));
    }

    @Test
    void aLocalActivityIsProposedOnlyToAPersonLivingInItsMunicipality() {
        given().filter(Contract.REQUESTS_AND_RESPONSES).contentType("application/json")
                .body("""
                        {"profile": "ACTIEVEN", "person": {"municipality": "AMERSFOORT"}}""")
                .when().post("/api/v1/matches")
                .then().statusCode(200)
                .body("eligibleCount", equalTo(2))
                .body("matches.activity.id", containsInAnyOrder(NATIONAL_GROUP, LOCAL_VISITS));
        given().filter(Contract.REQUESTS_AND_RESPONSES).contentType("application/json")
                .body("""
                        {"profile": "ACTIEVEN", "person": {"municipality": "Groningen"}}""")
                .when().post("/api/v1/matches")
                .then().statusCode(200)
                .body("eligibleCount", equalTo(1))
                .body("matches.activity.id", containsInAnyOrder(NATIONAL_GROUP));
    }
}
