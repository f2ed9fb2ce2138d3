package nl.interventiewijzer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.interventiewijzer.localoffer.store.WithLocalOffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@TestProfile(WithLocalOffer.class)
class MatchLocalOfferTest {

    @Inject
    LocalServiceJson localServiceViews;

    private static String request(String profile, int age, String municipality) {
        return """
                {"profile": "%s", "limit": 50, "person": {"age": %d, "municipality": "%s"}}
                """.formatted(profile, age, municipality);
    }

    @Test
    void aCatalogueProposalCarriesTheRealThingNearThePerson() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body(request("ACHTERBLIJVERS", 78, "Oostervoort"))
                .when().post("/api/v1/matches")
                .then().statusCode(200)
                .body("matches.find { it.activity?.id == 'vier-het-leven' }.localServices.name",
                        contains("Vier het Leven Oostervoort"))
                .body("matches.find { it.activity?.id == 'vier-het-leven' }.localServices[0].address.street",
                        equalTo("Dorpsstraat 1"))
                .body("matches.find { it.activity?.id == 'vier-het-leven' }.localServices[0].schedule",
                        contains("Elke eerste donderdag van de maand, 14:00-16:30"))
                .body("matches.find { it.activity?.id == 'vier-het-leven' }.localServices[0].contact.phones",
                        contains("0599-123456"))
                .body("matches.find { it.activity?.id == 'vier-het-leven' }.localServices[0].howToApply",
                        equalTo("Bel het servicepunt."));
    }

    @Test
    void aServiceShownAgainIsWrittenFromTheViewKeptTheFirstTime() {
        String first = given().contentType(ContentType.JSON).body(request("AFHANKELIJKEN", 80, "Oostervoort"))
                .when().post("/api/v1/matches").then().statusCode(200).extract().asString();
        int kept = localServiceViews.kept();

        String again = given().contentType(ContentType.JSON).body(request("AFHANKELIJKEN", 80, "Oostervoort"))
                .when().post("/api/v1/matches").then().statusCode(200).extract().asString();

        assertThat(kept).isPositive();
        assertThat(localServiceViews.kept()).isEqualTo(kept);
        assertThat(again).isEqualTo(first).contains("Bezoekdienst Oostervoort");
    }

    @Test
    void aLocalServiceWithoutCatalogueLinkIsProposedAndSaysItIsLocal() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body(request("AFHANKELIJKEN", 80, "Oostervoort"))
                .when().post("/api/v1/matches")
                .then().statusCode(200)
                .body("matches.find { it.local }.localService.name", equalTo("Bezoekdienst Oostervoort"))
                .body("matches.find { it.local }.activity", equalTo(null))
                .body("matches.find { it.local }.reasons.code", hasItem("LOCAL_OFFER"));
    }

    @Test
    void anotherMunicipalityNeverSeesOostervoortsServices() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body(request("AFHANKELIJKEN", 80, "Westerbroek"))
                .when().post("/api/v1/matches")
                .then().statusCode(200)
                .body("matches.local", everyItem(equalTo(false)))
                .body("matches.localServices.flatten().name", not(hasItem("Vier het Leven Oostervoort")))
                .body("matches.localServices.flatten().name", everyItem(equalTo("Vier het Leven Westerbroek")));
    }

    @Test
    void withoutAMunicipalityNoLocalServiceAppears() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body("{\"profile\": \"AFHANKELIJKEN\", \"limit\": 50}")
                .when().post("/api/v1/matches")
                .then().statusCode(200)
                .body("matches.localServices.flatten()", empty())
                .body("matches.local", everyItem(equalTo(false)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "12345", "<script>", "Oostervoort; DROP TABLE", "x"})
    void aBlankOrAbsurdMunicipalityIsA400Problem(String municipality) {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON)
                .body("{\"profile\": \"ACTIEVEN\", \"person\": {\"municipality\": \"" + municipality + "\"}}")
                .when().post("/api/v1/matches")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("person.municipality"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'s-Hertogenbosch", "Súdwest-Fryslân", "Bergen (NH.)", "Den Haag"})
    void realCbsNamesAreAccepted(String municipality) {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON)
                .body("{\"profile\": \"ACTIEVEN\", \"person\": {\"municipality\": \"" + municipality + "\"}}")
                .when().post("/api/v1/matches")
                .then().statusCode(200);
    }
}
