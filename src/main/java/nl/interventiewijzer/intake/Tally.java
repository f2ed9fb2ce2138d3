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
    /** Running sums per category of this dimension, kept as answers are added. */
    private final Map<Category, Integer> sums = new EnumMap<>(Category.class);

    Tally(Dimension dimension) {
        this.dimension = dimension;
        Category.of(dimension).forEach(category -> sums.put(category, 0));
    }

    void add(Item item, Option option) {
        contributions.add(new Contribution(item.id(), option));
        sums.replaceAll((category, sum) -> sum + option.points(category));
    }

    Dimension dimension() {
        return dimension;
    }

    boolean isEmpty() {
        return contributions.isEmpty();
    }

    int points(Category category) {
        return sums.getOrDefault(category, 0);
    }

    /** The points per category of this dimension, zeros included. */
    Map<Category, Integer> points() {
        return Collections.unmodifiableMap(new EnumMap<>(sums));
    }

    int side(Side side) {
        int total = 0;
        for (Map.Entry<Category, Integer> sum : sums.entrySet()) {
            if (sum.getKey().side() == side) {
                total += sum.getValue();
            }
        }
        return total;
    }

    int total() {
        return side(Side.A) + side(Side.B);
    }

    int margin() {
        return Math.abs(side(Side.A) - side(Side.B));
    }

    /**
     * The side with more points; on a tie side B, the plain reading of an unclear answer (see {@link IntakeScorer},
     * rule 6).
     */
    Side winner() {
        return side(Side.A) > side(Side.B) ? Side.A : Side.B;
    }

    double confidence() {
        return total() == 0 ? 0.0 : (double) margin() / total();
    }

    /** Whether the answers meet the rule for structurally complex ({@link Complexity#isComplex}). */
    boolean complex() {
        return Complexity.isComplex(contributions.stream().map(contribution -> contribution.option().complexity())
                .toList());
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
