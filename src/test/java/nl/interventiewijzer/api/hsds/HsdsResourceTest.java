package nl.interventiewijzer.api.hsds;

import static io.restassured.RestAssured.given;
import static nl.interventiewijzer.localoffer.LocalOfferFixtures.ORGANIZATION;
import static nl.interventiewijzer.localoffer.LocalOfferFixtures.VIER_HET_LEVEN_HERE;
import static nl.interventiewijzer.localoffer.LocalOfferFixtures.VISITING_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import nl.interventiewijzer.api.Contract;
import nl.interventiewijzer.localoffer.store.WithLocalOffer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(WithLocalOffer.class)
class HsdsResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SERVICE_SCHEMA = serviceSchema();

    private static Schema serviceSchema() {
        try (InputStream in = HsdsResourceTest.class.getResourceAsStream("/hsds/service.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode get(String path) throws IOException {
        String body = given().filter(Contract.REQUESTS_AND_RESPONSES).when().get(path)
                .then().statusCode(200).extract().asString();
        return JSON.readTree(body);
    }

    @Test
    void everyServedServiceValidatesAgainstTheHsdsServiceSchema() throws IOException {
        JsonNode page = get("/hsds/services?per_page=100");

        assertThat(page.get("contents")).hasSize(5);
        for (JsonNode service : page.get("contents")) {
            assertThat(SERVICE_SCHEMA.validate(service)).as(service.get("name").asText()).isEmpty();
            JsonNode single = get("/hsds/services/" + service.get("id").asText());
            assertThat(SERVICE_SCHEMA.validate(single)).isEmpty();
            assertThat(single).isEqualTo(service);
        }
    }

    @Test
    void theSchemaCheckCatchesAServiceHsdsWouldReject() throws IOException {
        ObjectNode service = (ObjectNode) get("/hsds/services/" + VIER_HET_LEVEN_HERE);
        service.put("status", "open");
        service.remove("name");

        assertThat(SERVICE_SCHEMA.validate(service)).hasSize(2);
    }

    @Test
    void aServiceComesFullyNested() {
        given().filter(Contract.REQUESTS_AND_RESPONSES).when().get("/hsds/services/" + VIER_HET_LEVEN_HERE)
                .then().statusCode(200)
                .body("organization.id", equalTo(ORGANIZATION))
                .body("service_at_locations[0].location.addresses[0].address_1", equalTo("Dorpsstraat 1"))
                .body("schedules[0].byday", equalTo("1TH"))
                .body("service_areas.name", contains("Oostervoort"))
                .body("phones.number", contains("0599-123456"))
                .body("attributes.taxonomy_term.code", hasItem("vier-het-leven"))
                .body("minimum_age", equalTo(65));
    }

    @Test
    void servicesPageTheHsdsWay() {
        given().filter(Contract.REQUESTS_AND_RESPONSES).when().get("/hsds/services?per_page=2&page=2")
                .then().statusCode(200)
                .body("total_items", equalTo(5))
                .body("total_pages", equalTo(3))
                .body("page_number", equalTo(2))
                .body("size", equalTo(2))
                .body("first_page", equalTo(false))
                .body("last_page", equalTo(false))
                .body("empty", equalTo(false))
                .body("contents", hasSize(2));
    }

    @Test
    void servicesFilterBySearchOrganisationAndMunicipality() {
        given().filter(Contract.REQUESTS_AND_RESPONSES).when().get("/hsds/services?search=bezoek")
                .then().statusCode(200).body("contents.id", contains(VISITING_SERVICE));
        given().filter(Contract.REQUESTS_AND_RESPONSES).when().get("/hsds/services?organization_id=" + ORGANIZATION)
                .then().statusCode(200).body("total_items", equalTo(5));
        given().filter(Contract.REQUESTS_AND_RESPONSES).when().get("/hsds/services?municipality=Westerbroek")
                .then().statusCode(200).body("contents.name", contains("Vier het Leven Westerbroek"));
    }

    @Test
    void servicesFilterByTaxonomyTerm() throws IOException {
        JsonNode terms = get("/hsds/taxonomy_terms?taxonomy=interventiewijzer-kind");
        String kindTerm = terms.get("contents").get(0).get("id").asText();

        given().filter(Contract.REQUESTS_AND_RESPONSES).when().get("/hsds/services?taxonomy_term_id=" + kindTerm)
                .then().statusCode(200).body("contents.id", contains(VISITING_SERVICE));
    }

    @Test
    void organisationsAndServiceAtLocationsAreServed() throws IOException {
        given().filter(Contract.REQUESTS_AND_RESPONSES).when().get("/hsds/organizations")
                .then().statusCode(200).body("contents.id", contains(ORGANIZATION));
        given().filter(Contract.REQUESTS_AND_RESPONSES).when().get("/hsds/organizations/" + ORGANIZATION)
                .then().statusCode(200).body("name", equalTo("Welzijn Oostervoort (testdata)"));
        JsonNode sals = get("/hsds/service_at_locations");
        assertThat(sals.get("total_items").asInt()).isEqualTo(4);
        String first = sals.get("contents").get(0).get("id").asText();
        given().filter(Contract.REQUESTS_AND_RESPONSES).when().get("/hsds/service_at_locations/" + first)
                .then().statusCode(200).body("location.location_type", equalTo("physical"));
    }

    @Test
    void theRootSaysWhichHsdsAndWhichProfile() {
        given().filter(Contract.REQUESTS_AND_RESPONSES).when().get("/hsds/")
                .then().statusCode(200)
                .body("version", equalTo("3.0"))
                .body("taxonomies", hasItem("interventiewijzer-activity"));
    }

    @Test
    void anUnknownIdIsA404Problem() {
        given().filter(Contract.REQUESTS_AND_RESPONSES).when().get("/hsds/services/11111111-2222-4333-8444-555555555555")
                .then().statusCode(404).contentType("application/problem+json");
        given().filter(Contract.REQUESTS_AND_RESPONSES).when().get("/hsds/organizations/nope")
                .then().statusCode(404);
    }

    @Test
    void badPagingOrFiltersAre400Problems() {
        given().filter(Contract.RESPONSES).when().get("/hsds/services?per_page=1000")
                .then().statusCode(400).body("errors.field", everyItem(equalTo("per_page")));
        given().filter(Contract.RESPONSES).when().get("/hsds/services?page=0")
                .then().statusCode(400).body("errors.field", contains("page"));
        given().filter(Contract.RESPONSES).when().get("/hsds/services?taxonomy_term_id=abc")
                .then().statusCode(400).body("errors.field", contains("taxonomy_term_id"));
    }

    @Test
    void aSearchTextLongerThanTwoHundredCharactersIsRejectedWithItsLimit() {
        given().filter(Contract.RESPONSES).queryParam("search", "a".repeat(201)).when().get("/hsds/services")
                .then().statusCode(400).body("errors.field", contains("search"))
                .body("errors.message", contains("must be at most 200 characters"));
        given().filter(Contract.RESPONSES).queryParam("search", "a".repeat(200)).when().get("/hsds/services")
                .then().statusCode(200);
    }
}
