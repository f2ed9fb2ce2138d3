package nl.interventiewijzer.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.interventiewijzer.profile.LocalizedText;

/**
 * The intake questionnaire, loaded from {@value #RESOURCE} (in the spirit of a FHIR Questionnaire: versioned, stable
 * item ids and answer codes). {@code items} are scored into the three dimensions; {@code context} asks what matching
 * needs about the person and gives no points. Constructing one validates it; a broken file stops the start with every
 * problem named.
 */
public record Questionnaire(String version, LocalizedText title, String source, List<Item> items,
        List<ContextItem> context) {

    public static final String RESOURCE = "intake/questionnaire.json";

    public Questionnaire {
        items = items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
        context = context == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(context));
        List<String> problems = QuestionnaireValidator.validate(version, title, source, items, context);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Questionnaire " + version + " is invalid: " + String.join("; ", problems));
        }
    }

    public Optional<Item> item(String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    public Optional<ContextItem> contextItem(String id) {
        return context.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    /** The items informing one dimension, in questionnaire order. */
    public List<Item> items(Dimension dimension) {
        return items.stream().filter(item -> item.dimension() == dimension).toList();
    }

    public List<String> itemIds(Dimension dimension) {
        return items(dimension).stream().map(Item::id).toList();
    }

    /** Every id an answer may use: the scored items, then the context questions. */
    public List<String> answerIds() {
        return Stream.concat(items.stream().map(Item::id), context.stream().map(ContextItem::id)).toList();
    }
}
