package nl.interventiewijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A client that asks to upgrade to HTTP/2 in clear text, as Java's HttpClient does by default, is answered in HTTP/1.1. */
@QuarkusTest
class NoClearTextHttp2Test {

    @TestHTTPResource("/api/v1/matches")
    URI matches;

    @Test
    void aPostFromAClientPreferringHttp2IsAnsweredInHttp11() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(matches)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"profile\": \"ACTIEVEN\", \"limit\": 3}"))
                .build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    }
}
