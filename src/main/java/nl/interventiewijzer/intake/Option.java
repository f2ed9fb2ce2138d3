package nl.interventiewijzer.intake;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import nl.interventiewijzer.profile.LocalizedText;

/**
 * One answer to an intake question: a stable code, its text, the points it gives, what it says about problems in
 * other life domains ({@link Complexity}; NONE for most answers) and what those rest on. Validation happens in
 * {@link Questionnaire}, so a broken file is reported with the item it belongs to.
 */
public record Option(String code, LocalizedText text, Map<Category, Integer> points, Complexity complexity,
        String basis) {

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
