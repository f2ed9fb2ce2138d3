package nl.interventiewijzer.intake;

import static nl.interventiewijzer.intake.ShippedQuestionnaire.QUESTIONNAIRE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.matching.Mobility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class QuestionnaireTest {

    /** One answer per dimension that decides it on its own. */
    private static final Map<Dimension, Map.Entry<String, String>> DECISIVE = Map.of(
            Dimension.DURATION, Map.entry("how-long", "LESS_THAN_A_YEAR"),
            Dimension.COPING, Map.entry("seeking-contact", "GO_WHERE_PEOPLE_ARE"),
            Dimension.PARTICIPATION, Map.entry("wants-more-contact", "YES"));

    private static final int MAX_WORDS_PER_SENTENCE = 12;

    /** A basis cites a source section or says it is our interpretation. */
    private static final Pattern CITES_OR_INTERPRETS = Pattern.compile(
            "Bijlage 1|Handreiking|interpretatie|review 2026-12|domeinbrief|Sociaal maakt Gezond|person\\.");

    @Test
    void theShippedQuestionnaireLoadsWithItsVersion() {
        assertThat(QUESTIONNAIRE.version()).isEqualTo("2026.12.1");
    }

    @ParameterizedTest
    @EnumSource(Dimension.class)
    void everyDimensionHasAtLeastTwoQuestions(Dimension dimension) {
        assertThat(QUESTIONNAIRE.items(dimension)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theDurationQuestionsCoverHowLongTheEventAndWhenEarlierNetworkAndOtherProblemsAddictionIncluded() {
        assertThat(QUESTIONNAIRE.itemIds(Dimension.DURATION)).containsExactly("how-long", "life-event", "event-when",
                "network-before", "other-worries", "mental-health", "addiction");
    }

    @Test
    void theCopingQuestionsIncludeWhomThePersonWantsAround() {
        assertThat(QUESTIONNAIRE.itemIds(Dimension.COPING))
                .containsExactly("seeking-contact", "when-things-are-hard", "can-change", "close-circle");
    }

    @Test
    void theParticipationQuestionsIncludeQualityOfContacts() {
        assertThat(QUESTIONNAIRE.itemIds(Dimension.PARTICIPATION))
                .containsExactly("wants-more-contact", "take-part", "left-alone", "contact-quality");
    }

    @Test
    void everyLifeEventOfTheBriefAndTheReviewIsAnOption() {
        assertThat(QUESTIONNAIRE.item("life-event").orElseThrow().optionCodes()).contains(
                "PARTNER_DIED", "PARTNER_IN_CARE", "SOMEONE_CLOSE_DIED", "DIVORCE", "MOVED", "ILLNESS", "RETIRED",
                "LOST_JOB", "CHILDREN_LEFT", "BECAME_CARER", "OTHER_EVENT", "NO_EVENT");
    }

    @Test
    void worriesAreAskedPerDomain() {
        assertThat(QUESTIONNAIRE.item("other-worries").orElseThrow().optionCodes())
                .containsExactly("NO", "MONEY", "HOUSING", "HEALTH", "OTHER_AREA", "SEVERAL");
    }

    /** The revised items, pinned: points and complexity as the review asked for them. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "how-long, NOT_YET, THREATENED, 6, NONE",
            "event-when, COMING, THREATENED, 4, NONE",
            "event-when, LESS_THAN_SIX_MONTHS, SITUATIONAL, 4, NONE",
            "event-when, SIX_TO_TWELVE_MONTHS, SITUATIONAL, 3, NONE",
            "event-when, ONE_TO_TWO_YEARS, SITUATIONAL, 2, NONE",
            "event-when, TWO_TO_FIVE_YEARS, STRUCTURAL, 1, NONE",
            "event-when, MORE_THAN_FIVE_YEARS, STRUCTURAL, 3, NONE",
            "other-worries, MONEY, STRUCTURAL_COMPLEX, 1, ONE_AREA",
            "other-worries, HOUSING, STRUCTURAL_COMPLEX, 1, ONE_AREA",
            "other-worries, HEALTH, STRUCTURAL_COMPLEX, 1, ONE_AREA",
            "other-worries, OTHER_AREA, STRUCTURAL_COMPLEX, 1, ONE_AREA",
            "other-worries, SEVERAL, STRUCTURAL_COMPLEX, 4, SEVERAL_AREAS",
            "mental-health, YES_WITH_CARE, STRUCTURAL_COMPLEX, 4, PSYCHIATRIC",
            "mental-health, YES_WITHOUT_CARE, STRUCTURAL_COMPLEX, 4, PSYCHIATRIC",
            "addiction, YES_WITH_CARE, STRUCTURAL_COMPLEX, 4, ADDICTION",
            "addiction, YES_WITHOUT_CARE, STRUCTURAL_COMPLEX, 4, ADDICTION",
            "seeking-contact, CALL_THE_SAME_PERSON, PASSIVE, 4, NONE",
            "seeking-contact, MANAGE_ALONE, ACTIVE, 2, NONE",
            "when-things-are-hard, LEAN_ON_ONE_PERSON, PASSIVE, 4, NONE",
            "when-things-are-hard, ASK_FOR_HELP, ACTIVE, 2, NONE",
            "close-circle, ONE_TRUSTED_PERSON, PASSIVE, 4, NONE",
            "close-circle, SMALL_FAMILIAR_GROUP, ACTIVE, 2, NONE",
            "left-alone, ONLY_MY_OWN_PEOPLE, NOT_ORIENTED, 2, NONE",
            "contact-quality, CLOSENESS, ORIENTED, 4, NONE",
            "contact-quality, NOTHING, NOT_ORIENTED, 4, NONE"})
    void aRevisedOptionGivesItsPointsAndComplexity(String itemId, String code, Category category, int points,
            Complexity complexity) {
        Option option = QUESTIONNAIRE.item(itemId).orElseThrow().option(code).orElseThrow();

        assertThat(option.points(category)).isEqualTo(points);
        assertThat(option.complexity()).isEqualTo(complexity);
    }

    @Test
    void onlyTheProblemQuestionsCarryAComplexityMark() {
        QUESTIONNAIRE.items().stream()
                .filter(item -> !Stream.of("other-worries", "mental-health", "addiction").toList().contains(item.id()))
                .flatMap(item -> item.options().stream())
                .forEach(option -> assertThat(option.complexity()).as(option.code()).isEqualTo(Complexity.NONE));
    }

    /** Plain language for people with low literacy: short sentences in every Dutch question and answer. */
    @Test
    void everyDutchSentenceIsShort() {
        Stream<String> scored = QUESTIONNAIRE.items().stream().flatMap(item -> Stream.concat(
                Stream.of(item.text().nl()), item.options().stream().map(option -> option.text().nl())));
        Stream<String> context = QUESTIONNAIRE.context().stream().flatMap(item -> Stream.concat(
                Stream.of(item.text().nl()), item.options().stream().map(option -> option.text().nl())));

        Stream.concat(scored, context).flatMap(text -> Arrays.stream(text.split("[.?!]")))
                .forEach(sentence -> assertThat(sentence.trim().split("\\s+"))
                        .as(sentence).hasSizeLessThanOrEqualTo(MAX_WORDS_PER_SENTENCE));
    }

    @Test
    void everyOptionCitesItsSourceOrSaysItIsOurInterpretation() {
        Stream.concat(
                QUESTIONNAIRE.items().stream().flatMap(item -> item.options().stream().map(Option::basis)),
                QUESTIONNAIRE.context().stream().flatMap(item -> item.options().stream().map(ContextOption::basis)))
                .forEach(basis -> assertThat(CITES_OR_INTERPRETS.matcher(basis).find()).as(basis).isTrue());
    }

    @Test
    void theContextQuestionsAskEveryFieldMatchingUses() {
        assertThat(QUESTIONNAIRE.context()).extracting(ContextItem::field).containsExactly(ContextField.MOBILITY,
                ContextField.DIGITAL_SKILLS, ContextField.DUTCH_LANGUAGE, ContextField.INTERESTS,
                ContextField.MUNICIPALITY);
    }

    @Test
    void mobilityOffersEveryMobilityCodeAndInterestsEveryTheme() {
        assertThat(QUESTIONNAIRE.contextItem("mobility").orElseThrow().optionCodes())
                .containsExactlyInAnyOrder(Arrays.stream(Mobility.values()).map(Enum::name).toArray(String[]::new));
        assertThat(QUESTIONNAIRE.contextItem("interests").orElseThrow().optionCodes())
                .containsExactlyInAnyOrder(Arrays.stream(Theme.values()).map(Enum::name).toArray(String[]::new));
    }

    static Stream<Arguments> everyOption() {
        return QUESTIONNAIRE.items().stream()
                .flatMap(item -> item.options().stream().map(option -> Arguments.of(item.id(), option.code())));
    }

    /**
     * Each answer, given alone for its dimension, decides that dimension and adds exactly its own points: no option
     * is dead, unreachable or points nowhere.
     */
    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("everyOption")
    void everyOptionAnsweredAloneDecidesItsDimensionWithItsOwnPoints(String itemId, String code) {
        Item item = QUESTIONNAIRE.item(itemId).orElseThrow();
        Dimension dimension = item.dimension();
        Map<String, String> answers = new HashMap<>();
        DECISIVE.forEach((other, answer) -> {
            if (other != dimension) {
                answers.put(answer.getKey(), answer.getValue());
            }
        });
        answers.put(itemId, code);

        IntakeResult result = new IntakeScorer(QUESTIONNAIRE).score(answers);

        DimensionFinding<?> finding = switch (dimension) {
            case DURATION -> result.duration();
            case COPING -> result.coping();
            case PARTICIPATION -> result.participation();
        };
        Map<Category, Integer> expected = new EnumMap<>(Category.class);
        Category.of(dimension).forEach(category -> expected.put(category, item.option(code).orElseThrow().points(category)));
        assertThat(finding.decidedBy()).containsExactly(itemId);
        assertThat(finding.points()).isEqualTo(expected);
    }
}
