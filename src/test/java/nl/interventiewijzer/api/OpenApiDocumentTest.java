package nl.interventiewijzer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theServedContractIsTheRepositorysOpenapiYaml() throws IOException {
        JsonNode file = new ObjectMapper(new YAMLFactory()).readTree(Contract.SPECIFICATION.toFile());
        String served = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();

        assertThat(new ObjectMapper().readTree(served)).isEqualTo(file);
    }

    @Test
    void theContractIsOpenApiThreeZero() throws IOException {
        JsonNode file = new ObjectMapper(new YAMLFactory()).readTree(Contract.SPECIFICATION.toFile());

        assertThat(file.path("openapi").asText()).startsWith("3.0.");
    }
}
