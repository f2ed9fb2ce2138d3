package nl.interventiewijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.interventiewijzer.observability.CapturedLog;
import org.junit.jupiter.api.Test;

/** A client that hangs up mid-answer is not a fault of ours and must not wake an operator. */
@QuarkusTest
class ClosedConnectionTest {

    private static final String LARGE_MATCH = """
            {"profile": "ACHTERBLIJVERS", "limit": 50}""";
    private static final int CONNECTIONS = 40;

    @TestHTTPResource("/")
    URL base;

    @Inject
    MeterRegistry registry;

    @Test
    void clientsThatCloseTheConnectionBeforeReadingTheAnswerLeaveNoErrorInTheLog() throws Exception {
        double matchedBefore = matched();
        try (CapturedLog log = CapturedLog.start()) {
            for (int i = 0; i < CONNECTIONS; i++) {
                sendAndHangUp();
            }
            awaitQuiet(log);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (matched() == matchedBefore && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            // The hang-ups really reached the service, which made answers for a connection already reset, and none of
            // them became an error. (Matches run on the event loop, where Vert.x drops a write to a closed connection
            // without an exception; a failed write reaching our mappers is covered by FaultLoggingTest.)
            assertThat(matched()).isGreaterThan(matchedBefore);
            assertThat(log.lines()).noneMatch(CapturedLog.Line::isError);
            assertThat(log.lines()).noneMatch(line -> line.thrown() != null && line.logger().startsWith("nl.interventiewijzer"));
        }
    }

    private double matched() {
        return registry.get("interventiewijzer.matches").tag("profile", "ACHTERBLIJVERS").counter().count();
    }

    /** Sends a request for a large answer and resets the connection at once, without reading a byte. */
    private void sendAndHangUp() throws Exception {
        byte[] body = LARGE_MATCH.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoLinger(true, 0);
            socket.setReceiveBufferSize(1024);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/matches HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Accept: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            Thread.sleep(2);
        }
    }

    /** The server answers asynchronously: wait until it has had time to try writing every answer. */
    private static void awaitQuiet(CapturedLog log) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        int seen = -1;
        while (System.nanoTime() < deadline) {
            Thread.sleep(300);
            int now = log.lines().size();
            if (now == seen) {
                return;
            }
            seen = now;
        }
    }
}
