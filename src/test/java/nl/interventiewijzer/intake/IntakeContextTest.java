package nl.interventiewijzer.intake;

import static nl.interventiewijzer.intake.IntakeScorerTest.answers;
import static nl.interventiewijzer.intake.IntakeScorerTest.plus;
import static nl.interventiewijzer.intake.ShippedQuestionnaire.QUESTIONNAIRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.matching.Mobility;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The person context an answers-only request carries to matching. */
class IntakeContextTest {

    private static final Map<String, String> DECISIVE = answers(
            "how-long", "ONE_TO_TWO_YEARS", "seeking-contact", "GO_WHERE_PEOPLE_ARE", "wants-more-contact", "YES");

    private final IntakeScorer scorer = new IntakeScorer(QUESTIONNAIRE);

    private IntakeContext context(String... itemAndCode) {
        return scorer.score(plus(DECISIVE, itemAndCode)).context();
    }

    private AnswerProblem problem(String... itemAndCode) {
        InvalidAnswersException error = catchThrowableOfType(InvalidAnswersException.class,
                () -> scorer.score(plus(DECISIVE, itemAndCode)));
        assertThat(error.problems()).hasSize(1);
        return error.problems().get(0);
    }

    @Nested
    class ContextQuestions {

        @Test
        void withoutContextAnswersNothingIsSaid() {
            IntakeContext context = scorer.score(DECISIVE).context();

            assertThat(context).isEqualTo(IntakeContext.NONE);
            assertThat(context.mobility()).isNull();
            assertThat(context.digitalSkills()).isNull();
            assertThat(context.municipality()).isNull();
        }

        @ParameterizedTest
        @EnumSource(Mobility.class)
        void everyMobilityAnswerIsThatMobilityCode(Mobility mobility) {
            assertThat(context("mobility", mobility.name()).mobility()).isEqualTo(mobility);
        }

        @Test
        void digitalSkillsYesIsTrueAndNoIsFalse() {
            assertThat(context("digital-skills", "YES").digitalSkills()).isTrue();
            assertThat(context("digital-skills", "NO").digitalSkills()).isFalse();
        }

