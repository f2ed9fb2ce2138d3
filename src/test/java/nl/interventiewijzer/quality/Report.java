package nl.interventiewijzer.quality;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The yardstick's printed report and its named figures (the names the floors refer to). */
final class Report {

    private final StringBuilder text = new StringBuilder();
    private final Map<String, Double> figures = new LinkedHashMap<>();

    Report line(String format, Object... args) {
        text.append(String.format(Locale.ROOT, format, args)).append('\n');
        return this;
    }

    /** Records a figure and prints it. */
    Report figure(String name, double value, String meaning) {
        figures.put(name, value);
        return line("  %-44s %10s   %s", name, number(value), meaning);
    }

    Map<String, Double> figures() {
        return Map.copyOf(figures);
    }

    String text() {
        return text.toString();
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.3f", value);
    }

    static double ratio(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }
}
