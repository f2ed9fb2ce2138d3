package nl.interventiewijzer.intake;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the answers say about one dimension.
 *
 * @param value      a {@code Duration}, a {@code Coping}, or a {@code Boolean} for orientation on participation
 * @param confidence how one-sided the answers are: the margin between the two sides over all points of the
 *                   dimension, 0..1 (see {@link IntakeScorer})
 * @param decidedBy  the ids of the answered items that gave points to the winning side, in questionnaire order
 * @param uncertain  the confidence is below {@link IntakeScorer#UNCERTAIN_BELOW}: the coach should weigh the neighbour
 * @param points     the points per category of the dimension, for showing the working
 */
public record DimensionFinding<T>(
        T value, double confidence, List<String> decidedBy, boolean uncertain, Map<Category, Integer> points) {

    public DimensionFinding {
        decidedBy = List.copyOf(decidedBy);
        EnumMap<Category, Integer> copy = new EnumMap<>(Category.class);
        copy.putAll(points);
        points = Collections.unmodifiableMap(copy);
    }
}
