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

    @Test
    void readinessReportsTheLoadedCatalogueWithItsVersionAndSize() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("catalogue"))
                .body("checks.find { it.name == 'catalogue' }.data.version", notNullValue())
                .body("checks.find { it.name == 'catalogue' }.data.activities", greaterThanOrEqualTo(80));
    }

    @Test
    void theProbePathsTheManifestsUseAreServed() {
        for (String probe : new String[] {"/q/health/live", "/q/health/ready", "/q/health/started"}) {
            given().when().get(probe).then().statusCode(200).body("status", equalTo("UP"));
        }
    }
}
