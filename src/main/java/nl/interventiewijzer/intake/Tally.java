package nl.interventiewijzer.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.interventiewijzer.intake.Category.Side;

/** The points the answered items give one dimension, and which items gave them. */
final class Tally {

    private record Contribution(String itemId, Option option) {
    }

    private final Dimension dimension;
    private final List<Contribution> contributions = new ArrayList<>();

    Tally(Dimension dimension) {
        this.dimension = dimension;
    }

    void add(Item item, Option option) {
        contributions.add(new Contribution(item.id(), option));
    }

    Dimension dimension() {
        return dimension;
    }

    boolean isEmpty() {
        return contributions.isEmpty();
    }

    int points(Category category) {
        return contributions.stream().mapToInt(contribution -> contribution.option().points(category)).sum();
    }

    Map<Category, Integer> points() {
        Map<Category, Integer> points = new EnumMap<>(Category.class);
        Category.of(dimension).forEach(category -> points.put(category, points(category)));
        return Collections.unmodifiableMap(points);
    }

    int side(Side side) {
        return Category.of(dimension).stream().filter(category -> category.side() == side).mapToInt(this::points).sum();
    }

    int total() {
        return side(Side.A) + side(Side.B);
    }

    int margin() {
        return Math.abs(side(Side.A) - side(Side.B));
    }

    /** Only meaningful when the margin is not zero. */
    Side winner() {
        return side(Side.A) > side(Side.B) ? Side.A : Side.B;
    }

    double confidence() {
        return total() == 0 ? 0.0 : (double) margin() / total();
    }

    /** The items whose answer gave points to the given side, in questionnaire order. */
    List<String> itemsFor(Side side) {
        return contributions.stream()
                .filter(contribution -> Category.of(dimension).stream()
                        .anyMatch(category -> category.side() == side && contribution.option().points(category) > 0))
                .map(Contribution::itemId)
                .toList();
    }
}
