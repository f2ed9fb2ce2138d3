package nl.interventiewijzer.matching;

import static nl.interventiewijzer.matching.MatchingResources.fitFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import nl.interventiewijzer.catalogue.Circumstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The ranking policy in the fit-model file: complete, with a basis per value, and refused with file and key when not. */
class RankingPolicyTest {

    private static final String FILE = FitModel.RESOURCE;

    private static FitModel.File withRanking(Consumer<Map<String, PolicyValue>> change) {
        FitModel.File file = fitFile();
        Map<String, PolicyValue> ranking = new LinkedHashMap<>(file.ranking());
        change.accept(ranking);
        return new FitModel.File(file.version(), file.description(), ranking, file.designedFor(), file.profiles());
    }

    private static FitModel.File withDesignedFor(Consumer<Map<String, PolicyValue>> change) {
        FitModel.File file = fitFile();
        Map<String, PolicyValue> designedFor = new LinkedHashMap<>(file.designedFor());
        change.accept(designedFor);
        return new FitModel.File(file.version(), file.description(), file.ranking(), designedFor, file.profiles());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RankingWeight.class)
    void everyWeightOfTheRankingIsInTheFileWithItsBasis(RankingWeight weight) {
        PolicyValue value = fitFile().ranking().get(weight.name());

        assertThat(value).as(weight.name()).isNotNull();
        assertThat(value.basis()).isNotBlank();
        assertThat(new FitModel(fitFile()).policy().get(weight)).isEqualTo(value.value());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RankingWeight.class)
    void aMissingWeightIsRefusedNamingTheFileAndKey(RankingWeight weight) {
        FitModel.File file = withRanking(ranking -> ranking.remove(weight.name()));

        assertThatIllegalStateException().isThrownBy(() -> new FitModel(file))
                .withMessageContaining(FILE + ", ranking." + weight.name() + ": missing");
    }

    @Test
    void anUnknownKeyIsRefusedNamingTheFileAndKey() {
        FitModel.File file = withRanking(ranking -> ranking.put("LUCKY_BONUS", new PolicyValue(1.0, "none")));

        assertThatIllegalStateException().isThrownBy(() -> new FitModel(file))
                .withMessageContaining(FILE + ", ranking.LUCKY_BONUS: unknown key");
    }

    @Test
    void aValueOutOfItsRangeIsRefusedNamingTheRange() {
        FitModel.File file = withRanking(ranking -> ranking.put("VARIETY_MARGIN", new PolicyValue(3.5, "too lax")));

        assertThatIllegalStateException().isThrownBy(() -> new FitModel(file))
                .withMessageContaining(FILE + ", ranking.VARIETY_MARGIN: must lie within 0..3, is 3.5");
    }

    @Test
    void aValueJustInsideItsRangeIsAccepted() {
        FitModel model = new FitModel(withRanking(ranking -> ranking.put("VARIETY_MARGIN", new PolicyValue(3.0, "lax"))));

        assertThat(model.policy().get(RankingWeight.VARIETY_MARGIN)).isEqualTo(3.0);
    }

    @Test
    void aFractionWhereAWholeNumberIsNeededIsRefused() {
        FitModel.File file = withRanking(ranking -> ranking.put("REASON_REPEAT_MAX", new PolicyValue(4.5, "half")));

        assertThatIllegalStateException().isThrownBy(() -> new FitModel(file))
                .withMessageContaining(FILE + ", ranking.REASON_REPEAT_MAX: must be a whole number, is 4.5");
    }

    @Test
    void aValueWithoutBasisIsRefused() {
        FitModel.File file = withRanking(ranking -> ranking.put("PREVENTION", new PolicyValue(1.0, " ")));

        assertThatIllegalStateException().isThrownBy(() -> new FitModel(file))
                .withMessageContaining(FILE + ", ranking.PREVENTION: basis missing");
    }

    @Test
    void anEntryWithoutValueIsRefused() {
        FitModel.File file = withRanking(ranking -> ranking.put("PREVENTION", new PolicyValue(null, "why")));

        assertThatIllegalStateException().isThrownBy(() -> new FitModel(file))
                .withMessageContaining(FILE + ", ranking.PREVENTION: value missing");
    }

    @Test
    void fitBandsOutOfOrderAreRefused() {
        FitModel.File file = withRanking(ranking -> ranking.put("FIT_GOOD_FROM", new PolicyValue(8.0, "above strong")));

        assertThatIllegalStateException().isThrownBy(() -> new FitModel(file))
                .withMessageContaining("FIT_STRONG_FROM > FIT_GOOD_FROM > FIT_PARTIAL_FROM must hold");
    }

    @Test
    void theFitBandsComeFromTheFile() {
        FitModel model = new FitModel(withRanking(ranking -> ranking.put("FIT_STRONG_FROM", new PolicyValue(10.0, "strict"))));

        assertThat(model.level(9)).isEqualTo(FitLevel.GOOD);
        assertThat(model.level(10)).isEqualTo(FitLevel.STRONG);
        assertThat(model.fit(nl.interventiewijzer.profile.Profile.ACTIEVEN, java.util.Set.of()).level()).isEqualTo(FitLevel.WEAK);
    }

