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

    static Map<String, String> answers(String... itemAndCode) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < itemAndCode.length; i += 2) {
            answers.put(itemAndCode[i], itemAndCode[i + 1]);
        }
        return answers;
    }

    static Map<String, String> plus(Map<String, String> base, String... itemAndCode) {
        Map<String, String> answers = new LinkedHashMap<>(base);
        answers.putAll(answers(itemAndCode));
        return answers;
    }

    @Test
    void theScorerShowsTheQuestionnaireItScoresWith() {
        assertThat(scorer.questionnaire()).isSameAs(QUESTIONNAIRE);
    }

    @Nested
    class OneCasePerProfile {

        @Test
        void henkWhoRetiredHalfAYearAgoAndWantsToJoinAClubIsAnActieve() {
            // duration: T 2+1+1+1 = 5, S 4+2+4+4+1+1+1 = 17, St 3 -> halves 22 : 3, margin 19 of 25
            IntakeResult result = scorer.score(answers(
                    "how-long", "LESS_THAN_A_YEAR", "life-event", "RETIRED", "event-when", "LESS_THAN_SIX_MONTHS",
                    "network-before", "YES_UNTIL_RECENTLY", "other-worries", "NO", "mental-health", "NO",
                    "addiction", "NO",
                    "seeking-contact", "GO_WHERE_PEOPLE_ARE", "when-things-are-hard", "LOOK_FOR_SOLUTION",
                    "wants-more-contact", "YES", "take-part", "YES"));

            assertThat(result.profile()).isEqualTo(Profile.ACTIEVEN);
            assertThat(result.dimensions()).isEqualTo(new Dimensions(Duration.SITUATIONAL, Coping.ACTIVE, true));
            assertThat(result.duration().confidence()).isCloseTo(19.0 / 25, EXACT);
            assertThat(result.duration().decidedBy()).containsExactly("how-long", "life-event", "event-when",
                    "network-before", "other-worries", "mental-health", "addiction");
            assertThat(result.confidence()).isCloseTo(19.0 / 25, EXACT);
            assertThat(result.neighbours()).isEmpty();
            assertThat(result.questionnaireVersion()).isEqualTo("2026.12.1");
        }

        @Test
        void ansWhoMovedAfterHerDivorceAndWantsOnlyASmallFamiliarGroupIsAGeborgene() {
            // duration: T 2, S 2+2+4 = 8; coping: A 4+2; participation: N 2+2 -> not oriented
            IntakeResult result = scorer.score(answers(
                    "how-long", "ONE_TO_TWO_YEARS", "life-event", "DIVORCE", "network-before", "YES_UNTIL_RECENTLY",
                    "seeking-contact", "REACH_OUT_TO_DIFFERENT_PEOPLE", "close-circle", "SMALL_FAMILIAR_GROUP",
                    "wants-more-contact", "ONE_OR_TWO_PEOPLE", "take-part", "ONLY_SMALL_GROUP"));

            assertThat(result.profile()).isEqualTo(Profile.GEBORGENEN);
            assertThat(result.participation().value()).isFalse();
            assertThat(result.participation().confidence()).isCloseTo(1.0, EXACT);
            assertThat(result.coping().decidedBy()).containsExactly("seeking-contact", "close-circle");
        }

        @Test
        void rietWhoseHusbandDiedThisSpringAndWhoWaitsForHerChildrenToCallIsAnAchterblijver() {
            // duration: T 2+1+1 = 4, S 4+2+4+1+1 = 12, St 1 -> halves 16 : 1, margin 15 of 17
            // participation: O 4+2+2 = 8
            IntakeResult result = scorer.score(answers(
                    "how-long", "LESS_THAN_A_YEAR", "life-event", "PARTNER_DIED", "event-when", "LESS_THAN_SIX_MONTHS",
                    "network-before", "YES_STILL_NOW", "mental-health", "NO",
                    "seeking-contact", "WAIT_FOR_OTHERS", "when-things-are-hard", "WAIT_AND_HOPE",
                    "wants-more-contact", "YES", "take-part", "YES_IF_SOMEONE_COMES", "contact-quality", "ONE_PERSON_GONE"));

            assertThat(result.profile()).isEqualTo(Profile.ACHTERBLIJVERS);
            assertThat(result.duration().value()).isEqualTo(Duration.SITUATIONAL);
            assertThat(result.confidence()).isCloseTo(15.0 / 17, EXACT);
            assertThat(result.participation().points()).containsEntry(Category.ORIENTED, 8);
        }

        @Test
        void gerardWhoSinceHisStrokeReliesOnOneCareWorkerIsAnAfhankelijke() {
            // duration: T 2, S 2+2 = 4 against St 1, SC 1 -> halves 6 : 2, margin 4 of 8
            IntakeResult result = scorer.score(answers(
                    "how-long", "ONE_TO_TWO_YEARS", "life-event", "ILLNESS", "other-worries", "HEALTH",
                    "seeking-contact", "WAIT_FOR_OTHERS", "can-change", "NO_OTHERS_MUST",
                    "close-circle", "ONE_TRUSTED_PERSON",
                    "wants-more-contact", "ONE_OR_TWO_PEOPLE", "take-part", "NO"));

            assertThat(result.profile()).isEqualTo(Profile.AFHANKELIJKEN);
            assertThat(result.duration().confidence()).isCloseTo(0.5, EXACT);
            assertThat(result.duration().uncertain()).isFalse();
            assertThat(result.duration().decidedBy()).containsExactly("how-long", "life-event");
        }

        @Test
        void karinWhoFillsHerLifeWithBoardsButHasNoOneCloseIsACompenseerder() {
            // duration: St 3+2+3+1+1 = 10, SC 3+2+3 = 8, T 2, S 2 -> halves 4 : 18, margin 14 of 22
            // participation: she knows people enough (N 4) but misses closeness (O 4) and wants to see people (O 4)
            IntakeResult result = scorer.score(answers(
                    "how-long", "ALWAYS", "life-event", "NO_EVENT", "network-before", "NEVER",
                    "other-worries", "NO", "mental-health", "NO",
                    "seeking-contact", "KEEP_BUSY", "when-things-are-hard", "LOOK_FOR_SOLUTION",
                    "wants-more-contact", "NO", "contact-quality", "CLOSENESS", "left-alone", "NO"));

            assertThat(result.profile()).isEqualTo(Profile.COMPENSEERDERS);
            assertThat(result.duration().value()).isEqualTo(Duration.STRUCTURAL);
            assertThat(result.duration().confidence()).isCloseTo(14.0 / 22, EXACT);
            assertThat(result.participation().confidence()).isCloseTo(4.0 / 12, EXACT);
        }

        @Test
        void pietWhoHasLivedOnHisOwnTermsForYearsAndWantsToBeLeftAloneIsABuitenstaander() {
            IntakeResult result = scorer.score(answers(
                    "how-long", "MORE_THAN_FIVE_YEARS", "life-event", "NO_EVENT", "network-before", "YES_LONG_AGO",
                    "other-worries", "MONEY",
                    "seeking-contact", "MANAGE_ALONE", "when-things-are-hard", "LOOK_FOR_SOLUTION",
                    "can-change", "YES_ALREADY_DOING", "left-alone", "YES", "take-part", "NO"));

            assertThat(result.profile()).isEqualTo(Profile.BUITENSTAANDERS);
            assertThat(result.duration().value()).isEqualTo(Duration.STRUCTURAL);
        }

        @Test
        void sandraWhoWasAlwaysLonelyAndHopesForFriendsButDoesNotKnowHowIsAHoopvolle() {
            // duration: St 3+3+1 = 7, SC 6, T 1, S 1 -> halves 2 : 13; coping: P 4+4+2 = 10
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
            // duration: St 2+2 = 4, SC 2+2+4+4 = 12 -> structural, complex by its problems; coping: P 6+6+6
            IntakeResult result = scorer.score(answers(
                    "how-long", "MORE_THAN_FIVE_YEARS", "life-event", "NO_EVENT", "other-worries", "SEVERAL",
                    "mental-health", "YES_WITH_CARE",
                    "seeking-contact", "NOTHING", "when-things-are-hard", "GIVE_UP", "can-change", "NO_NOTHING_HELPS",
                    "left-alone", "ONLY_PRACTICAL_HELP", "wants-more-contact", "NO"));

            assertThat(result.profile()).isEqualTo(Profile.OVERLEVERS);
            assertThat(result.dimensions())
                    .isEqualTo(new Dimensions(Duration.STRUCTURAL_COMPLEX, Coping.PASSIVE, false));
            assertThat(result.confidence()).isCloseTo(1.0, EXACT);
        }

        @Test
        void truusWhoWillSoonCareForHerHusbandButIsNotLonelyYetIsThreatened() {
            // duration: T 6+2+4+1 = 13, S 2+1 = 3 -> situational half; T 13 > S 3
            IntakeResult result = scorer.score(answers(
                    "how-long", "NOT_YET", "life-event", "BECAME_CARER", "event-when", "COMING",
                    "network-before", "YES_STILL_NOW", "seeking-contact", "REACH_OUT_TO_DIFFERENT_PEOPLE",
                    "wants-more-contact", "YES"));

            assertThat(result.duration().value()).isEqualTo(Duration.THREATENED);
            assertThat(result.profile()).isEqualTo(Profile.ACTIEVEN);
        }

        @Test
        void aLifeEventAloneKeepsThePlainSituationalCategory() {
            // T 2 = S 2 within the situational half: a tie keeps the plain category
            IntakeResult result = scorer.score(answers(
                    "life-event", "MOVED", "seeking-contact", "GO_WHERE_PEOPLE_ARE", "wants-more-contact", "YES"));

            assertThat(result.duration().value()).isEqualTo(Duration.SITUATIONAL);
        }

        @Test
        void oneMoreThreatenedPointThanSituationalMakesItThreatened() {
            // T 6 (not yet lonely) against S 4 (an event less than six months ago)
            IntakeResult threatened = scorer.score(answers(
                    "how-long", "NOT_YET", "event-when", "LESS_THAN_SIX_MONTHS",
                    "seeking-contact", "GO_WHERE_PEOPLE_ARE", "wants-more-contact", "YES"));
            // the same with a network that fell away recently: S 4 + 4 = 8 against T 6
            IntakeResult situational = scorer.score(answers(
                    "how-long", "NOT_YET", "event-when", "LESS_THAN_SIX_MONTHS", "network-before", "YES_UNTIL_RECENTLY",
                    "seeking-contact", "GO_WHERE_PEOPLE_ARE", "wants-more-contact", "YES"));

            assertThat(threatened.duration().value()).isEqualTo(Duration.THREATENED);
            assertThat(situational.duration().value()).isEqualTo(Duration.SITUATIONAL);
        }
    }

    /** The people of the December 2026 review (section 7) whose intake went wrong, answered as they would. */
    @Nested
    class TheReviewsCases {

        @Test
        void mienWhoPhonesHerDaughterAndLeansOnHerIsAnAfhankelijkeNotAGeborgene() {
            // coping: P 4 (same person) + 4 (leans on one) + 4 (one trusted person) = 12, no active points
            IntakeResult result = scorer.score(answers(
                    "how-long", "LESS_THAN_A_YEAR", "life-event", "SOMEONE_CLOSE_DIED", "event-when", "LESS_THAN_SIX_MONTHS",
                    "network-before", "YES_STILL_NOW",
                    "seeking-contact", "CALL_THE_SAME_PERSON", "when-things-are-hard", "LEAN_ON_ONE_PERSON",
                    "close-circle", "ONE_TRUSTED_PERSON",
                    "wants-more-contact", "ONE_OR_TWO_PEOPLE", "left-alone", "ONLY_MY_OWN_PEOPLE"));

            assertThat(result.profile()).isEqualTo(Profile.AFHANKELIJKEN);
            assertThat(result.coping().points()).containsEntry(Category.PASSIVE, 12).containsEntry(Category.ACTIVE, 0);
            assertThat(result.neighbours()).isEmpty();
        }

        @Test
        void henkWhoseWifeMovedIntoANursingHomeAndWantsOnlyHisOwnPeopleIsAThreatenedGeborgene() {
            // duration: T 6+2+1+1 = 10, S 2+4+1+1 = 8, St 1; participation: N 2+2, no oriented points
            IntakeResult result = scorer.score(answers(
                    "how-long", "NOT_YET", "life-event", "PARTNER_IN_CARE", "event-when", "LESS_THAN_SIX_MONTHS",
                    "network-before", "YES_STILL_NOW", "other-worries", "NO",
                    "seeking-contact", "REACH_OUT_TO_DIFFERENT_PEOPLE", "close-circle", "SMALL_FAMILIAR_GROUP",
                    "wants-more-contact", "ONE_OR_TWO_PEOPLE", "left-alone", "ONLY_MY_OWN_PEOPLE"));

            assertThat(result.profile()).isEqualTo(Profile.GEBORGENEN);
            assertThat(result.duration().value()).isEqualTo(Duration.THREATENED);
            assertThat(result.participation().points()).containsEntry(Category.NOT_ORIENTED, 4)
                    .containsEntry(Category.ORIENTED, 0);
        }

        @Test
        void lisaWhoseParticipationAnswersStillWeighTheSameIsAnUncertainGeborgeneNotA400() {
            // participation: N 2 + 2 against O 4: a tie -> not (clearly) oriented, confidence 0, Actieven named
            IntakeResult result = scorer.score(answers(
                    "how-long", "ONE_TO_TWO_YEARS", "life-event", "MOVED", "event-when", "LESS_THAN_SIX_MONTHS",
                    "seeking-contact", "GO_WHERE_PEOPLE_ARE",
                    "wants-more-contact", "ONE_OR_TWO_PEOPLE", "take-part", "ONLY_SMALL_GROUP", "left-alone", "NO"));

            assertThat(result.profile()).isEqualTo(Profile.GEBORGENEN);
            assertThat(result.participation().confidence()).isZero();
            assertThat(result.participation().uncertain()).isTrue();
            assertThat(result.confidence()).isZero();
            assertThat(result.neighbours()).containsExactly(new Neighbour(Dimension.PARTICIPATION, Profile.ACTIEVEN));
        }

        @Test
        void wimWhoseDivorceWasTwentyYearsAgoIsACompenseerderNotATie() {
            // duration: T 2+1+1 = 4, S 2+1+1 = 4 against St 2+3+1+1+1 = 8, SC 2+3+1 = 6 -> halves 8 : 14
            IntakeResult result = scorer.score(answers(
                    "how-long", "MORE_THAN_FIVE_YEARS", "life-event", "DIVORCE", "event-when", "MORE_THAN_FIVE_YEARS",
                    "network-before", "YES_LONG_AGO", "other-worries", "NO", "mental-health", "NO",
                    "seeking-contact", "KEEP_BUSY", "when-things-are-hard", "LOOK_FOR_SOLUTION",
                    "wants-more-contact", "NO", "contact-quality", "CLOSENESS", "take-part", "YES"));

            assertThat(result.profile()).isEqualTo(Profile.COMPENSEERDERS);
            assertThat(result.duration().value()).isEqualTo(Duration.STRUCTURAL);
            assertThat(result.duration().confidence()).isCloseTo(6.0 / 22, EXACT);
            assertThat(result.neighbours()).containsExactly(new Neighbour(Dimension.DURATION, Profile.ACTIEVEN));
        }

        @Test
        void theSameDivorceLastYearWouldHaveMadeItSituational() {
            Map<String, String> recent = answers(
                    "how-long", "LESS_THAN_A_YEAR", "life-event", "DIVORCE", "event-when", "SIX_TO_TWELVE_MONTHS",
                    "seeking-contact", "KEEP_BUSY", "wants-more-contact", "YES");

            assertThat(scorer.score(recent).duration().value()).isEqualTo(Duration.SITUATIONAL);
        }

        @Test
        void fritsWithALeakingRoofIsStructuralNotComplexDespiteMoreComplexPointsThanNone() {
            IntakeResult result = scorer.score(answers(
                    "how-long", "ALWAYS", "life-event", "NO_EVENT", "network-before", "NEVER",
                    "other-worries", "HOUSING", "mental-health", "NO",
                    "seeking-contact", "MANAGE_ALONE", "when-things-are-hard", "LOOK_FOR_SOLUTION",
                    "can-change", "YES_ALREADY_DOING", "left-alone", "YES", "take-part", "NO"));

            assertThat(result.profile()).isEqualTo(Profile.BUITENSTAANDERS);
            assertThat(result.duration().value()).isEqualTo(Duration.STRUCTURAL);
            assertThat(result.coping().confidence()).isCloseTo(1.0, EXACT);
        }

        @Test
        void jokeWithASmallPensionHasMoreComplexThanStructuralPointsButStaysStructural() {
            // St 3+3+1 = 7 and SC 3+3+1 = 7: the points alone would not say; the rule does
            IntakeResult result = scorer.score(answers(
                    "how-long", "ALWAYS", "network-before", "NEVER", "other-worries", "MONEY",
                    "seeking-contact", "WAIT_FOR_OTHERS", "when-things-are-hard", "WAIT_AND_HOPE",
                    "can-change", "YES_BUT_HOW", "wants-more-contact", "YES_BUT_HOW", "take-part", "YES_IF_SOMEONE_COMES"));

            assertThat(result.profile()).isEqualTo(Profile.HOOPVOLLEN);
            assertThat(result.duration().value()).isEqualTo(Duration.STRUCTURAL);
        }

        @Test
        void bertusWhoDrinksIsAComplexOverlever() {
            IntakeResult result = scorer.score(answers(
                    "how-long", "MORE_THAN_FIVE_YEARS", "life-event", "NO_EVENT", "addiction", "YES_WITHOUT_CARE",
                    "seeking-contact", "NOTHING", "when-things-are-hard", "GIVE_UP", "can-change", "NO_NOTHING_HELPS",
                    "left-alone", "ONLY_PRACTICAL_HELP", "wants-more-contact", "NO"));

            assertThat(result.profile()).isEqualTo(Profile.OVERLEVERS);
            assertThat(result.duration().value()).isEqualTo(Duration.STRUCTURAL_COMPLEX);
        }
    }

    /** Rule 6: a tie takes the plain side (B) with confidence 0 and names the other side's profile. */
    @Nested
    class Ties {

        private final Map<String, String> situationalActiveOriented = answers(
                "how-long", "LESS_THAN_A_YEAR", "seeking-contact", "GO_WHERE_PEOPLE_ARE", "wants-more-contact", "YES");

        @Test
        void aCopingTieIsPassiveWithTheActiveNeighbour() {
            // coping: A 4 against P 4
            IntakeResult result = scorer.score(plus(situationalActiveOriented, "when-things-are-hard", "WAIT_AND_HOPE"));

            assertThat(result.coping().value()).isEqualTo(Coping.PASSIVE);
            assertThat(result.coping().confidence()).isZero();
            assertThat(result.coping().uncertain()).isTrue();
            assertThat(result.coping().decidedBy()).containsExactly("when-things-are-hard");
            assertThat(result.profile()).isEqualTo(Profile.ACHTERBLIJVERS);
            assertThat(result.neighbours()).containsExactly(new Neighbour(Dimension.COPING, Profile.ACTIEVEN));
            assertThat(result.confidence()).isZero();
        }

        @Test
        void aParticipationTieIsNotClearlyOrientedWithTheOrientedNeighbour() {
            // participation: O 4 against N 4
            IntakeResult result = scorer.score(plus(situationalActiveOriented, "take-part", "NO"));

            assertThat(result.participation().value()).isFalse();
            assertThat(result.profile()).isEqualTo(Profile.GEBORGENEN);
            assertThat(result.neighbours()).containsExactly(new Neighbour(Dimension.PARTICIPATION, Profile.ACTIEVEN));
        }

        @Test
        void aDurationTieIsPlainStructuralWithTheSituationalNeighbour() {
            // duration: S 2 against St 1 + SC 1
            IntakeResult result = scorer.score(plus(situationalActiveOriented,
                    "how-long", "ONE_TO_TWO_YEARS", "event-when", "TWO_TO_FIVE_YEARS"));

            assertThat(result.duration().value()).isEqualTo(Duration.STRUCTURAL);
            assertThat(result.duration().confidence()).isZero();
            assertThat(result.profile()).isEqualTo(Profile.COMPENSEERDERS);
            assertThat(result.neighbours()).containsExactly(new Neighbour(Dimension.DURATION, Profile.ACTIEVEN));
        }

        @Test
        void aDurationTieWithProblemsInSeveralDomainsIsComplex() {
            // duration: T 2 + S 2 against SC 4
            IntakeResult result = scorer.score(answers("life-event", "MOVED", "other-worries", "SEVERAL",
                    "seeking-contact", "GO_WHERE_PEOPLE_ARE", "wants-more-contact", "YES"));

            assertThat(result.duration().value()).isEqualTo(Duration.STRUCTURAL_COMPLEX);
            assertThat(result.neighbours()).containsExactly(new Neighbour(Dimension.DURATION, Profile.ACTIEVEN));
        }

        @Test
        void threeTiesGiveOverleversWithAllThreeNeighboursAndConfidenceZero() {
            IntakeResult result = scorer.score(answers(
                    "how-long", "ONE_TO_TWO_YEARS", "event-when", "TWO_TO_FIVE_YEARS",
                    "seeking-contact", "GO_WHERE_PEOPLE_ARE", "when-things-are-hard", "WAIT_AND_HOPE",
                    "wants-more-contact", "YES", "take-part", "NO"));

            assertThat(result.dimensions()).isEqualTo(new Dimensions(Duration.STRUCTURAL, Coping.PASSIVE, false));
            assertThat(result.profile()).isEqualTo(Profile.OVERLEVERS);
            assertThat(result.confidence()).isZero();
            assertThat(result.neighbours()).containsExactly(
                    new Neighbour(Dimension.DURATION, Profile.AFHANKELIJKEN),
                    new Neighbour(Dimension.COPING, Profile.BUITENSTAANDERS),
                    new Neighbour(Dimension.PARTICIPATION, Profile.HOOPVOLLEN));
        }
    }

    /** Rule 2: structurally complex needs worries in two domains, or a psychiatric or addiction problem. */
    @Nested
    class Complexity {

        private final Map<String, String> structural = answers(
                "how-long", "ALWAYS", "seeking-contact", "GO_WHERE_PEOPLE_ARE", "wants-more-contact", "YES");

        @Test
        void noProblemAtAllIsStructural() {
            assertThat(scorer.score(structural).duration().value()).isEqualTo(Duration.STRUCTURAL);
        }

        @Test
        void worriesInOneDomainAreStructural() {
            for (String oneArea : List.of("MONEY", "HOUSING", "HEALTH", "OTHER_AREA")) {
                assertThat(scorer.score(plus(structural, "other-worries", oneArea)).duration().value())
                        .as(oneArea).isEqualTo(Duration.STRUCTURAL);
            }
        }

        @Test
        void worriesInSeveralDomainsAreComplex() {
            assertThat(scorer.score(plus(structural, "other-worries", "SEVERAL")).duration().value())
                    .isEqualTo(Duration.STRUCTURAL_COMPLEX);
        }

        @Test
        void aPsychiatricProblemWithOrWithoutCareIsComplex() {
            for (String yes : List.of("YES_WITH_CARE", "YES_WITHOUT_CARE")) {
                assertThat(scorer.score(plus(structural, "mental-health", yes)).duration().value())
                        .as(yes).isEqualTo(Duration.STRUCTURAL_COMPLEX);
            }
        }

        @Test
        void anAddictionWithOrWithoutCareIsComplex() {
            for (String yes : List.of("YES_WITH_CARE", "YES_WITHOUT_CARE")) {
                assertThat(scorer.score(plus(structural, "addiction", yes)).duration().value())
                        .as(yes).isEqualTo(Duration.STRUCTURAL_COMPLEX);
            }
        }

        @Test
        void noAnswersToTheProblemQuestionsAreStructural() {
            assertThat(scorer.score(plus(structural, "other-worries", "NO", "mental-health", "NO", "addiction", "NO"))
                    .duration().value()).isEqualTo(Duration.STRUCTURAL);
        }

        @Test
        void complexityDoesNotMoveASituationalPersonButShowsInTheStructuralNeighbour() {
            // duration: T 2, S 2+4+4 = 10 against SC 4+4 = 8 -> halves 12 : 8, uncertain (margin 4 of 20)
            IntakeResult result = scorer.score(answers(
                    "life-event", "PARTNER_DIED", "event-when", "LESS_THAN_SIX_MONTHS", "network-before", "YES_UNTIL_RECENTLY",
                    "other-worries", "SEVERAL", "mental-health", "YES_WITH_CARE",
                    "seeking-contact", "WAIT_FOR_OTHERS", "wants-more-contact", "YES"));

            assertThat(result.duration().value()).isEqualTo(Duration.SITUATIONAL);
            assertThat(result.duration().confidence()).isCloseTo(4.0 / 20, EXACT);
            assertThat(result.neighbours()).containsExactly(new Neighbour(Dimension.DURATION, Profile.HOOPVOLLEN));
        }
    }

    @Nested
    class AmbiguousAnswers {

        private final Map<String, String> riet = answers(
                "how-long", "LESS_THAN_A_YEAR", "life-event", "PARTNER_DIED", "network-before", "YES_STILL_NOW",
                "mental-health", "NO",
                "seeking-contact", "WAIT_FOR_OTHERS", "when-things-are-hard", "WAIT_AND_HOPE",
                "wants-more-contact", "YES", "take-part", "YES_IF_SOMEONE_COMES");

        @Test
        void conflictingCopingAnswersLowerTheConfidenceAndNameTheActiveNeighbour() {
            // coping: A 4 against P 4+2 = 6 -> passive, margin 2 of 10
            IntakeResult result = scorer.score(plus(riet,
                    "seeking-contact", "REACH_OUT_TO_DIFFERENT_PEOPLE", "can-change", "YES_BUT_HOW"));

            assertThat(result.profile()).isEqualTo(Profile.ACHTERBLIJVERS);
            assertThat(result.coping().confidence()).isCloseTo(0.2, EXACT);
            assertThat(result.coping().uncertain()).isTrue();
            assertThat(result.confidence()).isCloseTo(0.2, EXACT).isLessThan(scorer.score(riet).confidence());
            assertThat(result.neighbours()).containsExactly(new Neighbour(Dimension.COPING, Profile.ACTIEVEN));
        }

        @Test
        void twoUncertainDimensionsGiveOneNeighbourEachInDimensionOrder() {
            // duration: T 2, S 2+4 = 6 against St 1, SC 1+4 = 5 -> halves 8 : 6; coping: A 4 against P 4 + 2
            IntakeResult result = scorer.score(answers(
                    "how-long", "TWO_TO_FIVE_YEARS", "life-event", "PARTNER_DIED", "network-before", "YES_UNTIL_RECENTLY",
                    "other-worries", "SEVERAL",
                    "seeking-contact", "REACH_OUT_TO_DIFFERENT_PEOPLE", "when-things-are-hard", "WAIT_AND_HOPE",
                    "can-change", "YES_BUT_HOW", "wants-more-contact", "YES"));

            assertThat(result.neighbours()).containsExactly(
                    new Neighbour(Dimension.DURATION, Profile.HOOPVOLLEN),
                    new Neighbour(Dimension.COPING, Profile.ACTIEVEN));
            assertThat(result.confidence()).isCloseTo(2.0 / 14, EXACT);
            assertThat(result.duration().decidedBy()).containsExactly("life-event", "network-before");
        }

        @Test
        void wantingContactButPreferringToBeLeftAloneMakesParticipationUncertain() {
            // participation: O 4+2 = 6 against N 4, margin 2 of 10
            IntakeResult result = scorer.score(plus(riet, "left-alone", "YES"));

            assertThat(result.participation().value()).isTrue();
            assertThat(result.participation().uncertain()).isTrue();
            assertThat(result.participation().decidedBy()).containsExactly("wants-more-contact", "take-part");
            assertThat(result.neighbours()).containsExactly(new Neighbour(Dimension.PARTICIPATION, Profile.AFHANKELIJKEN));
        }

        @Test
        void aWinnerWithExactlyTwiceTheOtherSidesPointsIsNotUncertain() {
            // participation: O 4 against N 2, margin 2 of 6 = 1/3
            IntakeResult result = scorer.score(plus(riet, "take-part", "ONLY_SMALL_GROUP"));

            assertThat(result.participation().confidence()).isCloseTo(1.0 / 3, EXACT);
            assertThat(result.participation().uncertain()).isFalse();
            assertThat(result.neighbours()).isEmpty();
        }

        @Test
        void aWinnerWithJustUnderTwiceTheOtherSidesPointsIsUncertain() {
            // participation: O 4 (wants more contact) + 4 (misses closeness) = 8
            // against N 4 (left alone) + 2 (only a small group) = 6 -> margin 2 of 14, under 1/3
            IntakeResult result = scorer.score(plus(riet, "take-part", "ONLY_SMALL_GROUP", "left-alone", "YES",
                    "contact-quality", "CLOSENESS"));

            assertThat(result.participation().value()).isTrue();
            assertThat(result.participation().confidence()).isCloseTo(2.0 / 14, EXACT);
            assertThat(result.participation().uncertain()).isTrue();
        }

        @Test
        void theFindingShowsThePointsPerCategory() {
            IntakeResult result = scorer.score(riet);

            assertThat(result.duration().points()).containsExactly(
                    Map.entry(Category.THREATENED, 4), Map.entry(Category.SITUATIONAL, 8),
                    Map.entry(Category.STRUCTURAL, 1), Map.entry(Category.STRUCTURAL_COMPLEX, 0));
        }
    }

    @Nested
    class InvalidAnswers {

        private final Map<String, String> decisive = answers(
                "how-long", "LESS_THAN_A_YEAR", "seeking-contact", "GO_WHERE_PEOPLE_ARE", "wants-more-contact", "YES");

        @Test
        void anUnknownQuestionIsNamedWithEveryQuestionThatExistsContextIncluded() {
            InvalidAnswersException error = catchThrowableOfType(InvalidAnswersException.class,
                    () -> scorer.score(plus(decisive, "favourite-colour", "BLUE")));

            assertThat(error.problems()).containsExactly(new AnswerProblem("answers.favourite-colour",
                    "Unknown question id 'favourite-colour' in questionnaire 2026.12.1", QUESTIONNAIRE.answerIds()));
            assertThat(QUESTIONNAIRE.answerIds()).contains("how-long", "mobility", "municipality");
            assertThat(error).hasMessage("answers.favourite-colour: Unknown question id 'favourite-colour' in"
                    + " questionnaire 2026.12.1");
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
        void aRetiredCodeOfTheOldVersionIsUnknown() {
            InvalidAnswersException error = catchThrowableOfType(InvalidAnswersException.class,
                    () -> scorer.score(plus(decisive, "seeking-contact", "REACH_OUT")));

            assertThat(error.problems()).singleElement()
                    .satisfies(problem -> assertThat(problem.allowed()).contains("CALL_THE_SAME_PERSON"));
        }

        @Test
        void everyUnknownIdAndCodeIsListedInOneErrorOrderedByQuestionId() {
            InvalidAnswersException error = catchThrowableOfType(InvalidAnswersException.class,
                    () -> scorer.score(plus(decisive, "how-long", "FOREVER", "favourite-colour", "BLUE",
                            "mobility", "FLYING")));

            assertThat(error.problems()).extracting(AnswerProblem::field)
                    .containsExactly("answers.favourite-colour", "answers.how-long", "answers.mobility");
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
        void aNullQuestionIdIsNamedAsAnswers() {
            Map<String, String> answers = new HashMap<>(decisive);
            answers.put(null, "YES");

            InvalidAnswersException error = catchThrowableOfType(InvalidAnswersException.class,
                    () -> scorer.score(answers));

            assertThat(error.problems()).extracting(AnswerProblem::field).containsExactly("answers");
        }

        @Test
        void noAnswerAboutParticipationIsRejectedNamingItsQuestions() {
            InvalidAnswersException error = catchThrowableOfType(InvalidAnswersException.class,
                    () -> scorer.score(answers("how-long", "LESS_THAN_A_YEAR", "seeking-contact", "GO_WHERE_PEOPLE_ARE",
                            "mobility", "MOBILE")));

            assertThat(error.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo("answers");
                assertThat(problem.message()).contains("PARTICIPATION");
                assertThat(problem.allowed())
                        .containsExactly("wants-more-contact", "take-part", "left-alone", "contact-quality");
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

        @Test
        void onlyContextAnswersDecideNothing() {
            InvalidAnswersException error = catchThrowableOfType(InvalidAnswersException.class,
                    () -> scorer.score(answers("mobility", "HOUSEBOUND", "interests", "NATURE")));

            assertThat(error.problems()).hasSize(3);
        }
    }
}
