package nl.interventiewijzer.intake;

import static nl.interventiewijzer.intake.ShippedQuestionnaire.QUESTIONNAIRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.interventiewijzer.profile.Coping;
import nl.interventiewijzer.profile.Dimensions;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.Profile;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Cases as a coach would fill in the intake, with the points worked out by hand in the comments
 * (T threatened, S situational, St structural, SC structural complex; A/P active/passive; O/N oriented or not).
 */
class IntakeScorerTest {

    private static final Offset<Double> EXACT = within(1e-9);

    private final IntakeScorer scorer = new IntakeScorer(QUESTIONNAIRE);

    private static Map<String, String> answers(String... itemAndCode) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < itemAndCode.length; i += 2) {
            answers.put(itemAndCode[i], itemAndCode[i + 1]);
        }
        return answers;
    }

    private static Map<String, String> plus(Map<String, String> base, String... itemAndCode) {
        Map<String, String> answers = new LinkedHashMap<>(base);
        answers.putAll(answers(itemAndCode));
        return answers;
    }

    @Nested
    class OneCasePerProfile {

        @Test
        void henkWhoRetiredHalfAYearAgoAndWantsToJoinAClubIsAnActieve() {
            // duration: T 2+1+1 = 4, S 4+2+4+1+1 = 12, St 1+1 = 2 -> halves 16 : 2, margin 14 of 18
            IntakeResult result = scorer.score(answers(
                    "how-long", "LESS_THAN_A_YEAR", "life-event", "RETIRED", "network-before", "YES_UNTIL_RECENTLY",
                    "other-worries", "NO", "mental-health", "NO",
                    "seeking-contact", "GO_WHERE_PEOPLE_ARE", "when-things-are-hard", "LOOK_FOR_SOLUTION",
                    "wants-more-contact", "YES", "take-part", "YES"));

            assertThat(result.profile()).isEqualTo(Profile.ACTIEVEN);
            assertThat(result.dimensions()).isEqualTo(new Dimensions(Duration.SITUATIONAL, Coping.ACTIVE, true));
            assertThat(result.duration().confidence()).isCloseTo(14.0 / 18, EXACT);
            assertThat(result.duration().decidedBy())
                    .containsExactly("how-long", "life-event", "network-before", "other-worries", "mental-health");
            assertThat(result.confidence()).isCloseTo(14.0 / 18, EXACT);
            assertThat(result.neighbours()).isEmpty();
        }

        @Test
        void ansWhoMovedAfterHerDivorceAndWantsOnlyASmallFamiliarGroupIsAGeborgene() {
            // duration: T 2, S 2+2+4 = 8 -> situational, certain; participation: N 2+2 -> not oriented
            IntakeResult result = scorer.score(answers(
                    "how-long", "ONE_TO_TWO_YEARS", "life-event", "DIVORCE", "network-before", "YES_UNTIL_RECENTLY",
                    "seeking-contact", "REACH_OUT", "can-change", "YES_ALREADY_DOING",
                    "wants-more-contact", "ONE_OR_TWO_PEOPLE", "take-part", "ONLY_SMALL_GROUP"));

            assertThat(result.profile()).isEqualTo(Profile.GEBORGENEN);
            assertThat(result.participation().value()).isFalse();
            assertThat(result.participation().confidence()).isCloseTo(1.0, EXACT);
        }

        @Test
        void mienWhoseHusbandDiedAndWhoWaitsForHerChildrenToCallIsAnAchterblijver() {
            // duration: T 2+1+1 = 4, S 4+2+1+1 = 8, St 1 -> halves 12 : 1, margin 11 of 13
            IntakeResult result = scorer.score(answers(
                    "how-long", "LESS_THAN_A_YEAR", "life-event", "PARTNER_DIED", "network-before", "YES_STILL_NOW",
                    "mental-health", "NO",
                    "seeking-contact", "WAIT_FOR_OTHERS", "when-things-are-hard", "WAIT_AND_HOPE",
                    "wants-more-contact", "YES", "take-part", "YES_IF_SOMEONE_COMES"));

            assertThat(result.profile()).isEqualTo(Profile.ACHTERBLIJVERS);
            assertThat(result.duration().value()).isEqualTo(Duration.SITUATIONAL);
            assertThat(result.confidence()).isCloseTo(11.0 / 13, EXACT);
        }

        @Test
        void gerardWhoSinceHisStrokeReliesOnOneCareWorkerIsAnAfhankelijke() {
            // duration: T 2, S 2+2 = 4 against SC 2 -> halves 6 : 2, margin 4 of 8
            IntakeResult result = scorer.score(answers(
                    "how-long", "ONE_TO_TWO_YEARS", "life-event", "ILLNESS", "other-worries", "YES_ONE",
                    "seeking-contact", "WAIT_FOR_OTHERS", "can-change", "NO_OTHERS_MUST",
                    "wants-more-contact", "ONE_OR_TWO_PEOPLE", "take-part", "NO"));

            assertThat(result.profile()).isEqualTo(Profile.AFHANKELIJKEN);
            assertThat(result.duration().confidence()).isCloseTo(0.5, EXACT);
            assertThat(result.duration().uncertain()).isFalse();
            assertThat(result.duration().decidedBy()).containsExactly("how-long", "life-event");
        }

        @Test
        void karinWhoFillsHerLifeWithBoardsButNeverHadCloseFriendsIsACompenseerder() {
            // duration: St 3+2+3+1+1 = 10, SC 3+2+3 = 8, T 2, S 2 -> halves 4 : 18, margin 14 of 22; St 10 > SC 8
            IntakeResult result = scorer.score(answers(
                    "how-long", "ALWAYS", "life-event", "NO_EVENT", "network-before", "NEVER",
                    "other-worries", "NO", "mental-health", "NO",
                    "seeking-contact", "KEEP_BUSY", "when-things-are-hard", "LOOK_FOR_SOLUTION",
                    "wants-more-contact", "YES", "left-alone", "NO"));

            assertThat(result.profile()).isEqualTo(Profile.COMPENSEERDERS);
            assertThat(result.duration().value()).isEqualTo(Duration.STRUCTURAL);
            assertThat(result.duration().confidence()).isCloseTo(14.0 / 22, EXACT);
        }

        @Test
        void pietWhoHasLivedOnHisOwnTermsForYearsAndWantsToBeLeftAloneIsABuitenstaander() {
            // duration: St 2+2+1 = 5, SC 2+2+1+2 = 7 -> structural half only; SC 7 > St 5 -> complex
            IntakeResult result = scorer.score(answers(
                    "how-long", "MORE_THAN_FIVE_YEARS", "life-event", "NO_EVENT", "network-before", "YES_LONG_AGO",
                    "other-worries", "YES_ONE",
                    "when-things-are-hard", "LOOK_FOR_SOLUTION", "can-change", "YES_ALREADY_DOING",
                    "left-alone", "YES", "take-part", "NO"));

            assertThat(result.profile()).isEqualTo(Profile.BUITENSTAANDERS);
            assertThat(result.duration().value()).isEqualTo(Duration.STRUCTURAL_COMPLEX);
        }

        @Test
        void sandraWhoWasAlwaysLonelyAndHopesForFriendsButDoesNotKnowHowIsAHoopvolle() {
            // duration: St 3+3+1 = 7, SC 6, T 1, S 1 -> halves 2 : 13; coping: P 4+2+4 = 10
            IntakeResult result = scorer.score(answers(
                    "how-long", "ALWAYS", "network-before", "NEVER", "other-worries", "NO",
                    "seeking-contact", "WAIT_FOR_OTHERS", "when-things-are-hard", "WAIT_AND_HOPE",
                    "can-change", "YES_BUT_HOW",
                    "wants-more-contact", "YES_BUT_HOW", "take-part", "YES_IF_SOMEONE_COMES"));

            assertThat(result.profile()).isEqualTo(Profile.HOOPVOLLEN);
            assertThat(result.duration().value()).isEqualTo(Duration.STRUCTURAL);
            assertThat(result.coping().decidedBy())
                    .containsExactly("seeking-contact", "when-things-are-hard", "can-change");
        }

        @Test
        void johanWithDebtsAndDepressionWhoHasGivenUpIsAnOverlever() {
            // duration: St 2+2 = 4, SC 2+2+4+4 = 12 -> complex; coping: P 6+6+6; participation: N 2+4
            IntakeResult result = scorer.score(answers(
                    "how-long", "MORE_THAN_FIVE_YEARS", "life-event", "NO_EVENT", "other-worries", "YES_SEVERAL",
                    "mental-health", "YES_WITH_CARE",
                    "seeking-contact", "NOTHING", "when-things-are-hard", "GIVE_UP", "can-change", "NO_NOTHING_HELPS",
                    "left-alone", "ONLY_PRACTICAL_HELP", "wants-more-contact", "NO"));

            assertThat(result.profile()).isEqualTo(Profile.OVERLEVERS);
            assertThat(result.dimensions())
                    .isEqualTo(new Dimensions(Duration.STRUCTURAL_COMPLEX, Coping.PASSIVE, false));
            assertThat(result.confidence()).isCloseTo(1.0, EXACT);
        }

        @Test
        void truusWhoStartedCaringForHerHusbandButIsNotLonelyYetIsThreatened() {
            // duration: T 4+2+1 = 7, S 2+1 = 3 -> situational half; T 7 > S 3
            IntakeResult result = scorer.score(answers(
                    "how-long", "NOT_YET", "life-event", "BECAME_CARER", "network-before", "YES_STILL_NOW",
                    "seeking-contact", "REACH_OUT", "wants-more-contact", "YES"));

            assertThat(result.duration().value()).isEqualTo(Duration.THREATENED);
            assertThat(result.profile()).isEqualTo(Profile.ACTIEVEN);
        }

        @Test
        void aLifeEventAloneKeepsThePlainSituationalCategory() {
            // T 2 = S 2 within the situational half: a tie keeps the plain category
            IntakeResult result = scorer.score(answers(
                    "life-event", "MOVED", "seeking-contact", "REACH_OUT", "wants-more-contact", "YES"));

            assertThat(result.duration().value()).isEqualTo(Duration.SITUATIONAL);
        }
    }

    @Nested
    class AmbiguousAnswers {

        private final Map<String, String> mien = answers(
                "how-long", "LESS_THAN_A_YEAR", "life-event", "PARTNER_DIED", "network-before", "YES_STILL_NOW",
                "mental-health", "NO",
                "seeking-contact", "WAIT_FOR_OTHERS", "when-things-are-hard", "WAIT_AND_HOPE",
                "wants-more-contact", "YES", "take-part", "YES_IF_SOMEONE_COMES");

        @Test
        void conflictingCopingAnswersLowerTheConfidenceAndNameTheActiveNeighbour() {
            // coping: A 4 against P 4+2 = 6 -> passive, margin 2 of 10
            IntakeResult result = scorer.score(plus(mien,
                    "seeking-contact", "REACH_OUT", "can-change", "YES_BUT_HOW"));

            assertThat(result.profile()).isEqualTo(Profile.ACHTERBLIJVERS);
            assertThat(result.coping().confidence()).isCloseTo(0.2, EXACT);
            assertThat(result.coping().uncertain()).isTrue();
            assertThat(result.confidence()).isCloseTo(0.2, EXACT).isLessThan(scorer.score(mien).confidence());
            assertThat(result.neighbours()).containsExactly(new Neighbour(Dimension.COPING, Profile.ACTIEVEN));
        }

        @Test
        void aWidowWithSeveralOtherProblemsIsSituationalButHasTheStructuralNeighbour() {
            // duration: T 2, S 2+4 = 6 against St 1, SC 1+4 = 5 -> halves 8 : 6, margin 2 of 14;
            // the structural half would be complex (SC 5 > St 1), so the neighbour is Hoopvollen
            IntakeResult result = scorer.score(answers(
                    "how-long", "TWO_TO_FIVE_YEARS", "life-event", "PARTNER_DIED", "network-before", "YES_UNTIL_RECENTLY",
                    "other-worries", "YES_SEVERAL",
                    "seeking-contact", "WAIT_FOR_OTHERS", "wants-more-contact", "YES"));

            assertThat(result.profile()).isEqualTo(Profile.ACHTERBLIJVERS);
            assertThat(result.duration().confidence()).isCloseTo(2.0 / 14, EXACT);
            assertThat(result.duration().decidedBy()).containsExactly("life-event", "network-before");
            assertThat(result.neighbours()).containsExactly(new Neighbour(Dimension.DURATION, Profile.HOOPVOLLEN));
        }

        @Test
        void twoUncertainDimensionsGiveOneNeighbourEachInDimensionOrder() {
            // duration as in the widow case (margin 2 of 14); coping: A 4 against P 4 + 2 (margin 2 of 10)
            IntakeResult result = scorer.score(answers(
                    "how-long", "TWO_TO_FIVE_YEARS", "life-event", "PARTNER_DIED", "network-before", "YES_UNTIL_RECENTLY",
                    "other-worries", "YES_SEVERAL",
                    "seeking-contact", "REACH_OUT", "when-things-are-hard", "WAIT_AND_HOPE", "can-change", "YES_BUT_HOW",
                    "wants-more-contact", "YES"));

            assertThat(result.neighbours()).containsExactly(
                    new Neighbour(Dimension.DURATION, Profile.HOOPVOLLEN),
                    new Neighbour(Dimension.COPING, Profile.ACTIEVEN));
            assertThat(result.confidence()).isCloseTo(2.0 / 14, EXACT);
        }

        @Test
        void wantingContactButPreferringToBeLeftAloneMakesParticipationUncertain() {
            // participation: O 4+2 = 6 against N 4, margin 2 of 10
            IntakeResult result = scorer.score(plus(mien, "left-alone", "YES"));

            assertThat(result.participation().value()).isTrue();
            assertThat(result.participation().uncertain()).isTrue();
            assertThat(result.participation().decidedBy()).containsExactly("wants-more-contact", "take-part");
            assertThat(result.neighbours()).containsExactly(new Neighbour(Dimension.PARTICIPATION, Profile.AFHANKELIJKEN));
        }

        @Test
        void aWinnerWithExactlyTwiceTheOtherSidesPointsIsNotUncertain() {
            // participation: O 4 against N 2, margin 2 of 6 = 1/3
            IntakeResult result = scorer.score(plus(mien, "take-part", "ONLY_SMALL_GROUP"));

            assertThat(result.participation().confidence()).isCloseTo(1.0 / 3, EXACT);
            assertThat(result.participation().uncertain()).isFalse();
            assertThat(result.neighbours()).isEmpty();
        }

        @Test
        void theFindingShowsThePointsPerCategory() {
            IntakeResult result = scorer.score(mien);

            assertThat(result.duration().points()).containsExactly(
                    Map.entry(Category.THREATENED, 4), Map.entry(Category.SITUATIONAL, 8),
                    Map.entry(Category.STRUCTURAL, 1), Map.entry(Category.STRUCTURAL_COMPLEX, 0));
        }
    }

    @Nested
    class InvalidAnswers {

        private final Map<String, String> decisive = answers(
                "how-long", "LESS_THAN_A_YEAR", "seeking-contact", "REACH_OUT", "wants-more-contact", "YES");

        @Test
        void anUnknownQuestionIsNamedWithTheQuestionsThatExist() {
            InvalidAnswersException error = catchThrowableOfType(InvalidAnswersException.class,
                    () -> scorer.score(plus(decisive, "favourite-colour", "BLUE")));

            assertThat(error.problems()).containsExactly(new AnswerProblem("answers.favourite-colour",
                    "Unknown question id 'favourite-colour' in questionnaire 2026.11.1", QUESTIONNAIRE.itemIds()));
        }

        @Test
        void anUnknownAnswerCodeIsNamedWithTheCodesOfThatQuestion() {
            InvalidAnswersException error = catchThrowableOfType(InvalidAnswersException.class,
                    () -> scorer.score(plus(decisive, "how-long", "FOREVER")));

            assertThat(error.problems()).containsExactly(new AnswerProblem("answers.how-long",
                    "Unknown answer code 'FOREVER' for question 'how-long'",
                    List.of("NOT_YET", "LESS_THAN_A_YEAR", "ONE_TO_TWO_YEARS", "TWO_TO_FIVE_YEARS",
                            "MORE_THAN_FIVE_YEARS", "ALWAYS")));
        }

        @Test
        void everyUnknownIdAndCodeIsListedInOneErrorOrderedByQuestionId() {
            InvalidAnswersException error = catchThrowableOfType(InvalidAnswersException.class,
                    () -> scorer.score(plus(decisive, "how-long", "FOREVER", "favourite-colour", "BLUE")));

            assertThat(error.problems()).extracting(AnswerProblem::field)
                    .containsExactly("answers.favourite-colour", "answers.how-long");
        }

        @Test
        void aMissingAnswerCodeIsAnUnknownCode() {
            Map<String, String> answers = new HashMap<>(decisive);
            answers.put("take-part", null);

            InvalidAnswersException error = catchThrowableOfType(InvalidAnswersException.class,
                    () -> scorer.score(answers));

            assertThat(error.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo("answers.take-part");
                assertThat(problem.allowed()).containsExactly("YES", "YES_IF_SOMEONE_COMES", "ONLY_SMALL_GROUP", "NO");
            });
        }

        @Test
        void noAnswerAboutParticipationIsRejectedNamingItsQuestions() {
            InvalidAnswersException error = catchThrowableOfType(InvalidAnswersException.class,
                    () -> scorer.score(answers("how-long", "LESS_THAN_A_YEAR", "seeking-contact", "REACH_OUT")));

            assertThat(error.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo("answers");
                assertThat(problem.message()).contains("PARTICIPATION");
                assertThat(problem.allowed()).containsExactly("wants-more-contact", "take-part", "left-alone");
            });
        }

        @Test
        void answersThatWeighBothSidesEquallyAreRejectedRatherThanGuessed() {
            // coping: A 4 against P 4
            InvalidAnswersException error = catchThrowableOfType(InvalidAnswersException.class,
                    () -> scorer.score(plus(decisive, "when-things-are-hard", "WAIT_AND_HOPE")));

            assertThat(error.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.message()).contains("COPING").contains("4 points each");
                assertThat(problem.allowed()).containsExactly("seeking-contact", "when-things-are-hard", "can-change");
            });
        }

        @Test
        void noAnswersAtAllNameAllThreeDimensions() {
            InvalidAnswersException error = catchThrowableOfType(InvalidAnswersException.class,
                    () -> scorer.score(Map.of()));

            assertThat(error.problems()).extracting(AnswerProblem::allowed).containsExactly(
                    QUESTIONNAIRE.itemIds(Dimension.DURATION),
                    QUESTIONNAIRE.itemIds(Dimension.COPING),
                    QUESTIONNAIRE.itemIds(Dimension.PARTICIPATION));
        }
    }
}
