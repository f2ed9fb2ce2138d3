package nl.interventiewijzer.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A body over the limit sent without a Content-Length (chunked, as a streaming client sends it) gets the same 413
 * problem as one that declares its length.
 */
@QuarkusTest
class ChunkedBodyLimitTest {

    private static final int ONE_MIB = 1024 * 1024;

    @TestHTTPResource("/api/v1/matches")
    URI matches;

    @Test
    void aChunkedBodyOverOneMebibyteIsAPayloadTooLargeProblem() throws IOException, InterruptedException {
        byte[] huge = ("{\"profile\": \"ACTIEVEN\", \"padding\": \"" + "x".repeat(2 * ONE_MIB) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(matches)
                .header("Content-Type", "application/json")
                // ofInputStream has no known length: the client sends Transfer-Encoding: chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(response.body()).contains("\"status\":413", "payload-too-large", String.valueOf(ONE_MIB));
    }

    @Test
    void aChunkedBodyUnderTheLimitIsServed() throws IOException, InterruptedException {
        byte[] small = "{\"profile\": \"ACTIEVEN\", \"limit\": 3}".getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(matches)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small)))
                .build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
    }
}
