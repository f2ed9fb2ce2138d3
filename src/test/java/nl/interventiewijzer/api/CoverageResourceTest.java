package nl.interventiewijzer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.interventiewijzer.localoffer.LocalOffer;
import nl.interventiewijzer.localoffer.store.LoadedLocalOffer;
import nl.interventiewijzer.localoffer.store.WithLocalOffer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(WithLocalOffer.class)
class CoverageResourceTest {

    private static final String COVERAGE = "/api/v1/coverage";

    @Test
    void reportsALoadedMunicipalityPerProfile() {
        given().filter(Contract.REQUESTS_AND_RESPONSES).accept(ContentType.JSON)
                .when().get(COVERAGE + "?municipality=Oostervoort")
                .then().statusCode(200)
                .body("municipality", equalTo("Oostervoort"))
                .body("localOfferings", equalTo(3))
                .body("profiles", hasSize(8))
                .body("profiles.profile", contains("ACTIEVEN", "GEBORGENEN", "ACHTERBLIJVERS", "AFHANKELIJKEN",
                        "COMPENSEERDERS", "BUITENSTAANDERS", "HOOPVOLLEN", "OVERLEVERS"));
    }

    @Inject
    LoadedLocalOffer localOffer;

    @Test
    void theETagOfACoverageReportChangesWithTheLocalOffer() {
        String etag = given().accept(ContentType.JSON)
                .when().get(COVERAGE + "?municipality=Oostervoort")
                .then().statusCode(200).extract().header("ETag");

        assertThat(localOffer.get().version()).isNotEqualTo(LocalOffer.EMPTY.version());
        assertThat(etag).endsWith("-l" + localOffer.get().version() + "\"");
    }

    @Test
    void aPostedListOfCatalogueIdsGetsTheSameReport() {
        given().filter(Contract.REQUESTS_AND_RESPONSES).accept(ContentType.JSON).contentType(ContentType.JSON)
                .body("{\"activities\": [\"vier-het-leven\", \"netwerkcoach\"]}")
                .when().post(COVERAGE)
                .then().statusCode(200)
                .body("localOfferings", equalTo(2))
                .body("profiles", hasSize(8));
    }

    @Test
    void anUnknownIdIsA400ProblemNamingItsPlace() {
        given().filter(Contract.RESPONSES).accept(ContentType.JSON).contentType(ContentType.JSON)
                .body("{\"activities\": [\"vier-het-leven\", \"bestaat-niet\"]}")
                .when().post(COVERAGE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("activities[1]"));
    }

    @Test
    void aMissingOrAbsurdMunicipalityIsA400Problem() {
        given().filter(Contract.RESPONSES).accept(ContentType.JSON).when().get(COVERAGE)
                .then().statusCode(400).body("errors[0].field", equalTo("municipality"));
        given().filter(Contract.RESPONSES).accept(ContentType.JSON).when().get(COVERAGE + "?municipality=%3Cscript%3E")
                .then().statusCode(400);
    }

    @Test
    void comesAsCsvWithOneRowPerProfileAndKind() {
        String csv = given().filter(Contract.REQUESTS_AND_RESPONSES).accept("text/csv")
                .when().get(COVERAGE + "?municipality=Oostervoort")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();

        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("profile,kind,fits_well");
        assertThat(lines).hasSize(1 + 8 * 3);
        assertThat(lines[1]).startsWith("ACTIEVEN,GROUP,");
    }

    @Test
    void comesAsAnSvgHeatMapWithTheGapsMarked() {
        String json = given().accept(ContentType.JSON).contentType(ContentType.JSON)
                .body("{\"activities\": [\"vier-het-leven\"]}").when().post(COVERAGE).then().extract().asString();
        int kindGaps = io.restassured.path.json.JsonPath.from(json).getList("gaps.findAll { it.kind != null }").size();

        String svg = given().filter(Contract.REQUESTS_AND_RESPONSES).accept("image/svg+xml").contentType(ContentType.JSON)
                .body("{\"activities\": [\"vier-het-leven\"]}")
                .when().post(COVERAGE)
                .then().statusCode(200).contentType(startsWith("image/svg+xml"))
                .body(containsString("<svg"))
                .extract().asString();

        assertThat(svg.split("class=\"gap\"", -1)).hasSize(kindGaps + 1);
        assertThat(svg.split("<rect ", -1)).hasSize(8 * 3 + 1);
    }
}
