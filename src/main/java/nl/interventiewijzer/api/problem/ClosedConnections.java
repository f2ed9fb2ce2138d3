package nl.interventiewijzer.api.problem;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.Locale;

/**
 * Recognises the failures Vert.x and Netty raise when the client has gone away while we were still answering. They
 * arrive as {@code io.vertx.core.http.HttpClosedException} ("Connection was closed"), an {@code IOException} ("Failed
 * to write", "Broken pipe", "Connection reset by peer") or a {@link ClosedChannelException}, possibly wrapped.
 */
final class ClosedConnections {

    private static final List<String> CLOSED_CLASS_NAMES = List.of("io.vertx.core.http.HttpClosedException",
            "io.netty.channel.StacklessClosedChannelException");
    private static final List<String> CLOSED_MESSAGES = List.of("connection was closed", "failed to write",
            "broken pipe", "connection reset");
    private static final int MAX_DEPTH = 16;

    private ClosedConnections() {
    }

    static boolean isClosedConnection(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof ClosedChannelException || CLOSED_CLASS_NAMES.contains(cause.getClass().getName())) {
                return true;
            }
            if ((cause instanceof IOException || isVertxException(cause)) && saysClosed(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVertxException(Throwable cause) {
        return cause.getClass().getName().startsWith("io.vertx.");
    }

    private static boolean saysClosed(String message) {
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return CLOSED_MESSAGES.stream().anyMatch(lower::contains);
    }
}
