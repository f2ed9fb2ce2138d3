package nl.interventiewijzer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileResourceTest {

    private static final String PROFILES = "/api/v1/profiles";

    @Test
    void listsTheEightProfilesInTheOrderOfTheBijlageOneTable() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .when().get(PROFILES)
                .then().statusCode(200)
                .body("items.code", contains("ACTIEVEN", "GEBORGENEN", "ACHTERBLIJVERS", "AFHANKELIJKEN",
                        "COMPENSEERDERS", "BUITENSTAANDERS", "HOOPVOLLEN", "OVERLEVERS"))
                .body("items.survivalStrategy.nl", everyItem(not(emptyOrNullString())))
                .body("items.supportDirection.en", everyItem(not(emptyOrNullString())));
    }

    @Test
    void describesAProfileWithItsCellInTheTable() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .when().get(PROFILES + "/ACHTERBLIJVERS")
                .then().statusCode(200)
                .body("code", equalTo("ACHTERBLIJVERS"))
                .body("name.nl", equalTo("Achterblijvers"))
                .body("dimensions.duration", equalTo("SITUATIONAL"))
                .body("dimensions.coping", equalTo("PASSIVE"))
                .body("dimensions.participationOriented", equalTo(true))
                .body("source", not(emptyOrNullString()));
    }

    @Test
    void answersAnUnknownProfileCodeWithTheCodesThatAreAllowed() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .when().get(PROFILES + "/EENZAMEN")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].allowed", hasItem("OVERLEVERS"));
    }
}
