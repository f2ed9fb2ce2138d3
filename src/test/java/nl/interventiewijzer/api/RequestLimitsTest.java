package nl.interventiewijzer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.interventiewijzer.api.problem.FieldError;
import nl.interventiewijzer.api.problem.InvalidRequestException;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.intake.DjgAnswer;
import nl.interventiewijzer.intake.DjgForm;
import nl.interventiewijzer.profile.Coping;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.Profile;
import org.junit.jupiter.api.Test;

/** The limits are worded as Bean Validation worded them when it checked these records, so answers did not change. */
class RequestLimitsTest {

    private static final DimensionsInput DIMENSIONS = new DimensionsInput(Duration.SITUATIONAL, Coping.ACTIVE, true);

    @Test
    void aRequestWithinEveryLimitPasses() {
        PersonInput person = new PersonInput(120, null, Collections.nCopies(50, Circumstance.LIVES_ALONE), null,
                Collections.nCopies(50, Theme.NATURE), null, "'s-Hertogenbosch");

        assertThatCode(() -> RequestLimits.check(new MatchRequest(Profile.ACTIEVEN, DIMENSIONS, answers(100),
                scale(DjgForm.SHORT_6, 11), person, 50))).doesNotThrowAnyException();
    }

    @Test
    void theLowestAgeAndLimitPass() {
        assertThatCode(() -> RequestLimits.check(match(person(0, "Bergen (NH.)"), 1))).doesNotThrowAnyException();
    }

    @Test
    void aMissingBodyIsNamedAsTheWholeDocument() {
        assertThat(errors(() -> RequestLimits.check((MatchRequest) null)))
                .containsExactly(new FieldError("$", "must not be null"));
        assertThat(errors(() -> RequestLimits.check((ClassificationRequest) null)))
                .containsExactly(new FieldError("$", "must not be null"));
    }

    @Test
    void aLimitOutsideOneToFiftyIsRejected() {
        assertThat(errors(() -> RequestLimits.check(match(null, 0))))
                .containsExactly(new FieldError("limit", "must be greater than or equal to 1"));
        assertThat(errors(() -> RequestLimits.check(match(null, 51))))
                .containsExactly(new FieldError("limit", "must be less than or equal to 50"));
    }

    @Test
    void anAgeOutsideZeroToOneHundredTwentyIsRejected() {
        assertThat(errors(() -> RequestLimits.check(match(person(-1, null), null))))
                .containsExactly(new FieldError("person.age", "must be greater than or equal to 0"));
        assertThat(errors(() -> RequestLimits.check(match(person(121, null), null))))
                .containsExactly(new FieldError("person.age", "must be less than or equal to 120"));
    }

    @Test
    void aNullCodeInAListIsNamedByItsPlace() {
        PersonInput person = new PersonInput(null, null, Arrays.asList(Circumstance.LIVES_ALONE, null), null,
                Arrays.asList(null, Theme.NATURE), null, null);

        assertThat(errors(() -> RequestLimits.check(match(person, null)))).containsExactly(
                new FieldError("person.circumstances[1]", "must not be null"),
                new FieldError("person.interests[0]", "must not be null"));
    }

    @Test
    void moreThanFiftyCodesInAListAreRejected() {
        PersonInput person = new PersonInput(null, null, Collections.nCopies(51, Circumstance.LIVES_ALONE), null,
                Collections.nCopies(51, Theme.NATURE), null, null);

        assertThat(errors(() -> RequestLimits.check(match(person, null)))).containsExactly(
                new FieldError("person.circumstances", "size must be between 0 and 50"),
                new FieldError("person.interests", "size must be between 0 and 50"));
    }

    @Test
    void aMunicipalityTooShortAndNotSpelledAsANameBreaksBothRules() {
        assertThat(errors(() -> RequestLimits.check(match(person(null, "1"), null)))).containsExactly(
                new FieldError("person.municipality", "must be a municipality name as CBS spells it"),
                new FieldError("person.municipality", "size must be between 2 and 60"));
    }

    @Test
    void aMunicipalityLongerThanSixtyCharactersIsRejected() {
        assertThat(errors(() -> RequestLimits.check(match(person(null, "A".repeat(61)), null))))
                .containsExactly(new FieldError("person.municipality", "size must be between 2 and 60"));
        assertThatCode(() -> RequestLimits.check(match(person(null, "A".repeat(60)), null)))
                .doesNotThrowAnyException();
    }

    @Test
    void aMunicipalityWithDigitsOrOuterSpacesIsNotAName() {
        assertThat(errors(() -> RequestLimits.check(match(person(null, "Zwolle1"), null))))
                .containsExactly(new FieldError("person.municipality", "must be a municipality name as CBS spells it"));
        assertThat(errors(() -> RequestLimits.check(match(person(null, " Zwolle"), null)))).hasSize(1);
    }

