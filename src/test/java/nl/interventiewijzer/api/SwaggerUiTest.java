package nl.interventiewijzer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Swagger UI is served for trying calls in a browser, on the contract the service serves. */
@QuarkusTest
class SwaggerUiTest {

    @Test
    void swaggerUiIsServedAndReadsTheServedContract() {
        given().redirects().follow(true)
                .when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/q/openapi"));
    }
}
