package nl.interventiewijzer.matching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.interventiewijzer.catalogue.Circumstance;

/**
 * The ranking policy as loaded from the fit-model file: every weight and threshold of the ranking, each with a stated
 * basis, and the "made for" points per circumstance (a narrow group counts more than a broad one). Validated whole:
 * an unknown key, a missing value or basis and a number out of range each name the file and the key.
 */
public final class RankingPolicy {

    /** The key of the "made for" points for a circumstance the file does not list. */
    static final String DEFAULT_CIRCUMSTANCE = "DEFAULT";

    /**
     * The weights by {@link RankingWeight} ordinal, and the "made for" points by {@link Circumstance} ordinal (the
     * default where the file lists none): arrays, because a match reads them for every candidate, and with a local
     * offer for every service it scores.
     */
    private final double[] weights = new double[RankingWeight.values().length];
    private final double[] designedFor = new double[Circumstance.values().length];
    private final FitBands fitBands;

    /** Fit points from which each level starts. */
    public record FitBands(int strongFrom, int goodFrom, int partialFrom) {

        public FitLevel level(int points) {
            if (points >= strongFrom) {
                return FitLevel.STRONG;
            }
            if (points >= goodFrom) {
                return FitLevel.GOOD;
            }
            return points >= partialFrom ? FitLevel.PARTIAL : FitLevel.WEAK;
        }
    }

    RankingPolicy(String file, Map<String, PolicyValue> ranking, Map<String, PolicyValue> designedForPoints) {
        List<String> problems = new ArrayList<>();
        Map<RankingWeight, Double> values = readRanking(file, ranking == null ? Map.of() : ranking, problems);
        Map<Circumstance, Double> points = new EnumMap<>(Circumstance.class);
        Double fallback = readDesignedFor(file, designedForPoints == null ? Map.of() : designedForPoints, points,
                problems);
        if (values.size() == RankingWeight.values().length) {
            checkBandOrder(file, values, problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Ranking policy invalid: " + String.join("; ", problems));
        }
        values.forEach((weight, value) -> weights[weight.ordinal()] = value);
        for (Circumstance circumstance : Circumstance.values()) {
            designedFor[circumstance.ordinal()] = points.getOrDefault(circumstance, fallback);
        }
        this.fitBands = new FitBands(whole(RankingWeight.FIT_STRONG_FROM), whole(RankingWeight.FIT_GOOD_FROM),
                whole(RankingWeight.FIT_PARTIAL_FROM));
    }

    private static Map<RankingWeight, Double> readRanking(String file, Map<String, PolicyValue> ranking,
            List<String> problems) {
        Map<RankingWeight, Double> values = new EnumMap<>(RankingWeight.class);
        for (Map.Entry<String, PolicyValue> entry : ranking.entrySet()) {
            RankingWeight weight = known(RankingWeight.class, entry.getKey());
            if (weight == null) {
                problems.add(file + ", ranking." + entry.getKey() + ": unknown key");
                continue;
            }
            Double value = checked(file, "ranking." + entry.getKey(), entry.getValue(), weight.problemWith(
                    entry.getValue() == null || entry.getValue().value() == null ? 0 : entry.getValue().value()), problems);
            if (value != null) {
                values.put(weight, value);
            }
        }
        for (RankingWeight weight : RankingWeight.values()) {
            if (!ranking.containsKey(weight.name())) {
                problems.add(file + ", ranking." + weight.name() + ": missing");
            }
        }
        return values;
    }

    private static Double readDesignedFor(String file, Map<String, PolicyValue> points,
            Map<Circumstance, Double> byCircumstance, List<String> problems) {
        Double fallback = null;
        for (Map.Entry<String, PolicyValue> entry : points.entrySet()) {
            String key = entry.getKey();
            Circumstance circumstance = known(Circumstance.class, key);
            if (circumstance == null && !DEFAULT_CIRCUMSTANCE.equals(key)) {
                problems.add(file + ", designedFor." + key + ": unknown circumstance");
                continue;
            }
            double raw = entry.getValue() == null || entry.getValue().value() == null ? 0 : entry.getValue().value();
            String range = raw < 0 || raw > 10 ? "must lie within 0..10, is " + raw : null;
            Double value = checked(file, "designedFor." + key, entry.getValue(), range, problems);
            if (value != null && circumstance != null) {
                byCircumstance.put(circumstance, value);
            } else if (value != null) {
                fallback = value;
            }
        }
        if (!points.containsKey(DEFAULT_CIRCUMSTANCE)) {
            problems.add(file + ", designedFor." + DEFAULT_CIRCUMSTANCE + ": missing");
        }
        return fallback;
    }

    private static Double checked(String file, String key, PolicyValue value, String rangeProblem, List<String> problems) {
        if (value == null || value.value() == null) {
            problems.add(file + ", " + key + ": value missing");
            return null;
        }
        if (value.basis() == null || value.basis().isBlank()) {
            problems.add(file + ", " + key + ": basis missing");
            return null;
        }
        if (rangeProblem != null) {
            problems.add(file + ", " + key + ": " + rangeProblem);
            return null;
        }
        return value.value();
    }

    private static void checkBandOrder(String file, Map<RankingWeight, Double> values, List<String> problems) {
        if (!(values.get(RankingWeight.FIT_STRONG_FROM) > values.get(RankingWeight.FIT_GOOD_FROM)
                && values.get(RankingWeight.FIT_GOOD_FROM) > values.get(RankingWeight.FIT_PARTIAL_FROM))) {
            problems.add(file + ", ranking.FIT_STRONG_FROM > FIT_GOOD_FROM > FIT_PARTIAL_FROM must hold");
        }
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    public double get(RankingWeight weight) {
        return weights[weight.ordinal()];
    }

    int whole(RankingWeight weight) {
        return (int) Math.round(get(weight));
    }

    /** The "made for" points for an activity made for people in this circumstance, before breadth. */
    public double designedFor(Circumstance circumstance) {
        return designedFor[circumstance.ordinal()];
    }

    public FitBands fitBands() {
        return fitBands;
    }
}