    @Test
    void everyDimensionIsRequiredOnceDimensionsAreGiven() {
        DimensionsInput none = new DimensionsInput(null, null, null);

        assertThat(errors(() -> RequestLimits.check(new ClassificationRequest(none, null, null)))).containsExactly(
                new FieldError("dimensions.coping", "must not be null"),
                new FieldError("dimensions.duration", "must not be null"),
                new FieldError("dimensions.participationOriented", "must not be null"));
    }

    @Test
    void theScaleNeedsItsFormAndAtMostElevenAnswers() {
        assertThat(errors(() -> RequestLimits.check(new ClassificationRequest(DIMENSIONS, null,
                new DeJongGierveldInput(null, null))))).containsExactly(
                        new FieldError("deJongGierveld.answers", "must not be null"),
                        new FieldError("deJongGierveld.form", "must not be null"));
        assertThat(errors(() -> RequestLimits.check(new ClassificationRequest(DIMENSIONS, null,
                scale(DjgForm.SHORT_6, 12))))).containsExactly(
                        new FieldError("deJongGierveld.answers", "size must be between 0 and 11"));
    }

    @Test
    void moreThanAHundredAnswersAreRejected() {
        assertThat(errors(() -> RequestLimits.check(new ClassificationRequest(null, answers(101), null))))
                .containsExactly(new FieldError("answers", "size must be between 0 and 100"));
    }

    @Test
    void severalBrokenLimitsAreOneAnswerCountingThem() {
        InvalidRequestException e = catchThrowableOfType(
                () -> RequestLimits.check(match(person(200, null), 99)), InvalidRequestException.class);

        assertThat(e.getMessage()).isEqualTo("2 fields are not valid");
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("limit", "person.age");
    }

    @Test
    void oneBrokenLimitIsNamedInTheDetail() {
        InvalidRequestException e = catchThrowableOfType(
                () -> RequestLimits.check(match(null, 0)), InvalidRequestException.class);

        assertThat(e.getMessage()).isEqualTo("limit: must be greater than or equal to 1");
    }

    @Test
    void aCoverageRequestOfOneToFiveHundredIdsOfAtMostTwoHundredCharactersPasses() {
        assertThatCode(() -> RequestLimits.check(coverage(List.of("a".repeat(200))))).doesNotThrowAnyException();
        assertThatCode(() -> RequestLimits.check(coverage(Collections.nCopies(500, "x")))).doesNotThrowAnyException();
    }

    @Test
    void aCoverageRequestWithoutBodyOrActivitiesIsRejected() {
        assertThat(errors(() -> RequestLimits.check((CoverageResource.CoverageRequest) null)))
                .containsExactly(new FieldError("$", "must not be null"));
        assertThat(errors(() -> RequestLimits.check(coverage(null))))
                .containsExactly(new FieldError("activities", "must not be null"));
    }

    @Test
    void aCoverageRequestOfNoneOrMoreThanFiveHundredIdsIsRejected() {
        assertThat(errors(() -> RequestLimits.check(coverage(List.of()))))
                .containsExactly(new FieldError("activities", "size must be between 1 and 500"));
        assertThat(errors(() -> RequestLimits.check(coverage(Collections.nCopies(501, "x")))))
                .containsExactly(new FieldError("activities", "size must be between 1 and 500"));
    }

    @Test
    void aMissingOrTooLongIdIsNamedByItsPlace() {
        assertThat(errors(() -> RequestLimits.check(coverage(Arrays.asList("ok", null, "a".repeat(201))))))
                .containsExactly(new FieldError("activities[1]", "must not be null"),
                        new FieldError("activities[2]", "size must be between 0 and 200"));
    }

    private static CoverageResource.CoverageRequest coverage(List<String> activities) {
        return new CoverageResource.CoverageRequest(activities);
    }

    private static MatchRequest match(PersonInput person, Integer limit) {
        return new MatchRequest(Profile.ACTIEVEN, null, null, null, person, limit);
    }

    private static PersonInput person(Integer age, String municipality) {
        return new PersonInput(age, null, null, null, null, null, municipality);
    }

    private static Map<String, String> answers(int count) {
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < count; i++) {
            answers.put("item" + i, "code");
        }
        return answers;
    }

    private static DeJongGierveldInput scale(DjgForm form, int answers) {
        List<DjgAnswer> given = new ArrayList<>(Collections.nCopies(answers, DjgAnswer.values()[0]));
        return new DeJongGierveldInput(form, given);
    }

    private static List<FieldError> errors(Runnable check) {
        return catchThrowableOfType(check::run, InvalidRequestException.class).errors();
    }
}
