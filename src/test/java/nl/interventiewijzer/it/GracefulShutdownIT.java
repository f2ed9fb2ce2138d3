package nl.interventiewijzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shutdown a Kubernetes rollout relies on, on the packaged jar: on SIGTERM readiness turns DOWN at once, while
 * for the shutdown delay liveness and requests are still answered, every request accepted before the stop gets its
 * complete answer, and the process exits within the delay plus the timeout.
 */
class GracefulShutdownIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    /** The shutdown delay and timeout this test starts the jar with (application.properties has 3 s and 15 s). */
    private static final Duration DELAY = Duration.ofSeconds(3);
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Duration START_BUDGET = Duration.ofSeconds(60);
    private static final int CLIENTS = 4;
    private static final String MATCH = "{\"profile\": \"ACHTERBLIJVERS\", \"limit\": 20}";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private Process service;

    /** One match request: when it was sent relative to SIGTERM, and how it ended. */
    private record Outcome(long sentNanos, int status, boolean completeJson, String failure) {
    }

    @AfterEach
    void stopTheService() {
        if (service != null && service.isAlive()) {
            service.destroyForcibly();
        }
    }

    @Test
    void onSigtermReadinessGoesDownAtOnceWhileRequestsAreAnsweredThroughTheDelayAndTheProcessExitsInTime()
            throws Exception {
        assertThat(JAR).as("the packaged jar (run by failsafe after package)").exists();
        int port = freePort();
        String base = "http://localhost:" + port;
        service = new ProcessBuilder(javaBinary(), "-Dquarkus.http.port=" + port,
                "-Dquarkus.shutdown.delay=" + DELAY.toSeconds() + "s",
                "-Dquarkus.shutdown.timeout=" + TIMEOUT.toSeconds() + "s", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("graceful-shutdown", ".log").toFile())
                .start();
        awaitReady(base);

        List<Outcome> outcomes = new CopyOnWriteArrayList<>();
        AtomicBoolean flowing = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                while (flowing.get()) {
                    outcomes.add(match(base));
                }
            });
        }
        Thread.sleep(1000);

        long sigterm = System.nanoTime();
        service.destroy(); // SIGTERM on Linux
        int readyAfterStop = status(base + "/q/health/ready");
        long readinessSeenNanos = System.nanoTime() - sigterm;
        List<Integer> livenessDuringDelay = new ArrayList<>();
        while (System.nanoTime() - sigterm < DELAY.minusMillis(800).toNanos()) {
            livenessDuringDelay.add(status(base + "/q/health/live"));
            Thread.sleep(200);
        }
        flowing.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        boolean exited = service.waitFor(DELAY.plus(TIMEOUT).toSeconds() + 5, TimeUnit.SECONDS);

        assertThat(readyAfterStop).as("readiness right after SIGTERM").isEqualTo(503);
        assertThat(Duration.ofNanos(readinessSeenNanos)).isLessThan(DELAY);
        assertThat(livenessDuringDelay).as("liveness through the delay").isNotEmpty().containsOnly(200);
        List<Outcome> beforeStop = outcomes.stream().filter(o -> o.sentNanos() < sigterm).toList();
        List<Outcome> duringDelay = outcomes.stream()
                .filter(o -> o.sentNanos() >= sigterm && o.sentNanos() < sigterm + DELAY.minusMillis(800).toNanos())
                .toList();
        assertThat(beforeStop).as("requests sent before SIGTERM").isNotEmpty()
                .allSatisfy(o -> assertThat(o.status()).as(String.valueOf(o.failure())).isEqualTo(200))
                .allSatisfy(o -> assertThat(o.completeJson()).isTrue());
        assertThat(duringDelay).as("requests sent during the delay").isNotEmpty()
                .allSatisfy(o -> assertThat(o.status()).as(String.valueOf(o.failure())).isEqualTo(200))
                .allSatisfy(o -> assertThat(o.completeJson()).isTrue());
        assertThat(exited).as("the process exits within delay + timeout").isTrue();
    }

    private Outcome match(String base) {
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/matches"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(MATCH)).build(), HttpResponse.BodyHandlers.ofString());
            return new Outcome(sent, response.statusCode(), isCompleteMatch(response.body()), null);
        } catch (IOException | InterruptedException e) {
            return new Outcome(sent, -1, false, e.toString());
        }
    }

    private boolean isCompleteMatch(String body) {
        try {
            JsonNode answer = json.readTree(body);
            return answer.path("matches").size() == 20;
        } catch (IOException e) {
            return false;
        }
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    private void awaitReady(String base) throws InterruptedException {
        long deadline = System.nanoTime() + START_BUDGET.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("the service is still running while starting").isTrue();
            if (status(base + "/q/health/ready") == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The service did not become ready within " + START_BUDGET);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
