package nl.interventiewijzer.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The floors the advice may not fall below ({@code quality/floors.properties}). A key is a figure name with
 * {@code .min} (the figure may not be lower) or {@code .max} (the figure may not be higher).
 */
record Floors(Map<String, Double> limits) {

    static final String RESOURCE = "/quality/floors.properties";

    static Floors load() {
        Properties properties = new Properties();
        try (InputStream in = Floors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Double> limits = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> {
            if (!key.endsWith(".min") && !key.endsWith(".max")) {
                throw new IllegalStateException(RESOURCE + ": key " + key + " must end in .min or .max");
            }
            limits.put(key, Double.valueOf(properties.getProperty(key).trim()));
        });
        return new Floors(Map.copyOf(new TreeMap<>(limits)));
    }

    /** What a check of the figures found. */
    record Verdict(List<String> broken, List<String> held, List<String> notMeasured) { }

    /** Checks every floor against the figures; a floor whose figure was not measured is listed, not broken. */
    Verdict check(Map<String, Double> figures) {
        List<String> broken = new ArrayList<>();
        List<String> held = new ArrayList<>();
        List<String> notMeasured = new ArrayList<>();
        new TreeMap<>(limits).forEach((key, limit) -> {
            boolean minimum = key.endsWith(".min");
            String figure = key.substring(0, key.length() - 4);
            Double value = figures.get(figure);
            if (value == null) {
                notMeasured.add(key);
                return;
            }
            boolean ok = minimum ? value >= limit - 1e-9 : value <= limit + 1e-9;
            String line = String.format(java.util.Locale.ROOT, "%s = %s (%s %s)", figure, Report.number(value),
                    minimum ? "floor" : "ceiling", Report.number(limit));
            (ok ? held : broken).add(line);
        });
        return new Verdict(List.copyOf(broken), List.copyOf(held), List.copyOf(notMeasured));
    }
}
