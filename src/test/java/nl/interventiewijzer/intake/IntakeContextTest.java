package nl.interventiewijzer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntakeContextTest {

    @ParameterizedTest(name = "{0} + {1} -> recently bereaved: {2}")
    @CsvSource({
            "PARTNER_DIED, NOT_YET, true",
            "PARTNER_DIED, LESS_THAN_A_YEAR, true",
            "PARTNER_DIED, ONE_TO_TWO_YEARS, false",
            "PARTNER_DIED, TWO_TO_FIVE_YEARS, false",
            "DIVORCE, LESS_THAN_A_YEAR, false",
            "RETIRED, NOT_YET, false"
    })
    void onlyAPartnerWhoDiedWithinTheYearIsARecentBereavement(String event, String howLong, boolean bereaved) {
        assertThat(IntakeContext.recentlyBereaved(Map.of("life-event", event, "how-long", howLong))).isEqualTo(bereaved);
    }

    @ParameterizedTest(name = "life-event only: {0}")
    @CsvSource({"PARTNER_DIED"})
    void aDeathWithoutHowLongAgoIsNotCountedAsRecent(String event) {
        assertThat(IntakeContext.recentlyBereaved(Map.of("life-event", event))).isFalse();
    }

    @ParameterizedTest(name = "short form, emotional {0}, social {1} -> {2}, {3}")
    @CsvSource({
            "0, 0, false, false",
            "1, 0, true, false",
            "0, 1, false, true",
            "3, 3, true, true"
    })
    void onTheShortFormOneLonelyAnswerOnASubscaleIsEnough(int emotional, int social, boolean emotionally,
            boolean socially) {
        LonelinessScore score = new LonelinessScore(emotional + social, emotional, social, null, "");

        assertThat(IntakeContext.emotionallyLonely(DjgForm.SHORT_6, score)).isEqualTo(emotionally);
        assertThat(IntakeContext.sociallyLonely(DjgForm.SHORT_6, score)).isEqualTo(socially);
    }

    /** Full form: a third of the subscale's items, rounded up: 2 of the 6 emotional, 2 of the 5 social items. */
    @ParameterizedTest(name = "full form, emotional {0}, social {1} -> {2}, {3}")
    @CsvSource({
            "1, 1, false, false",
            "2, 2, true, true",
            "6, 5, true, true",
            "0, 0, false, false"
    })
    void onTheFullFormAThirdOfTheSubscalesItemsRoundedUpIsNeeded(int emotional, int social, boolean emotionally,
            boolean socially) {
        LonelinessScore score = new LonelinessScore(emotional + social, emotional, social, null, "");

        assertThat(IntakeContext.emotionallyLonely(DjgForm.FULL_11, score)).isEqualTo(emotionally);
        assertThat(IntakeContext.sociallyLonely(DjgForm.FULL_11, score)).isEqualTo(socially);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SHORT_6", "FULL_11"})
    void aMissingSubscaleSaysNothingAboutThatKindOfLoneliness(DjgForm form) {
        LonelinessScore missing = new LonelinessScore(null, null, null, null, "");

        assertThat(IntakeContext.emotionallyLonely(form, missing)).isFalse();
        assertThat(IntakeContext.sociallyLonely(form, missing)).isFalse();
    }
}
