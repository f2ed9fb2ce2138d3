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
        return new Option(code, new LocalizedText("Antwoord.", "Answer."), points, Complexity.NONE, "Bijlage 1");
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
        return new Questionnaire("test", TEXT, "Bijlage 1", items, List.of());
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
                    {"code": "A", "text": {"nl": "A.", "en": "A."}, "points": {"ACTIVE": 2}, "complexity": "NONE", "basis": "B"},
                    {"code": "P", "text": {"nl": "P.", "en": "P."}, "points": {"PASSIVE": 2}, "complexity": "NONE", "basis": "B"}]}],
                 "context": []}
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

        assertThat(QuestionnaireValidator.validate("test", TEXT, "S", items, List.of())).hasSize(2);
    }

    private static ContextOption contextOption(String code) {
        return new ContextOption(code, new LocalizedText("Antwoord.", "Answer."), "person." + code);
    }

    private static ContextItem mobility(String... codes) {
        return new ContextItem("mobility", ContextField.MOBILITY, ContextField.AnswerType.ONE_CODE, TEXT,
                java.util.Arrays.stream(codes).map(QuestionnaireValidatorTest::contextOption).toList());
    }

    private static ContextItem municipality() {
        return new ContextItem("municipality", ContextField.MUNICIPALITY, ContextField.AnswerType.TEXT, TEXT, List.of());
    }

    private static List<String> problemsWith(List<ContextItem> context) {
        return QuestionnaireValidator.validate("test", TEXT, "S", validItems(), context);
    }

    @Test
    void anOptionWithoutComplexityIsRejectedNamingItemAndOption() {
        List<Item> items = validItems();
        items.set(0, new Item("duration-one", Dimension.DURATION, TEXT, List.of(
                option("RECENT", Map.of(Category.SITUATIONAL, 2)),
                new Option("LONG", new LocalizedText("Lang.", "Long."), Map.of(Category.STRUCTURAL, 2), null, "B"))));

        assertThatThrownBy(() -> questionnaire(items))
                .hasMessageContaining("item 'duration-one': option 'LONG': complexity is missing");
    }

    @Test
    void aComplexityMarkOutsideDurationIsRejectedBecauseOnlyDurationUsesIt() {
        List<Item> items = validItems();
        items.set(2, new Item("coping-one", Dimension.COPING, TEXT, List.of(
                option("A", Map.of(Category.ACTIVE, 2)),
                new Option("P", new LocalizedText("P.", "P."), Map.of(Category.PASSIVE, 2), Complexity.ADDICTION, "B"))));

        assertThatThrownBy(() -> questionnaire(items))
                .hasMessageContaining("item 'coping-one': option 'P': complexity ADDICTION only means something for"
                        + " DURATION, not COPING");
    }

    @Test
    void aComplexityMarkOnADurationOptionIsAccepted() {
        List<Item> items = validItems();
        items.set(0, new Item("duration-one", Dimension.DURATION, TEXT, List.of(
                option("RECENT", Map.of(Category.SITUATIONAL, 2)),
                new Option("DEBTS", new LocalizedText("Ja.", "Yes."), Map.of(Category.STRUCTURAL_COMPLEX, 2),
                        Complexity.ONE_AREA, "B"))));

        assertThatCode(() -> questionnaire(items)).doesNotThrowAnyException();
    }

    @Test
    void soundContextQuestionsAreAccepted() {
        assertThat(problemsWith(List.of(mobility("MOBILE", "HOUSEBOUND"), municipality()))).isEmpty();
    }

    @Test
    void aContextOptionWhoseCodeIsNotOfItsFieldIsRejectedNamingTheCodesThatFit() {
        assertThat(problemsWith(List.of(mobility("MOBILE", "WHEELCHAIR")))).containsExactly(
                "context question 'mobility': option 'WHEELCHAIR': not a code of MOBILITY [MOBILE, LIMITED, HOUSEBOUND]");
    }

    @Test
    void aContextQuestionWithTheWrongAnswerTypeForItsFieldIsRejected() {
        ContextItem interests = new ContextItem("interests", ContextField.INTERESTS, ContextField.AnswerType.ONE_CODE,
                TEXT, List.of(contextOption("NATURE"), contextOption("CULTURE")));

        assertThat(problemsWith(List.of(interests)))
                .containsExactly("context question 'interests': answer must be CODES for INTERESTS, not ONE_CODE");
    }

    @Test
    void aFreeTextQuestionWithOptionsIsRejected() {
        ContextItem withOptions = new ContextItem("municipality", ContextField.MUNICIPALITY,
                ContextField.AnswerType.TEXT, TEXT, List.of(contextOption("UTRECHT")));

        assertThat(problemsWith(List.of(withOptions)))
                .containsExactly("context question 'municipality': a free-text question has no options");
    }

    @Test
    void aChoiceQuestionWithOneOptionIsRejected() {
        assertThat(problemsWith(List.of(mobility("MOBILE"))))
                .containsExactly("context question 'mobility': needs at least 2 options");
    }

    @Test
    void aContextQuestionSharingAnIdWithAScoredItemIsRejected() {
        ContextItem clash = new ContextItem("coping-one", ContextField.MUNICIPALITY, ContextField.AnswerType.TEXT,
                TEXT, List.of());

        assertThat(problemsWith(List.of(clash))).containsExactly("context question 'coping-one': duplicate id");
    }

    @Test
    void twoContextQuestionsForOneFieldAreRejected() {
        ContextItem second = new ContextItem("where-living", ContextField.MUNICIPALITY, ContextField.AnswerType.TEXT,
                TEXT, List.of());

        assertThat(problemsWith(List.of(municipality(), second)))
                .containsExactly("context question 'where-living': a second question for MUNICIPALITY");
    }

    @Test
    void aContextOptionWithoutBasisOrTextsAndADuplicateCodeAreEachNamed() {
        ContextItem broken = new ContextItem("mobility", ContextField.MOBILITY, ContextField.AnswerType.ONE_CODE, TEXT,
                List.of(contextOption("MOBILE"), contextOption("MOBILE"),
                        new ContextOption("LIMITED", new LocalizedText("Beperkt.", ""), " ")));

        assertThat(problemsWith(List.of(broken))).containsExactly(
                "context question 'mobility': option 'MOBILE': duplicate code",
                "context question 'mobility': option 'LIMITED': text needs a Dutch and an English text",
                "context question 'mobility': option 'LIMITED': basis is missing: say what the answer becomes in the"
                        + " person context");
    }

    @Test
    void aContextQuestionWithoutFieldOrWithABadIdOrTextIsRejected() {
        ContextItem broken = new ContextItem("Mobility", null, ContextField.AnswerType.ONE_CODE,
                new LocalizedText("", "Q?"), List.of());

        assertThat(problemsWith(List.of(broken))).containsExactly(
                "context question 'Mobility': id must be kebab-case, matching " + QuestionnaireValidator.ID_PATTERN.pattern(),
                "context question 'Mobility': text needs a Dutch and an English text",
                "context question 'Mobility': field is missing");
    }

    @Test
    void aNullContextQuestionOrOptionIsNamed() {
        List<ContextItem> context = new ArrayList<>();
        context.add(null);
        List<ContextOption> options = new ArrayList<>(List.of(contextOption("MOBILE"), contextOption("LIMITED")));
        options.add(null);
        context.add(new ContextItem("mobility", ContextField.MOBILITY, ContextField.AnswerType.ONE_CODE, TEXT, options));

        assertThat(problemsWith(context)).containsExactly(
                "a context question is null", "context question 'mobility': an option is null");
    }

    @Test
    void pointsRunFromOneToSixAndNothingOutsideThat() {
        for (int points : new int[] {1, 6}) {
            List<Item> items = validItems();
            items.set(1, new Item("duration-two", Dimension.DURATION, TEXT, List.of(
                    option("LOW", Map.of(Category.THREATENED, points)), option("HIGH", Map.of(Category.STRUCTURAL, 2)))));
            assertThatCode(() -> questionnaire(items)).as("%d points", points).doesNotThrowAnyException();
        }
        for (int points : new int[] {0, 7}) {
            List<Item> items = validItems();
            items.set(1, new Item("duration-two", Dimension.DURATION, TEXT, List.of(
                    option("ODD", Map.of(Category.THREATENED, points)), option("HIGH", Map.of(Category.STRUCTURAL, 2)))));
            assertThatThrownBy(() -> questionnaire(items))
                    .hasMessageContaining("item 'duration-two': option 'ODD': points for THREATENED must be 1..6, not "
                            + points);
        }
    }

    @Test
    void theQuestionnaireKeepsItsContextQuestionsAndTreatsMissingListsAsEmpty() {
        ContextItem municipality = municipality();
        Questionnaire withContext = new Questionnaire("test", TEXT, "S", validItems(), List.of(municipality));

        assertThat(withContext.context()).containsExactly(municipality);
        assertThat(withContext.contextItem("municipality")).contains(municipality);
        assertThat(withContext.contextItem("coping-one")).isEmpty();
        assertThat(withContext.answerIds()).endsWith("participation-two", "municipality");
        assertThat(new Questionnaire("test", TEXT, "S", validItems(), null).context()).isEmpty();
        assertThatThrownBy(() -> new Questionnaire("test", TEXT, "S", null, List.of()))
                .hasMessageContaining("dimension DURATION has 0 item(s)");
    }
}
