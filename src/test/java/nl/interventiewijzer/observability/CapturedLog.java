package nl.interventiewijzer.observability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what the service logs while a test runs: each record's level, its raw message and parameters, its
 * exception, and the line as the console would print it (with the console's own formatter, plain text or JSON), so
 * privacy checks see both what was logged and what would reach a log collector.
 */
public final class CapturedLog extends Handler implements AutoCloseable {

    /** One captured record. */
    public record Line(Level level, String logger, String raw, String formatted, Throwable thrown) {

        public boolean contains(String text) {
            return raw.contains(text) || formatted.contains(text);
        }

        public boolean isError() {
            return level.intValue() >= Level.SEVERE.intValue();
        }
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Formatter consoleFormatter;

    private CapturedLog() {
        setLevel(Level.ALL);
        consoleFormatter = consoleFormatter();
    }

    public static CapturedLog start() {
        CapturedLog log = new CapturedLog();
        Logger.getLogger("").addHandler(log);
        return log;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The console's formatter, for the tests that check which format (plain or JSON) reaches the collector. */
    public Formatter formatter() {
        return consoleFormatter;
    }

    @Override
    public void publish(LogRecord record) {
        String raw = record.getLoggerName() + " " + record.getMessage() + " " + Arrays.toString(record.getParameters())
                + (record.getThrown() == null ? "" : " " + record.getThrown());
        String formatted = consoleFormatter == null ? "" : consoleFormatter.format(record);
        lines.add(new Line(record.getLevel(), String.valueOf(record.getLoggerName()), raw, formatted, record.getThrown()));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }

    /** The formatter of the console handler the application configured, found under Quarkus' delegating handlers. */
    private static Formatter consoleFormatter() {
        List<Handler> queue = new ArrayList<>(Arrays.asList(Logger.getLogger("").getHandlers()));
        while (!queue.isEmpty()) {
            Handler handler = queue.remove(0);
            if (handler instanceof org.jboss.logmanager.ExtHandler ext) {
                queue.addAll(Arrays.asList(ext.getHandlers()));
            }
            if (handler.getClass().getSimpleName().equals("ConsoleHandler") && handler.getFormatter() != null) {
                return handler.getFormatter();
            }
        }
        return null;
    }
}
