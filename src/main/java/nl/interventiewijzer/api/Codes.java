package nl.interventiewijzer.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.interventiewijzer.api.problem.FieldError;
import nl.interventiewijzer.api.problem.InvalidRequestException;

/**
 * Parses codes and free texts from paths and query strings, answering an unknown code with the list of allowed ones and
 * a too-long text with its limit. Public for the HSDS directory's resource ({@code api.hsds}), which checks its texts
 * the same way.
 */
public final class Codes {

    private Codes() {
    }

    static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new InvalidRequestException(new FieldError(field, "unknown code '" + shorten(value) + "'", allowed(type)));
    }

    static <E extends Enum<E>> Set<E> parseAll(String field, List<String> values, Class<E> type) {
        Set<E> parsed = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(value -> value != null && !value.isEmpty())
                    .forEach(value -> parsed.add(parse(field, value, type)));
        }
        return parsed;
    }

    static <E extends Enum<E>> List<String> allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /** Echo at most a short prefix of what the client sent, never a whole body. */
    static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    /** A whole number from a query string, within bounds; absent means the default. */
    static int integer(String field, String value, int defaultValue, int min, int max) {
        if (value == null || value.isEmpty()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range number
        }
        throw new InvalidRequestException(new FieldError(field, "must be a whole number from " + min + " to " + max));
    }

    /**
     * A free text from a query string, at most {@code max} characters; absent stays null. Checked here rather than
     * with a Bean Validation constraint, which would name the Java parameter (text) instead of the query's (q).
     */
    public static String text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidRequestException(new FieldError(field, "must be at most " + max + " characters"));
        }
        return value;
    }
}
