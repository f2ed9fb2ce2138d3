package nl.interventiewijzer.intake;

import java.util.Arrays;
import java.util.List;

/**
 * What an answer can give points to. Each dimension is scored as a choice between two sides: for duration the
 * situational and the structural half of the Bijlage 1 table, for coping active and passive, for participation
 * oriented and not oriented.
 */
public enum Category {
    THREATENED(Dimension.DURATION, Side.A),
    SITUATIONAL(Dimension.DURATION, Side.A),
    STRUCTURAL(Dimension.DURATION, Side.B),
    STRUCTURAL_COMPLEX(Dimension.DURATION, Side.B),
    ACTIVE(Dimension.COPING, Side.A),
    PASSIVE(Dimension.COPING, Side.B),
    ORIENTED(Dimension.PARTICIPATION, Side.A),
    NOT_ORIENTED(Dimension.PARTICIPATION, Side.B);

    /** A: situational half, active, oriented. B: structural half, passive, not oriented. */
    public enum Side {
        A,
        B;

        public Side other() {
            return this == A ? B : A;
        }
    }

    private final Dimension dimension;
    private final Side side;

    Category(Dimension dimension, Side side) {
        this.dimension = dimension;
        this.side = side;
    }

    public Dimension dimension() {
        return dimension;
    }

    public Side side() {
        return side;
    }

    public static List<Category> of(Dimension dimension) {
        return Arrays.stream(values()).filter(category -> category.dimension == dimension).toList();
    }
}
