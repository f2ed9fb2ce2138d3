package nl.interventiewijzer.api;

import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Test-only endpoints that fail the way production code can: a real fault, and the exceptions Vert.x raises when a
 * client hung up. Only the test application has them.
 */
@Path("/test-only/faults")
@Produces(MediaType.APPLICATION_JSON)
public class FaultResource {

    static final String SECRET_IN_MESSAGE = "PERSON_VALUE_4711";

    @GET
    @Path("/bug")
    public String bug() {
        throw new IllegalStateException("a bug that mentions " + SECRET_IN_MESSAGE);
    }

    @GET
    @Path("/connection-closed")
    public String connectionClosed() {
        throw new HttpClosedException("Connection was closed");
    }

    @GET
    @Path("/failed-to-write")
    public String failedToWrite() {
        throw new UncheckedIOException(new IOException("Failed to write"));
    }
}
