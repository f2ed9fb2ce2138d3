package nl.interventiewijzer.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    /** The catalogue is stored in the embedded database just after the start; readiness waits for it. */
    static void awaitReadiness() {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (given().when().get("/q/health/ready").statusCode() != 200 && System.nanoTime() < deadline) {
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void readinessReportsTheLoadedCatalogueWithItsVersionAndSizeOnceItIsStoredAndReadBack() {
        awaitReadiness();
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("catalogue"))
                .body("checks.find { it.name == 'catalogue' }.data.version", notNullValue())
                .body("checks.find { it.name == 'catalogue' }.data.activities", greaterThanOrEqualTo(80))
                .body("checks.find { it.name == 'catalogue' }.data.stored", equalTo(true));
    }

    @Test
    void theProbePathsTheManifestsUseAreServed() {
        awaitReadiness();
        for (String probe : new String[] {"/q/health/live", "/q/health/ready", "/q/health/started"}) {
            given().when().get(probe).then().statusCode(200).body("status", equalTo("UP"));
        }
    }
}
