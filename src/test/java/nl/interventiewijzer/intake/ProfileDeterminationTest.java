package nl.interventiewijzer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.profile.Coping;
import nl.interventiewijzer.profile.Dimensions;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.Note;
import nl.interventiewijzer.profile.Profile;
import nl.interventiewijzer.profile.ProfileSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProfileDeterminationTest {

    private final ProfileDetermination determination =
            new ProfileDetermination(new IntakeScorer(ShippedQuestionnaire.QUESTIONNAIRE));

    /** Mien (see IntakeScorerTest): her husband died less than a year ago; she waits for others to call. */
    private static final Map<String, String> MIEN = Map.of(
            "how-long", "LESS_THAN_A_YEAR", "life-event", "PARTNER_DIED", "network-before", "YES_STILL_NOW",
            "mental-health", "NO", "seeking-contact", "WAIT_FOR_OTHERS", "when-things-are-hard", "WAIT_AND_HOPE",
            "wants-more-contact", "YES", "take-part", "YES_IF_SOMEONE_COMES");

    private static final Dimensions THREATENED_PASSIVE_ORIENTED =
            new Dimensions(Duration.THREATENED, Coping.PASSIVE, true);

    /** Three emotional items answered "ja", three social items "ja": emotionally, not socially lonely. */
    private static final List<DjgAnswer> EMOTIONAL_ONLY = Collections.nCopies(6, DjgAnswer.JA);

    @Nested
    class ExactlyOneWayToDecide {

        @Test
        void aMatchRequestWithNoneOfTheThreeIsRejectedNamingAllThree() {
            assertThatThrownBy(() -> determination.forMatching(new ProfileInput(null, null, null, null)))
                    .isInstanceOfSatisfying(InvalidProfileInputException.class, e -> {
                        assertThat(e.problems()).containsExactly(new AnswerProblem("profile",
                                "give one of profile, dimensions, answers", List.of("profile", "dimensions", "answers")));
                        assertThat(e.getMessage()).startsWith("Exactly one of profile, dimensions, answers is required");
                    });
        }

        @Test
        void aMatchRequestWithTwoOfTheThreeIsRejected() {
            ProfileInput both = new ProfileInput(Profile.ACTIEVEN, THREATENED_PASSIVE_ORIENTED, null, null);

            assertThatThrownBy(() -> determination.forMatching(both))
                    .isInstanceOfSatisfying(InvalidProfileInputException.class, e -> assertThat(e.problems())
                            .extracting(AnswerProblem::message).containsExactly("give only one of profile, dimensions, answers"));
        }

        @Test
        void dimensionsAndAnswersTogetherAreRejectedToo() {
            ProfileInput both = new ProfileInput(null, THREATENED_PASSIVE_ORIENTED, MIEN, null);

            assertThatThrownBy(() -> determination.forClassification(both))
                    .isInstanceOf(InvalidProfileInputException.class);
        }

        @Test
        void aClassificationCannotBeGivenItsAnswerAsAProfile() {
            assertThatThrownBy(() -> determination.forClassification(ProfileInput.ofProfile(Profile.ACTIEVEN)))
                    .isInstanceOfSatisfying(InvalidProfileInputException.class, e -> assertThat(e.problems())
                            .containsExactly(new AnswerProblem("dimensions", "give one of dimensions, answers",
                                    List.of("dimensions", "answers"))));
        }

        @Test
        void aClassificationWithNeitherIsRejectedNamingBoth() {
            assertThatThrownBy(() -> determination.forClassification(new ProfileInput(null, null, null, null)))
                    .isInstanceOfSatisfying(InvalidProfileInputException.class, e -> assertThat(e.problems())
                            .extracting(AnswerProblem::field, AnswerProblem::allowed)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("dimensions",
                                    List.of("dimensions", "answers"))));
        }
    }

    @Nested
    class ByProfile {

        @Test
        void theCoachsOwnChoiceIsTakenAsItIsWithNothingAdded() {
            Determination determined = determination.forMatching(ProfileInput.ofProfile(Profile.OVERLEVERS));

            assertThat(determined.profile()).isEqualTo(Profile.OVERLEVERS);
            assertThat(determined.source()).isEqualTo(ProfileSource.PROFILE);
            assertThat(determined.dimensions()).isEmpty();
            assertThat(determined.duration()).isNull();
            assertThat(determined.notes()).isEmpty();
            assertThat(determined.intake()).isEmpty();
            assertThat(determined.loneliness()).isEmpty();
            assertThat(determined.circumstancesFromIntake()).isEmpty();
        }
    }

    @Nested
    class ByDimensions {

        @Test
        void theDimensionsGoThroughTheTableAndTheDurationAddsItsNote() {
            Determination determined = determination.forClassification(
                    ProfileInput.ofDimensions(THREATENED_PASSIVE_ORIENTED));

            assertThat(determined.profile()).isEqualTo(Profile.ACHTERBLIJVERS);
            assertThat(determined.source()).isEqualTo(ProfileSource.DIMENSIONS);
            assertThat(determined.dimensions()).contains(THREATENED_PASSIVE_ORIENTED);
            assertThat(determined.duration()).isEqualTo(Duration.THREATENED);
            assertThat(determined.notes()).extracting(Note::code).containsExactly("PREVENTION_FOCUS");
            assertThat(determined.intake()).isEmpty();
            assertThat(determined.circumstancesFromIntake()).isEmpty();
        }
    }

    @Nested
    class ByAnswers {

        @Test
        void aPartnerWhoDiedLessThanAYearAgoMakesThePersonRecentlyWidowedWithANote() {
            Determination determined = determination.forMatching(ProfileInput.ofAnswers(MIEN));

            assertThat(determined.profile()).isEqualTo(Profile.ACHTERBLIJVERS);
            assertThat(determined.source()).isEqualTo(ProfileSource.ANSWERS);
            assertThat(determined.duration()).isEqualTo(Duration.SITUATIONAL);
            assertThat(determined.intake()).get().extracting(IntakeResult::profile).isEqualTo(Profile.ACHTERBLIJVERS);
            assertThat(determined.circumstancesFromIntake()).containsExactly(Circumstance.RECENTLY_WIDOWED);
            assertThat(determined.notes()).containsExactly(ProfileDetermination.RECENT_BEREAVEMENT);
        }

        @Test
        void aPartnerWhoDiedYearsAgoIsNoRecentBereavement() {
            Map<String, String> longAgo = new HashMap<>(MIEN);
            longAgo.put("how-long", "TWO_TO_FIVE_YEARS");

            Determination determined = determination.forMatching(ProfileInput.ofAnswers(longAgo));

            assertThat(determined.circumstancesFromIntake()).isEmpty();
            assertThat(determined.notes()).doesNotContain(ProfileDetermination.RECENT_BEREAVEMENT);
        }

        @Test
        void answersThatCannotBeScoredAreRejectedByTheScorerNamingTheQuestion() {
            Map<String, String> wrong = new HashMap<>(MIEN);
            wrong.put("how-long", "FOREVER");

            assertThatThrownBy(() -> determination.forClassification(ProfileInput.ofAnswers(wrong)))
                    .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.problems())
                            .extracting(AnswerProblem::field).containsExactly("answers.how-long"));
        }
    }

    @Nested
    class WithTheLonelinessScale {

        @Test
        void aScaleAddsItsScoreAndTheKindOfLonelinessAndSaysItIsNoDiagnosis() {
            Determination determined = determination.forMatching(ProfileInput.ofProfile(Profile.HOOPVOLLEN)
                    .withScale(new ScaleAnswers(DjgForm.SHORT_6, EMOTIONAL_ONLY)));

            Loneliness loneliness = determined.loneliness().orElseThrow();
            assertThat(loneliness.form()).isEqualTo(DjgForm.SHORT_6);
            assertThat(loneliness.score().emotional()).isEqualTo(3);
            assertThat(loneliness.score().social()).isZero();
            assertThat(loneliness.emotional()).isTrue();
            assertThat(loneliness.social()).isFalse();
            assertThat(determined.notes()).containsExactly(ProfileDetermination.NOT_A_DIAGNOSIS);
        }

        @Test
        void theScaleNoteComesAfterTheNotesOfTheProfile() {
            Determination determined = determination.forMatching(ProfileInput.ofAnswers(MIEN)
                    .withScale(new ScaleAnswers(DjgForm.SHORT_6, Collections.nCopies(6, DjgAnswer.NEE))));

            assertThat(determined.notes()).containsExactly(ProfileDetermination.RECENT_BEREAVEMENT,
                    ProfileDetermination.NOT_A_DIAGNOSIS);
            assertThat(determined.loneliness().orElseThrow().social()).isTrue();
            assertThat(determined.loneliness().orElseThrow().emotional()).isFalse();
        }

        @Test
        void aScaleWithTheWrongNumberOfAnswersIsRejectedNamingTheFormsLength() {
            ProfileInput input = ProfileInput.ofDimensions(THREATENED_PASSIVE_ORIENTED)
                    .withScale(new ScaleAnswers(DjgForm.SHORT_6, Collections.nCopies(11, DjgAnswer.JA)));

            assertThatThrownBy(() -> determination.forClassification(input))
                    .isInstanceOfSatisfying(InvalidProfileInputException.class, e -> {
                        assertThat(e.problems()).extracting(AnswerProblem::field).containsExactly("deJongGierveld.answers");
                        assertThat(e.problems().get(0).message()).contains("has 6 items").endsWith("not 11");
                        assertThat(e.getMessage()).startsWith("deJongGierveld.answers: ");
                    });
        }

        @Test
        void aScaleWithoutAnswersCountsAsNoneGiven() {
            ProfileInput input = ProfileInput.ofProfile(Profile.ACTIEVEN).withScale(new ScaleAnswers(DjgForm.FULL_11, null));

            assertThatThrownBy(() -> determination.forMatching(input))
                    .isInstanceOfSatisfying(InvalidProfileInputException.class,
                            e -> assertThat(e.problems().get(0).message()).contains("has 11 items").endsWith("not 0"));
        }
    }
}
