package nl.interventiewijzer.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.interventiewijzer.profile.LocalizedText;

/** Checks a questionnaire beyond what its types enforce; every problem names the item (and option) it is about. */
final class QuestionnaireValidator {

    static final Pattern ID_PATTERN = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final Pattern CODE_PATTERN = Pattern.compile("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$");
    static final int MIN_ITEMS_PER_DIMENSION = 2;
    static final int MIN_OPTIONS = 2;
    /** Points run 1 (weak) to 6 (strong); see the questionnaire's source text. */
    static final int MAX_POINTS = 6;

    private QuestionnaireValidator() {
    }

    /** Longest free-text answer to a context question (a municipality's name). */
    static final int MAX_TEXT_ANSWER = 100;

    static List<String> validate(String version, LocalizedText title, String source, List<Item> items,
            List<ContextItem> context) {
        List<String> problems = new ArrayList<>();
        if (isBlank(version)) {
            problems.add("version is missing");
        }
        if (!hasBothTexts(title)) {
            problems.add("title needs a Dutch and an English text");
        }
        if (isBlank(source)) {
            problems.add("source is missing");
        }
        Set<String> ids = new HashSet<>();
        Map<Dimension, List<String>> byDimension = new EnumMap<>(Dimension.class);
        for (Item item : items) {
            if (item == null) {
                problems.add("an item is null");
                continue;
            }
            String label = "item '" + item.id() + "'";
            if (item.id() != null && !ids.add(item.id())) {
                problems.add(label + ": duplicate id");
            }
            validateItem(item).forEach(problem -> problems.add(label + ": " + problem));
            if (item.dimension() != null) {
                byDimension.computeIfAbsent(item.dimension(), dimension -> new ArrayList<>()).add(item.id());
            }
        }
        for (Dimension dimension : Dimension.values()) {
            List<String> itemIds = byDimension.getOrDefault(dimension, List.of());
            if (itemIds.size() < MIN_ITEMS_PER_DIMENSION) {
                problems.add("dimension " + dimension + " has " + itemIds.size() + " item(s) " + itemIds
                        + "; it needs at least " + MIN_ITEMS_PER_DIMENSION);
            }
        }
        Set<ContextField> fields = EnumSet.noneOf(ContextField.class);
        for (ContextItem item : context) {
            if (item == null) {
                problems.add("a context question is null");
                continue;
            }
            String label = "context question '" + item.id() + "'";
            if (item.id() != null && !ids.add(item.id())) {
                problems.add(label + ": duplicate id");
            }
            if (item.field() != null && !fields.add(item.field())) {
                problems.add(label + ": a second question for " + item.field());
            }
            validateContextItem(item).forEach(problem -> problems.add(label + ": " + problem));
        }
        return problems;
    }

    private static List<String> validateContextItem(ContextItem item) {
        List<String> problems = new ArrayList<>();
        if (isBlank(item.id()) || !ID_PATTERN.matcher(item.id()).matches()) {
            problems.add("id must be kebab-case, matching " + ID_PATTERN.pattern());
        }
        if (!hasBothTexts(item.text())) {
            problems.add("text needs a Dutch and an English text");
        }
        if (item.field() == null) {
            problems.add("field is missing");
            return problems;
        }
        if (item.answer() != item.field().answer()) {
            problems.add("answer must be " + item.field().answer() + " for " + item.field() + ", not " + item.answer());
        }
        if (item.field().answer() == ContextField.AnswerType.TEXT) {
            if (!item.options().isEmpty()) {
                problems.add("a free-text question has no options");
            }
            return problems;
        }
        validateOptions(item.options(), ContextOption::code, problems, (option, label) -> {
            if (!item.field().codes().contains(option.code())) {
                problems.add(label + ": not a code of " + item.field() + " " + item.field().codes());
            }
            if (!hasBothTexts(option.text())) {
                problems.add(label + ": text needs a Dutch and an English text");
            }
            if (isBlank(option.basis())) {
                problems.add(label + ": basis is missing: say what the answer becomes in the person context");
            }
        });
        return problems;
    }

    private static List<String> validateItem(Item item) {
        List<String> problems = new ArrayList<>();
        if (isBlank(item.id()) || !ID_PATTERN.matcher(item.id()).matches()) {
            problems.add("id must be kebab-case, matching " + ID_PATTERN.pattern());
        }
        if (item.dimension() == null) {
            problems.add("dimension is missing");
        }
        if (!hasBothTexts(item.text())) {
            problems.add("text needs a Dutch and an English text");
        }
        validateOptions(item.options(), Option::code, problems, (option, label) ->
                validateOption(option, item.dimension()).forEach(problem -> problems.add(label + ": " + problem)));
        return problems;
    }

    /**
     * What every question's options share, scored or context: enough of them, none null, no code twice. Each
     * remaining option goes to {@code check} with the label its problems start with.
     */
    private static <O> void validateOptions(List<O> options, Function<O, String> code, List<String> problems,
            BiConsumer<O, String> check) {
        if (options.size() < MIN_OPTIONS) {
            problems.add("needs at least " + MIN_OPTIONS + " options");
        }
        Set<String> codes = new HashSet<>();
        for (O option : options) {
            if (option == null) {
                problems.add("an option is null");
                continue;
            }
            String label = "option '" + code.apply(option) + "'";
            if (code.apply(option) != null && !codes.add(code.apply(option))) {
                problems.add(label + ": duplicate code");
            }
            check.accept(option, label);
        }
    }

    private static List<String> validateOption(Option option, Dimension dimension) {
        List<String> problems = new ArrayList<>();
        if (isBlank(option.code()) || !CODE_PATTERN.matcher(option.code()).matches()) {
            problems.add("code must be UPPER_SNAKE, matching " + CODE_PATTERN.pattern());
        }
        if (!hasBothTexts(option.text())) {
            problems.add("text needs a Dutch and an English text");
        }
        if (isBlank(option.basis())) {
            problems.add("basis is missing: say which source or reasoning the points rest on");
        }
        if (option.complexity() == null) {
            problems.add("complexity is missing: NONE, or what the answer says about problems in other life domains");
        } else if (option.complexity() != Complexity.NONE && dimension != null && dimension != Dimension.DURATION) {
            problems.add("complexity " + option.complexity() + " only means something for DURATION, not " + dimension);
        }
        if (option.points().isEmpty()) {
            problems.add("gives no points");
        }
        int sideA = 0;
        int sideB = 0;
        for (Map.Entry<Category, Integer> entry : option.points().entrySet()) {
            Category category = entry.getKey();
            Integer points = entry.getValue();
            if (dimension != null && category.dimension() != dimension) {
                problems.add("points for " + category + ", a category of " + category.dimension() + ", not of "
                        + dimension);
            }
            if (points == null || points < 1 || points > MAX_POINTS) {
                problems.add("points for " + category + " must be 1.." + MAX_POINTS + ", not " + points);
            } else if (category.side() == Category.Side.A) {
                sideA += points;
            } else {
                sideB += points;
            }
        }
        // Every answer must point somewhere: an option that weighs both sides equally could never decide anything.
        if (!option.points().isEmpty() && sideA == sideB) {
            problems.add("points weigh both sides of " + dimension + " equally (" + sideA + " each), so the answer"
                    + " points nowhere");
        }
        return problems;
    }

    private static boolean hasBothTexts(LocalizedText text) {
        return text != null && !isBlank(text.nl()) && !isBlank(text.en());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
