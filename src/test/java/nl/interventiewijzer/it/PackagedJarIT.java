package nl.interventiewijzer.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import nl.interventiewijzer.api.Contract;
import org.junit.jupiter.api.Test;

/** The packaged jar, as the image runs it: ready with its catalogue, and answering a match by the contract. */
@QuarkusIntegrationTest
class PackagedJarIT {

    @Test
    void thePackagedServiceIsReadyWithItsCatalogue() throws InterruptedException {
        // Readiness waits for the catalogue's copy in the embedded database, made just after the start.
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (given().when().get("/q/health/ready").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'catalogue' }.status", equalTo("UP"));
    }

    @Test
    void thePackagedServiceAnswersAMatchAsTheContractSays() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body("{\"profile\": \"ACHTERBLIJVERS\", \"limit\": 3}")
                .when().post("/api/v1/matches")
                .then().statusCode(200)
                .body("matches", hasSize(3));
    }
}
