package nl.interventiewijzer.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsTest {

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("^" + Pattern.quote(series) + " ([0-9.E+-]+)$", Pattern.MULTILINE).matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0.0;
    }

    @Test
    void countsMatchesPerProfile() {
        String series = "interventiewijzer_matches_total{profile=\"OVERLEVERS\"}";
        double before = value(metrics(), series);

        given().contentType(ContentType.JSON).body("{\"profile\": \"OVERLEVERS\", \"limit\": 1}")
                .when().post("/api/v1/matches").then().statusCode(200);

        assertThat(value(metrics(), series)).isEqualTo(before + 1);
    }

    @Test
    void countsClassificationsPerProfileAndSource() {
        String series = "interventiewijzer_classifications_total{profile=\"BUITENSTAANDERS\",source=\"DIMENSIONS\"}";
        double before = value(metrics(), series);

        given().contentType(ContentType.JSON)
                .body("{\"dimensions\": {\"duration\": \"STRUCTURAL\", \"coping\": \"ACTIVE\", \"participationOriented\": false}}")
                .when().post("/api/v1/classifications").then().statusCode(200);

        assertThat(value(metrics(), series)).isEqualTo(before + 1);
    }

    @Test
    void reportsTheCatalogueSizeTaggedWithItsVersion() {
        assertThat(metrics()).containsPattern("interventiewijzer_catalogue_activities\\{version=\"[^\"]+\"} [0-9]{2,}");
    }

    @Test
    void httpMetricsUseRouteTemplatesNotRawIds() {
        given().when().get("/api/v1/activities/vier-het-leven").then().statusCode(200);

        assertThat(metrics()).contains("uri=\"/api/v1/activities/{id}\"").doesNotContain("uri=\"/api/v1/activities/vier-het-leven\"");
    }
}
