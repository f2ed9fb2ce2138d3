package nl.interventiewijzer.intake;

import static nl.interventiewijzer.intake.DjgAnswer.JA;
import static nl.interventiewijzer.intake.DjgAnswer.MIN_OF_MEER;
import static nl.interventiewijzer.intake.DjgAnswer.NEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeJongGierveldTest {

    private final DeJongGierveld scale = new DeJongGierveld();

    private LonelinessScore shortForm(DjgAnswer... answers) {
        return scale.score(DjgForm.SHORT_6, Arrays.asList(answers));
    }

    private LonelinessScore fullForm(DjgAnswer... answers) {
        return scale.score(DjgForm.FULL_11, Arrays.asList(answers));
    }

    /** Short form order: leegte, mis mensen, in de steek (emotional); narigheid, vertrouwen, verbonden (social). */
    @Nested
    class ShortForm {

        @Test
        void someoneWhoMissesNobodyAndHasPeopleToRelyOnScoresZero() {
            assertThat(shortForm(NEE, NEE, NEE, JA, JA, JA))
                    .isEqualTo(new LonelinessScore(0, 0, 0, LonelinessLevel.NOT_LONELY, DjgForm.SHORT_6.citation()));
        }

        @Test
        void yesOnEmotionalItemsAndNoOnSocialItemsAllCountAsLonely() {
            LonelinessScore score = shortForm(JA, JA, JA, NEE, NEE, NEE);

            assertThat(score.total()).isEqualTo(6);
            assertThat(score.emotional()).isEqualTo(3);
            assertThat(score.social()).isEqualTo(3);
            assertThat(score.level()).isEqualTo(LonelinessLevel.SEVERE);
        }

        @Test
        void theNeutralAnswerCountsAsLonelyOnBothSubscales() {
            LonelinessScore score = shortForm(MIN_OF_MEER, MIN_OF_MEER, MIN_OF_MEER, MIN_OF_MEER, MIN_OF_MEER, MIN_OF_MEER);

            assertThat(score.total()).isEqualTo(6);
            assertThat(score.emotional()).isEqualTo(3);
            assertThat(score.social()).isEqualTo(3);
        }

        @Test
        void aMixedInterviewAddsUpItsLonelyAnswersPerSubscale() {
            // emotional: JA 1, NEE 0, MIN_OF_MEER 1 = 2; social: JA 0, MIN_OF_MEER 1, NEE 1 = 2
            LonelinessScore score = shortForm(JA, NEE, MIN_OF_MEER, JA, MIN_OF_MEER, NEE);

            assertThat(score.emotional()).isEqualTo(2);
            assertThat(score.social()).isEqualTo(2);
            assertThat(score.total()).isEqualTo(4);
            assertThat(score.level()).isEqualTo(LonelinessLevel.MODERATE);
        }

        static Stream<Arguments> boundaries() {
            return Stream.of(
                    Arguments.of(List.of(JA, NEE, NEE, JA, JA, JA), 1, LonelinessLevel.NOT_LONELY),
                    Arguments.of(List.of(JA, NEE, NEE, NEE, JA, JA), 2, LonelinessLevel.MODERATE),
                    Arguments.of(List.of(JA, JA, NEE, NEE, NEE, JA), 4, LonelinessLevel.MODERATE),
                    Arguments.of(List.of(JA, JA, JA, NEE, NEE, JA), 5, LonelinessLevel.SEVERE));
        }

        @ParameterizedTest(name = "total {1} is {2}")
        @MethodSource("boundaries")
        void theCutOffsLieBetweenOneAndTwoAndBetweenFourAndFive(List<DjgAnswer> answers, int total, LonelinessLevel level) {
            LonelinessScore score = scale.score(DjgForm.SHORT_6, answers);

            assertThat(score.total()).isEqualTo(total);
            assertThat(score.level()).isEqualTo(level);
        }

        @Test
        void oneMissingItemStillGivesATotalFromTheAnsweredItemsButNotItsSubscale() {
            // leegte missing; mis mensen JA 1, in de steek JA 1, narigheid NEE 1, vertrouwen JA 0, verbonden JA 0
            LonelinessScore score = shortForm(null, JA, JA, NEE, JA, JA);

            assertThat(score.total()).isEqualTo(3);
            assertThat(score.level()).isEqualTo(LonelinessLevel.MODERATE);
            assertThat(score.emotional()).isNull();
            assertThat(score.social()).isEqualTo(1);
        }

        @Test
        void twoMissingItemsLeaveTheTotalAndTheLevelMissing() {
            LonelinessScore score = shortForm(null, JA, JA, null, JA, JA);

            assertThat(score.total()).isNull();
            assertThat(score.level()).isNull();
            assertThat(score.emotional()).isNull();
            assertThat(score.social()).isNull();
        }

        @Test
        void twoMissingItemsOnOneSubscaleStillScoreTheOtherSubscale() {
            LonelinessScore score = shortForm(null, null, NEE, NEE, NEE, NEE);

            assertThat(score.total()).isNull();
            assertThat(score.emotional()).isNull();
            assertThat(score.social()).isEqualTo(3);
        }

        @Test
        void theItemsAreThePublishedStatementsInTheShortFormOrder() {
            assertThat(scale.items(DjgForm.SHORT_6)).extracting(DjgItem::text).containsExactly(
                    "Ik ervaar een leegte om me heen",
                    "Ik mis mensen om me heen",
                    "Vaak voel ik me in de steek gelaten",
                    "Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen",
                    "Ik heb veel mensen op wie ik volledig kan vertrouwen",
                    "Er zijn voldoende mensen met wie ik me nauw verbonden voel");
            assertThat(scale.items(DjgForm.SHORT_6)).extracting(DjgItem::subscale).containsExactly(
                    DjgSubscale.EMOTIONAL, DjgSubscale.EMOTIONAL, DjgSubscale.EMOTIONAL,
                    DjgSubscale.SOCIAL, DjgSubscale.SOCIAL, DjgSubscale.SOCIAL);
        }
    }

    /** Social items 1, 4, 7, 8, 11 (lonely on nee); emotional items 2, 3, 5, 6, 9, 10 (lonely on ja). */
    @Nested
    class FullForm {

        @Test
        void someoneWhoMissesNobodyAndHasPeopleToRelyOnScoresZero() {
            LonelinessScore score = fullForm(JA, NEE, NEE, JA, NEE, NEE, JA, JA, NEE, NEE, JA);

            assertThat(score).isEqualTo(new LonelinessScore(0, 0, 0, LonelinessLevel.NOT_LONELY, DjgForm.FULL_11.citation()));
        }

        @Test
        void theNeutralAnswerEverywhereIsVerySevereLoneliness() {
            LonelinessScore score = fullForm(Collections.nCopies(11, MIN_OF_MEER).toArray(DjgAnswer[]::new));

            assertThat(score.total()).isEqualTo(11);
            assertThat(score.emotional()).isEqualTo(6);
            assertThat(score.social()).isEqualTo(5);
            assertThat(score.level()).isEqualTo(LonelinessLevel.VERY_SEVERE);
        }

        static Stream<Arguments> boundaries() {
            return Stream.of(
                    // items 2 and 3 lonely: emotional 2, social 0
                    Arguments.of(List.of(JA, JA, JA, JA, NEE, NEE, JA, JA, NEE, NEE, JA), 2, 2, 0, LonelinessLevel.NOT_LONELY),
                    // and item 1: social 1
                    Arguments.of(List.of(NEE, JA, JA, JA, NEE, NEE, JA, JA, NEE, NEE, JA), 3, 2, 1, LonelinessLevel.MODERATE),
                    // emotional 2, 3, 5, 6 and social 1, 4, 7, 8
                    Arguments.of(List.of(NEE, JA, JA, NEE, JA, JA, NEE, NEE, NEE, NEE, JA), 8, 4, 4, LonelinessLevel.MODERATE),
                    // and item 9
                    Arguments.of(List.of(NEE, JA, JA, NEE, JA, JA, NEE, NEE, JA, NEE, JA), 9, 5, 4, LonelinessLevel.SEVERE),
                    // and item 10
                    Arguments.of(List.of(NEE, JA, JA, NEE, JA, JA, NEE, NEE, JA, JA, JA), 10, 6, 4, LonelinessLevel.SEVERE),
                    // and item 11
                    Arguments.of(List.of(NEE, JA, JA, NEE, JA, JA, NEE, NEE, JA, JA, NEE), 11, 6, 5, LonelinessLevel.VERY_SEVERE));
        }

        @ParameterizedTest(name = "total {1} is {4}")
        @MethodSource("boundaries")
        void theCutOffsLieBetweenTwoAndThreeEightAndNineAndTenAndEleven(
                List<DjgAnswer> answers, int total, int emotional, int social, LonelinessLevel level) {
            LonelinessScore score = scale.score(DjgForm.FULL_11, answers);

            assertThat(score.total()).isEqualTo(total);
            assertThat(score.emotional()).isEqualTo(emotional);
            assertThat(score.social()).isEqualTo(social);
            assertThat(score.level()).isEqualTo(level);
        }

        @Test
        void oneMissingItemGivesATotalFromTheAnsweredItemsThatCannotReachVerySevere() {
            // every answered item lonely; item 11 (social) missing: emotional 6 + social 4 = 10
            LonelinessScore score = fullForm(NEE, JA, JA, NEE, JA, JA, NEE, NEE, JA, JA, null);

            assertThat(score.total()).isEqualTo(10);
            assertThat(score.level()).isEqualTo(LonelinessLevel.SEVERE);
            assertThat(score.emotional()).isEqualTo(6);
            assertThat(score.social()).isNull();
        }

        @Test
        void twoMissingItemsLeaveTheTotalAndTheLevelMissing() {
            LonelinessScore score = fullForm(null, JA, JA, NEE, JA, JA, NEE, NEE, JA, JA, null);

            assertThat(score.total()).isNull();
            assertThat(score.level()).isNull();
            assertThat(score.emotional()).isEqualTo(6);
            assertThat(score.social()).isNull();
        }

        @Test
        void theItemsFollowThePublishedOrderWithSocialItemsOneFourSevenEightAndEleven() {
            List<DjgItem> items = scale.items(DjgForm.FULL_11);

            assertThat(items).hasSize(11);
            assertThat(items.get(0).text())
                    .isEqualTo("Er is altijd wel iemand in mijn omgeving bij wie ik met mijn dagelijkse probleempjes terecht kan");
            assertThat(items.get(10).text())
                    .isEqualTo("Wanneer ik daar behoefte aan heb, kan ik altijd bij mijn vrienden terecht");
            assertThat(items).filteredOn(item -> item.subscale() == DjgSubscale.SOCIAL)
                    .extracting(DjgItem::number).containsExactly(1, 4, 7, 8, 11);
        }
    }

    @Test
    void sixAnswersForTheElevenItemFormAreRejectedNamingBothCounts() {
        assertThatThrownBy(() -> scale.score(DjgForm.FULL_11, List.of(JA, JA, JA, JA, JA, JA)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FULL_11")
                .hasMessageContaining("11 items")
                .hasMessageContaining("got 6");
    }

    @Test
    void elevenAnswersForTheShortFormAreRejected() {
        List<DjgAnswer> eleven = Collections.nCopies(11, JA);

        assertThatThrownBy(() -> scale.score(DjgForm.SHORT_6, eleven))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SHORT_6")
                .hasMessageContaining("got 11");
    }

    @Test
    void noAnswerListAtAllIsRejected() {
        assertThatThrownBy(() -> scale.score(DjgForm.SHORT_6, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got none");
    }

    @Test
    void everyScoreCitesItsSourceAndSaysItIsNoDiagnosis() {
        for (DjgForm form : DjgForm.values()) {
            String citation = scale.score(form, Collections.nCopies(form.size(), NEE)).citation();

            assertThat(citation).contains("De Jong Gierveld").contains("survey-onderzoek").contains("geen diagnose");
        }
    }
}