        @Test
        void limitedDutchIsTheCircumstanceLimitedDutchAndGoodDutchIsNoCircumstance() {
            assertThat(context("dutch-language", "LIMITED").circumstances()).containsExactly(Circumstance.LIMITED_DUTCH);
            assertThat(context("dutch-language", "GOOD").circumstances()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(Theme.class)
        void everyThemeIsAnInterest(Theme theme) {
            assertThat(context("interests", theme.name()).interests()).containsExactly(theme);
        }

        @Test
        void severalInterestsAreSeparatedByCommasSpacesAllowedAndRepeatsCountOnce() {
            assertThat(context("interests", "NATURE, CULTURE,NATURE").interests())
                    .containsExactlyInAnyOrder(Theme.NATURE, Theme.CULTURE);
        }

        @Test
        void anUnknownInterestIsNamedWithTheThemes() {
            AnswerProblem problem = problem("interests", "NATURE,KNITTING");

            assertThat(problem.field()).isEqualTo("answers.interests");
            assertThat(problem.message()).isEqualTo("Unknown answer code 'KNITTING' for question 'interests'");
            assertThat(problem.allowed()).contains("NATURE", "HELPING_OTHERS").hasSize(Theme.values().length);
        }

        @Test
        void anEmptyInterestBetweenCommasIsAnUnknownCode() {
            assertThat(problem("interests", "NATURE,,CULTURE").message()).contains("Unknown answer code ''");
        }

        @Test
        void aSingleChoiceQuestionTakesOneCode() {
            AnswerProblem problem = problem("mobility", "MOBILE,LIMITED");

            assertThat(problem.message()).isEqualTo("Question 'mobility' takes one answer code");
            assertThat(problem.allowed()).containsExactly("MOBILE", "LIMITED", "HOUSEBOUND");
        }

        @Test
        void aRepeatedSingleCodeIsStillOneCode() {
            assertThat(context("mobility", "LIMITED,LIMITED").mobility()).isEqualTo(Mobility.LIMITED);
        }

        @Test
        void aMissingContextCodeIsAnUnknownCode() {
            Map<String, String> answers = new java.util.HashMap<>(DECISIVE);
            answers.put("digital-skills", null);

            InvalidAnswersException error = catchThrowableOfType(InvalidAnswersException.class,
                    () -> scorer.score(answers));

            assertThat(error.problems()).singleElement()
                    .satisfies(problem -> assertThat(problem.allowed()).containsExactly("YES", "NO"));
        }

        @Test
        void theMunicipalityIsTakenAsSaidWithoutSurroundingSpaces() {
            assertThat(context("municipality", "  's-Hertogenbosch ").municipality()).isEqualTo("'s-Hertogenbosch");
        }

        @Test
        void aMunicipalityOfExactlyTheLongestLengthIsAccepted() {
            String longest = "a".repeat(QuestionnaireValidator.MAX_TEXT_ANSWER);

            assertThat(context("municipality", longest).municipality()).isEqualTo(longest);
        }

        @Test
        void aBlankOrOverlongOrMissingMunicipalityIsRejectedWithoutRepeatingTheText() {
            String tooLong = "b".repeat(QuestionnaireValidator.MAX_TEXT_ANSWER + 1);
            Map<String, String> missing = new java.util.HashMap<>(DECISIVE);
            missing.put("municipality", null);

            for (AnswerProblem problem : List.of(problem("municipality", "   "), problem("municipality", tooLong),
                    catchThrowableOfType(InvalidAnswersException.class, () -> scorer.score(missing)).problems().get(0))) {
                assertThat(problem.field()).isEqualTo("answers.municipality");
                assertThat(problem.message()).isEqualTo("Give a text of 1 to 100 characters for question"
                        + " 'municipality', or leave the question out");
                assertThat(problem.allowed()).isEmpty();
            }
        }

        @Test
        void allContextAnswersTogether() {
            IntakeContext context = context("mobility", "HOUSEBOUND", "digital-skills", "NO",
                    "dutch-language", "LIMITED", "interests", "ANIMALS", "municipality", "Utrecht");

            assertThat(context).isEqualTo(new IntakeContext(Mobility.HOUSEBOUND, false,
                    Set.of(Circumstance.LIMITED_DUTCH), Set.of(Theme.ANIMALS), "Utrecht"));
        }

        @Test
        void contextAnswersNeverChangeTheProfile() {
            IntakeResult without = scorer.score(DECISIVE);
            IntakeResult with = scorer.score(plus(DECISIVE, "mobility", "HOUSEBOUND", "digital-skills", "NO",
                    "dutch-language", "LIMITED", "interests", "ANIMALS", "municipality", "Utrecht"));

            assertThat(with.profile()).isEqualTo(without.profile());
            assertThat(with.duration()).isEqualTo(without.duration());
            assertThat(with.coping()).isEqualTo(without.coping());
            assertThat(with.participation()).isEqualTo(without.participation());
        }
    }

    @Nested
    class CircumstancesStatedInTheScoredAnswers {

        @Test
        void aPartnerWhoDiedIsWidowed() {
            assertThat(context("life-event", "PARTNER_DIED", "event-when", "MORE_THAN_FIVE_YEARS").circumstances())
                    .containsExactly(Circumstance.WIDOWED);
        }

        @ParameterizedTest(name = "event-when {0}: recent {1}")
        @CsvSource({"LESS_THAN_SIX_MONTHS, true", "SIX_TO_TWELVE_MONTHS, true", "ONE_TO_TWO_YEARS, false",
                "TWO_TO_FIVE_YEARS, false", "MORE_THAN_FIVE_YEARS, false", "COMING, false"})
        void aPartnerWhoDiedWithinTheYearIsRecentlyWidowed(String when, boolean recent) {
            Map<String, String> answers = plus(DECISIVE, "life-event", "PARTNER_DIED", "event-when", when,
                    "how-long", "LESS_THAN_A_YEAR");

            assertThat(IntakeContext.recentlyBereaved(answers)).isEqualTo(recent);
            assertThat(scorer.score(answers).context().circumstances().contains(Circumstance.RECENTLY_WIDOWED))
                    .isEqualTo(recent);
        }

        @ParameterizedTest(name = "how-long {0}: recent {1}")
        @CsvSource({"NOT_YET, true", "LESS_THAN_A_YEAR, true", "ONE_TO_TWO_YEARS, false", "ALWAYS, false"})
        void withoutWhenTheEventHappenedHowLongDecidesWhetherTheLossIsRecent(String howLong, boolean recent) {
            assertThat(IntakeContext.recentlyBereaved(answers("life-event", "PARTNER_DIED", "how-long", howLong)))
                    .isEqualTo(recent);
        }

        @Test
        void anotherLossWithinTheYearIsNoBereavementOfAPartner() {
            assertThat(IntakeContext.recentlyBereaved(answers("life-event", "SOMEONE_CLOSE_DIED",
                    "event-when", "LESS_THAN_SIX_MONTHS"))).isFalse();
            assertThat(context("life-event", "SOMEONE_CLOSE_DIED").circumstances()).isEmpty();
        }

        @Test
        void becomingACarerIsInformalCarer() {
            assertThat(context("life-event", "BECAME_CARER").circumstances()).containsExactly(Circumstance.INFORMAL_CARER);
        }

        @Test
        void aYesOnMentalHealthIsAPsychiatricConditionAndANoIsNothing() {
            assertThat(context("mental-health", "YES_WITH_CARE").circumstances())
                    .containsExactly(Circumstance.PSYCHIATRIC_CONDITION);
            assertThat(context("mental-health", "YES_WITHOUT_CARE").circumstances())
                    .containsExactly(Circumstance.PSYCHIATRIC_CONDITION);
            assertThat(context("mental-health", "NO").circumstances()).isEmpty();
        }

        @Test
        void aYesOnAddictionIsAddictionAndANoIsNothing() {
            assertThat(context("addiction", "YES_WITH_CARE").circumstances()).containsExactly(Circumstance.ADDICTION);
            assertThat(context("addiction", "YES_WITHOUT_CARE").circumstances()).containsExactly(Circumstance.ADDICTION);
            assertThat(context("addiction", "NO").circumstances()).isEmpty();
        }

        @Test
        void otherEventsStateNoCircumstance() {
            Set<Circumstance> none = new HashSet<>();
            for (String event : List.of("DIVORCE", "MOVED", "ILLNESS", "RETIRED", "LOST_JOB", "PARTNER_IN_CARE",
                    "CHILDREN_LEFT", "OTHER_EVENT", "NO_EVENT")) {
                none.addAll(context("life-event", event).circumstances());
            }
            assertThat(none).isEmpty();
        }

        @Test
        void theItemsAndCodesTheseRulesReadExistInTheQuestionnaire() {
            assertThat(QUESTIONNAIRE.item(IntakeContext.LIFE_EVENT).orElseThrow().optionCodes())
                    .contains(IntakeContext.PARTNER_DIED, IntakeContext.BECAME_CARER);
            assertThat(QUESTIONNAIRE.item(IntakeContext.EVENT_WHEN).orElseThrow().optionCodes())
                    .containsAll(IntakeContext.EVENT_WITHIN_A_YEAR);
            assertThat(QUESTIONNAIRE.item(IntakeContext.HOW_LONG).orElseThrow().optionCodes())
                    .containsAll(IntakeContext.LONELY_WITHIN_A_YEAR);
            assertThat(QUESTIONNAIRE.item(IntakeContext.MENTAL_HEALTH).orElseThrow().optionCodes())
                    .containsAll(IntakeContext.YES_ANSWERS);
            assertThat(QUESTIONNAIRE.item(IntakeContext.ADDICTION).orElseThrow().optionCodes())
                    .containsAll(IntakeContext.YES_ANSWERS);
        }
    }

    @Nested
    class TheValue {

        @Test
        void nullSetsBecomeEmptyAndSetsCannotBeChangedAfterwards() {
            IntakeContext context = new IntakeContext(null, null, null, null, null);
            Set<Theme> themes = EnumSet.of(Theme.FOOD);
            IntakeContext withThemes = new IntakeContext(null, null, Set.of(), themes, null);
            themes.add(Theme.CULTURE);

            assertThat(context.circumstances()).isEmpty();
            assertThat(context.interests()).isEmpty();
            assertThat(withThemes.interests()).containsExactly(Theme.FOOD);
            assertThatThrownBy(() -> withThemes.interests().add(Theme.NATURE))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    /** Emotional or social loneliness from the De Jong Gierveld scale, as matching uses it. */
    @Nested
    class LonelinessKinds {

        private LonelinessScore score(Integer emotional, Integer social) {
            return new LonelinessScore(null, emotional, social, null, "citation");
        }

        @Test
        void onTheShortFormOneLonelyAnswerOnASubscaleIsEnough() {
            assertThat(IntakeContext.emotionallyLonely(DjgForm.SHORT_6, score(1, 0))).isTrue();
            assertThat(IntakeContext.emotionallyLonely(DjgForm.SHORT_6, score(0, 3))).isFalse();
            assertThat(IntakeContext.sociallyLonely(DjgForm.SHORT_6, score(0, 1))).isTrue();
            assertThat(IntakeContext.sociallyLonely(DjgForm.SHORT_6, score(3, 0))).isFalse();
        }

        @Test
        void onTheFullFormAThirdOfTheSubscalesItemsRoundedUpIsNeeded() {
            // six emotional items -> 2; five social items -> 5/3 rounded up = 2
            assertThat(IntakeContext.emotionallyLonely(DjgForm.FULL_11, score(2, 0))).isTrue();
            assertThat(IntakeContext.emotionallyLonely(DjgForm.FULL_11, score(1, 5))).isFalse();
            assertThat(IntakeContext.sociallyLonely(DjgForm.FULL_11, score(0, 2))).isTrue();
            assertThat(IntakeContext.sociallyLonely(DjgForm.FULL_11, score(6, 1))).isFalse();
        }

        @Test
        void aMissingSubscaleSaysNothing() {
            assertThat(IntakeContext.emotionallyLonely(DjgForm.SHORT_6, score(null, 3))).isFalse();
            assertThat(IntakeContext.sociallyLonely(DjgForm.FULL_11, score(6, null))).isFalse();
        }
    }
}
