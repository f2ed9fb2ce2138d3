package nl.interventiewijzer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.interventiewijzer.profile.LocalizedText;
import nl.interventiewijzer.support.ResourceJson;
import org.junit.jupiter.api.Test;

class QuestionnaireValidatorTest {

    private static final LocalizedText TEXT = new LocalizedText("Vraag?", "Question?");

    private static Option option(String code, Map<Category, Integer> points) {
        return new Option(code, new LocalizedText("Antwoord.", "Answer."), points, "Bijlage 1");
    }

    private static Item item(String id, Dimension dimension, Category sideA, Category sideB) {
        return new Item(id, dimension, TEXT, List.of(option("A", Map.of(sideA, 2)), option("B", Map.of(sideB, 2))));
    }

    /** Two items per dimension, each with one option per side. */
    private static List<Item> validItems() {
        return new ArrayList<>(List.of(
                item("duration-one", Dimension.DURATION, Category.SITUATIONAL, Category.STRUCTURAL),
                item("duration-two", Dimension.DURATION, Category.THREATENED, Category.STRUCTURAL_COMPLEX),
                item("coping-one", Dimension.COPING, Category.ACTIVE, Category.PASSIVE),
                item("coping-two", Dimension.COPING, Category.ACTIVE, Category.PASSIVE),
                item("participation-one", Dimension.PARTICIPATION, Category.ORIENTED, Category.NOT_ORIENTED),
                item("participation-two", Dimension.PARTICIPATION, Category.ORIENTED, Category.NOT_ORIENTED)));
    }

    private static Questionnaire questionnaire(List<Item> items) {
        return new Questionnaire("test", TEXT, "Bijlage 1", items);
    }

    @Test
    void aQuestionnaireWithTwoSoundItemsPerDimensionIsAccepted() {
        assertThatCode(() -> questionnaire(validItems())).doesNotThrowAnyException();
    }

    @Test
    void aDuplicateItemIdIsRejectedNamingTheItem() {
        List<Item> items = validItems();
        items.add(item("coping-one", Dimension.COPING, Category.ACTIVE, Category.PASSIVE));

        assertThatThrownBy(() -> questionnaire(items))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 'coping-one': duplicate id");
    }

    @Test
    void aDimensionWithOnlyOneItemIsRejectedNamingTheDimensionAndItsItem() {
        List<Item> items = validItems();
        items.removeIf(item -> item.id().equals("coping-two"));

        assertThatThrownBy(() -> questionnaire(items))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dimension COPING has 1 item(s) [coping-one]");
    }

    @Test
    void anOptionWithPointsForACategoryOfAnotherDimensionIsRejectedNamingItemAndOption() {
        List<Item> items = validItems();
        items.set(0, new Item("duration-one", Dimension.DURATION, TEXT, List.of(
                option("RECENT", Map.of(Category.SITUATIONAL, 2)),
                option("BUSY", Map.of(Category.ACTIVE, 2)))));

        assertThatThrownBy(() -> questionnaire(items))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 'duration-one': option 'BUSY': points for ACTIVE, a category of COPING,"
                        + " not of DURATION");
    }

    @Test
    void aDuplicateOptionCodeWithinAnItemIsRejected() {
        List<Item> items = validItems();
        items.set(2, new Item("coping-one", Dimension.COPING, TEXT, List.of(
                option("SAME", Map.of(Category.ACTIVE, 2)), option("SAME", Map.of(Category.PASSIVE, 2)))));

        assertThatThrownBy(() -> questionnaire(items))
                .hasMessageContaining("item 'coping-one': option 'SAME': duplicate code");
    }

    @Test
    void anOptionWeighingBothSidesEquallyIsRejectedBecauseItPointsNowhere() {
        Map<Category, Integer> even = new LinkedHashMap<>();
        even.put(Category.ACTIVE, 2);
        even.put(Category.PASSIVE, 2);
        List<Item> items = validItems();
        items.set(2, new Item("coping-one", Dimension.COPING, TEXT, List.of(
                option("ACTIVE", Map.of(Category.ACTIVE, 2)), option("BOTH", even))));

        assertThatThrownBy(() -> questionnaire(items))
                .hasMessageContaining("item 'coping-one': option 'BOTH': points weigh both sides of COPING equally");
    }

    @Test
    void anItemWithoutEnglishTextIsRejected() {
        List<Item> items = validItems();
        Item first = items.get(0);
        items.set(0, new Item(first.id(), first.dimension(), new LocalizedText("Vraag?", " "), first.options()));

        assertThatThrownBy(() -> questionnaire(items))
                .hasMessageContaining("item 'duration-one': text needs a Dutch and an English text");
    }

    @Test
    void aBrokenFileFailsWhileLoadingWithTheSameMessage() {
        String json = """
                {"version": "broken", "title": {"nl": "T", "en": "T"}, "source": "S", "items": [
                  {"id": "only", "dimension": "COPING", "text": {"nl": "V?", "en": "Q?"}, "options": [
                    {"code": "A", "text": {"nl": "A.", "en": "A."}, "points": {"ACTIVE": 2}, "basis": "B"},
                    {"code": "P", "text": {"nl": "P.", "en": "P."}, "points": {"PASSIVE": 2}, "basis": "B"}]}]}
                """;
        ObjectMapper strict = ResourceJson.strict(new ObjectMapper());

        assertThatThrownBy(() -> strict.readValue(json, Questionnaire.class))
                .hasMessageContaining("dimension COPING has 1 item(s) [only]")
                .hasMessageContaining("dimension DURATION has 0 item(s)");
    }

    @Test
    void theValidatorReportsEveryProblemAtOnce() {
        List<Item> items = validItems();
        items.add(item("coping-one", Dimension.COPING, Category.ACTIVE, Category.PASSIVE));
        items.removeIf(item -> item.id().startsWith("participation-two"));

        assertThat(QuestionnaireValidator.validate("test", TEXT, "S", items)).hasSize(2);
    }
}
