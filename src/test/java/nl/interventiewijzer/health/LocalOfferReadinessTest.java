package nl.interventiewijzer.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import nl.interventiewijzer.localoffer.store.WithBrokenLocalOffer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(WithBrokenLocalOffer.class)
class LocalOfferReadinessTest {

    @Test
    void aBrokenLocalOfferKeepsTheServiceFromBecomingReadyAndSaysFileRowAndProblem() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("checks.find { it.name == 'local-offer' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'local-offer' }.data.error", allOf(
                        containsString("services.csv, row 2"),
                        containsString("names no row of organizations.csv")));
    }

    @Test
    void theServiceIsStillAliveSoAnOperatorCanReadWhy() {
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
