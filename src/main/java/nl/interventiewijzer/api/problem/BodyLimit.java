package nl.interventiewijzer.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body over the limit with a 413 problem: a declared one before reading it, one sent without a length
 * (chunked) as soon as it passes the limit. Quarkus enforces the same limit itself, but on a chunked body it answers
 * an empty 413 while the resource is already reading (and logs the failure as unhandled), so chunked bodies are read
 * here, within the limit, and handed on read.
 */
@ApplicationScoped
public class BodyLimit {

    private final long maxBytes;
    private final String tooLarge;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper mapper)
            throws JsonProcessingException {
        this.maxBytes = limit.asLongValue();
        this.tooLarge = mapper.writeValueAsString(Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body may be at most " + maxBytes + " bytes.", null));
    }

    void register(@Observes Router router) {
        // No uploads to disk: the file system is read-only in the pod, and no operation takes files.
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(maxBytes);
        router.route().order(Integer.MIN_VALUE).handler(this::check).failureHandler(this::tooLargeWhileReading);
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (isChunked(context)) {
                chunked.handle(context);
            } else {
                context.next();
            }
        });
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && exceeds(length)) {
            answerTooLarge(context);
            return;
        }
        context.next();
    }

    /** Vert.x's body handler fails the route with 413 once a chunked body passes the limit. */
    private void tooLargeWhileReading(RoutingContext context) {
        if (context.statusCode() == ProblemType.PAYLOAD_TOO_LARGE.status() && !context.response().ended()) {
            answerTooLarge(context);
            return;
        }
        context.next();
    }

    private void answerTooLarge(RoutingContext context) {
        context.response().setStatusCode(ProblemType.PAYLOAD_TOO_LARGE.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .putHeader("X-Content-Type-Options", "nosniff")
                .end(tooLarge);
    }

    private static boolean isChunked(RoutingContext context) {
        String encoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        return context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null && encoding != null
                && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private boolean exceeds(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
