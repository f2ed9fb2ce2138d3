package nl.interventiewijzer.matching;

import static nl.interventiewijzer.matching.MatchingResources.FIT_MODEL;
import static nl.interventiewijzer.matching.MatchingResources.expectedFitPoints;
import static nl.interventiewijzer.matching.MatchingResources.fitFile;
import static nl.interventiewijzer.matching.TestActivities.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Approach;
import nl.interventiewijzer.catalogue.GroupSize;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Provider;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.Threshold;
import nl.interventiewijzer.profile.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The profile-fit weights are data; the model refuses a broken weights file and adds weights up transparently. */
class FitModelTest {

    private static final List<Activity> SAMPLES = List.of(
            activity("standaard-groep").build(),
            activity("huisbezoek").kind(Kind.ONE_ON_ONE).approaches(Approach.COMPANIONSHIP, Approach.BEREAVEMENT_SUPPORT)
                    .deliveredBy(Provider.TRAINED_VOLUNTEER, Provider.PEER).groupSize(GroupSize.ONE_ON_ONE)
                    .longTerm().at(Setting.HOME, Setting.PHONE).build(),
            activity("cursus").kind(Kind.COURSE).approaches(Approach.SKILLS_TRAINING, Approach.REFLECTION)
                    .deliveredBy(Provider.PROFESSIONAL).groupSize(GroupSize.SMALL_GROUP).threshold(Threshold.HIGH)
                    .familiarSetting().build(),
            activity("inloophuis").approaches(Approach.BASIC_NEEDS, Approach.MEETING, Approach.PRACTICAL_HELP)
                    .deliveredBy(Provider.PROFESSIONAL, Provider.VOLUNTEER).groupSize(GroupSize.OPEN)
                    .threshold(Threshold.LOW).anonymous().build(),
            activity("uitjes").approaches(Approach.SHARED_ACTIVITY, Approach.VOLUNTEERING)
                    .at(Setting.AWAY, Setting.CARE_FACILITY).withTransport().build(),
            activity("online-lotgenoten").approaches(Approach.PEER_SUPPORT, Approach.OUTREACH)
                    .deliveredBy(Provider.PEER, Provider.STUDENT).at(Setting.ONLINE).anonymous().build());

    private static FitModel.File withRules(Profile profile, List<FitRule> rules) {
        FitModel.File file = fitFile();
        Map<Profile, List<FitRule>> profiles = new EnumMap<>(file.profiles());
        profiles.put(profile, rules);
        return new FitModel.File(file.version(), file.description(), file.ranking(), file.designedFor(), profiles);
    }

    private static FitModel.File withExtraRule(Profile profile, FitRule rule) {
        List<FitRule> rules = new ArrayList<>(fitFile().profiles().get(profile));
        rules.add(rule);
        return withRules(profile, rules);
    }

    @Test
    void theWeightsFileInTheResourcesIsAccepted() {
        assertThat(new FitModel(fitFile()).version()).isEqualTo(fitFile().version());
    }

    @Test
    void aFileWithoutRulesForAProfileIsRejected() {
        FitModel.File file = fitFile();
        Map<Profile, List<FitRule>> profiles = new EnumMap<>(file.profiles());
        profiles.remove(Profile.HOOPVOLLEN);
        FitModel.File withoutHoopvollen = new FitModel.File(file.version(), file.description(), file.ranking(), file.designedFor(), profiles);

        assertThatIllegalStateException()
                .isThrownBy(() -> new FitModel(withoutHoopvollen))
                .withMessageContaining("HOOPVOLLEN");
    }

    @Test
    void aFileWithAnEmptyRuleListForAProfileIsRejected() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new FitModel(withRules(Profile.GEBORGENEN, List.of())))
                .withMessageContaining("GEBORGENEN");
    }

    @Test
    void aFileThatRepeatsATraitForAProfileIsRejected() {
        FitModel.File repeated = withExtraRule(Profile.ACTIEVEN, new FitRule(Trait.KIND_GROUP, 1));

        assertThatIllegalStateException()
                .isThrownBy(() -> new FitModel(repeated))
                .withMessageContaining("ACTIEVEN")
                .withMessageContaining("KIND_GROUP");
    }

    @ParameterizedTest(name = "weight {0}")
    @ValueSource(ints = {0, 6, -6, 100})
    void aWeightThatIsZeroOrOutsideTheRangeIsRejected(int weight) {
        FitModel.File invalid = withExtraRule(Profile.OVERLEVERS, new FitRule(Trait.ANONYMOUS, weight));

        assertThatIllegalStateException()
                .isThrownBy(() -> new FitModel(invalid))
                .withMessageContaining("OVERLEVERS")
                .withMessageContaining("ANONYMOUS");
    }

    @ParameterizedTest(name = "weight {0}")
    @ValueSource(ints = {FitModel.MAX_WEIGHT, -FitModel.MAX_WEIGHT})
    void aWeightAtEitherEndOfTheRangeIsAccepted(int weight) {
        FitModel model = new FitModel(withExtraRule(Profile.OVERLEVERS, new FitRule(Trait.ANONYMOUS, weight)));

        assertThat(model.fit(Profile.OVERLEVERS, Set.of(Trait.ANONYMOUS)).points()).isEqualTo(weight);
    }

    static Stream<Arguments> profilesAndSamples() {
        return Stream.of(Profile.values())
                .flatMap(profile -> SAMPLES.stream().map(activity -> Arguments.of(profile, activity.id())));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("profilesAndSamples")
    void fitPointsAreTheSumOfTheProfileWeightsOverTheActivityTraits(Profile profile, String activityId) {
        Activity activity = SAMPLES.stream().filter(a -> a.id().equals(activityId)).findFirst().orElseThrow();

        assertThat(FIT_MODEL.fit(profile, activity).points()).isEqualTo(expectedFitPoints(profile, activity));
    }

    @Test
    void theSampleActivitiesSpreadOverDifferentFits() {
        // Guards the test above: a sum over samples that all score 0 would prove nothing.
        assertThat(Stream.of(Profile.values())
                .flatMap(profile -> SAMPLES.stream().map(activity -> expectedFitPoints(profile, activity)))
                .distinct()
                .count()).isGreaterThan(5);
    }

    @Test
    void aFitListsEachWeighedTraitOfTheActivityStrongestFirst() {
        Activity homeVisit = SAMPLES.get(1);

        ProfileFit fit = FIT_MODEL.fit(Profile.ACHTERBLIJVERS, homeVisit);

        assertThat(fit.contributions()).extracting(ProfileFit.Contribution::weight).isSortedAccordingTo(
                (a, b) -> Integer.compare(b, a));
        assertThat(fit.contributions()).extracting(ProfileFit.Contribution::trait)
                .containsExactlyInAnyOrderElementsOf(Trait.of(homeVisit).stream()
                        .filter(trait -> MatchingResources.weight(Profile.ACHTERBLIJVERS, trait) != 0)
                        .toList());
        assertThat(fit.contributions().stream().mapToInt(ProfileFit.Contribution::weight).sum())
                .isEqualTo(fit.points());
    }

    @ParameterizedTest(name = "{0} points -> {1}")
    @CsvSource({"-3, WEAK", "0, WEAK", "1, PARTIAL", "3, PARTIAL", "4, GOOD", "6, GOOD", "7, STRONG", "12, STRONG"})
    void theFitLevelFollowsThePointBandsOfThePolicyFile(int points, FitLevel expected) {
        assertThat(FIT_MODEL.level(points)).isEqualTo(expected);
    }
}