    @Test
    void anUnknownCircumstanceInTheMadeForPointsIsRefused() {
        FitModel.File file = withDesignedFor(points -> points.put("LEFT_HANDED", new PolicyValue(5.0, "none")));

        assertThatIllegalStateException().isThrownBy(() -> new FitModel(file))
                .withMessageContaining(FILE + ", designedFor.LEFT_HANDED: unknown circumstance");
    }

    @Test
    void madeForPointsOutOfRangeAreRefused() {
        FitModel.File file = withDesignedFor(points -> points.put("CANCER", new PolicyValue(11.0, "too much")));

        assertThatIllegalStateException().isThrownBy(() -> new FitModel(file))
                .withMessageContaining(FILE + ", designedFor.CANCER: must lie within 0..10");
    }

    @Test
    void theDefaultMadeForPointsMustBeStated() {
        FitModel.File file = withDesignedFor(points -> points.remove(RankingPolicy.DEFAULT_CIRCUMSTANCE));

        assertThatIllegalStateException().isThrownBy(() -> new FitModel(file))
                .withMessageContaining(FILE + ", designedFor.DEFAULT: missing");
    }

    @Test
    void aCircumstanceTheFileDoesNotListGetsTheDefaultPoints() {
        FitModel model = new FitModel(withDesignedFor(points -> points.remove("CANCER")));

        assertThat(model.policy().designedFor(Circumstance.CANCER))
                .isEqualTo(fitFile().designedFor().get(RankingPolicy.DEFAULT_CIRCUMSTANCE).value());
    }

    @Test
    void aNarrowGroupCountsMoreThanABroadOne() {
        RankingPolicy policy = new FitModel(fitFile()).policy();

        assertThat(policy.designedFor(Circumstance.RECENTLY_WIDOWED)).isGreaterThan(policy.designedFor(Circumstance.LIVES_ALONE));
        assertThat(policy.designedFor(Circumstance.CANCER)).isGreaterThan(policy.designedFor(Circumstance.PHYSICAL_DISABILITY));
        assertThat(policy.designedFor(Circumstance.HOMELESS)).isGreaterThan(policy.designedFor(Circumstance.LOW_INCOME));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            value missing  | ranking.FIT_GOOD_FROM: value missing
            basis missing  | ranking.FIT_GOOD_FROM: basis missing
            out of range   | ranking.FIT_GOOD_FROM: must lie within -10..30, is 31
            """)
    void aRefusedFitBandIsReportedOnceAndNotAlsoJudgedForItsOrder(String what, String expected) {
        PolicyValue broken = switch (what) {
            case "value missing" -> new PolicyValue(null, "why");
            case "basis missing" -> new PolicyValue(4.0, "");
            default -> new PolicyValue(31.0, "too high");
        };
        FitModel.File file = withRanking(ranking -> ranking.put("FIT_GOOD_FROM", broken));

        assertThatIllegalStateException().isThrownBy(() -> new FitModel(file))
                .withMessage("Ranking policy invalid: " + FILE + ", " + expected);
    }

    @Test
    void aGoodBandStartingWhereTheStrongOneStartsIsRefused() {
        FitModel.File file = withRanking(ranking -> ranking.put("FIT_GOOD_FROM",
                new PolicyValue(ranking.get("FIT_STRONG_FROM").value(), "same")));

        assertThatIllegalStateException().isThrownBy(() -> new FitModel(file))
                .withMessageContaining("FIT_STRONG_FROM > FIT_GOOD_FROM > FIT_PARTIAL_FROM must hold");
    }

    @Test
    void aPartialBandStartingWhereTheGoodOneStartsIsRefused() {
        FitModel.File file = withRanking(ranking -> ranking.put("FIT_PARTIAL_FROM",
                new PolicyValue(ranking.get("FIT_GOOD_FROM").value(), "same")));

        assertThatIllegalStateException().isThrownBy(() -> new FitModel(file))
                .withMessageContaining("FIT_STRONG_FROM > FIT_GOOD_FROM > FIT_PARTIAL_FROM must hold");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(doubles = {0.0, 10.0})
    void madeForPointsAtTheEndsOfTheirRangeAreAccepted(double points) {
        FitModel model = new FitModel(withDesignedFor(p -> p.put("CANCER", new PolicyValue(points, "edge"))));

        assertThat(model.policy().designedFor(Circumstance.CANCER)).isEqualTo(points);
    }

    @Test
    void negativeMadeForPointsAreRefused() {
        FitModel.File file = withDesignedFor(points -> points.put("CANCER", new PolicyValue(-0.5, "below")));

        assertThatIllegalStateException().isThrownBy(() -> new FitModel(file))
                .withMessageContaining(FILE + ", designedFor.CANCER: must lie within 0..10, is -0.5");
    }
}
