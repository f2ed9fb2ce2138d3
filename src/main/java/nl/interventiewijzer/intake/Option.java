package nl.interventiewijzer.intake;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import nl.interventiewijzer.profile.LocalizedText;

/**
 * One answer to an intake question: a stable code, its text, the points it gives and what those points rest on.
 * Validation happens in {@link Questionnaire}, so a broken file is reported with the item it belongs to.
 */
public record Option(String code, LocalizedText text, Map<Category, Integer> points, String basis) {

    public Option {
        EnumMap<Category, Integer> copy = new EnumMap<>(Category.class);
        if (points != null) {
            copy.putAll(points);
        }
        points = Collections.unmodifiableMap(copy);
    }

    public int points(Category category) {
        Integer value = points.get(category);
        return value == null ? 0 : value;
    }
}
