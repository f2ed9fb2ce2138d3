package nl.interventiewijzer.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.AvailabilityScope;
import nl.interventiewijzer.catalogue.Evidence;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.localoffer.LocalOffer;
import nl.interventiewijzer.localoffer.LocalOfferFixtures;
import nl.interventiewijzer.localoffer.ShippedCatalogue;
import nl.interventiewijzer.matching.FitLevel;
import nl.interventiewijzer.matching.FitModel;
import nl.interventiewijzer.matching.LocalServices;
import nl.interventiewijzer.profile.Profile;
import nl.interventiewijzer.support.ResourceJson;
import org.junit.jupiter.api.Test;

class CoverageCalculatorTest {

    private static final ResourceJson JSON = new ResourceJson(new ObjectMapper());
    private static final FitModel FIT = new FitModel(JSON.read("matching/profile-fit.json", FitModel.File.class));
    private static final LocalOffer OFFER = LocalOfferFixtures.valid();
    private static final LocalServices FITS = new LocalServices(OFFER, FIT);
    private static final CoverageCalculator CALCULATOR = new CoverageCalculator(ShippedCatalogue.CATALOGUE, FITS);

    private static CoverageReport.ProfileCoverage of(CoverageReport report, Profile profile) {
        return report.profiles().stream().filter(p -> p.profile() == profile).findFirst().orElseThrow();
    }

    @Test
    void countsTheMunicipalitysActiveServicesAndTheNationalPhoneAndOnlineEntries() {
        CoverageReport report = CALCULATOR.forMunicipality(OFFER, "Oostervoort");

        assertThat(report.localOfferings()).isEqualTo(3);
        assertThat(report.nationalOfferings()).isPositive();
        assertThat(report.profiles()).extracting(CoverageReport.ProfileCoverage::profile).containsExactly(Profile.values());
    }

    @Test
    void aLocalProjectOfAnotherMunicipalityIsNeitherCountedAsNationalNorSuggested() {
        CoverageReport report = CALCULATOR.forMunicipality(OFFER, "Oostervoort");

        List<String> counted = report.profiles().stream().flatMap(p -> p.best().stream())
                .map(CoverageReport.Offering::id).toList();
        List<String> suggested = report.gaps().stream().flatMap(g -> g.suggestions().stream())
                .map(CoverageReport.Suggestion::activityId).toList();
        assertThat(ShippedCatalogue.CATALOGUE.find("naaste-buur-boxtel").orElseThrow().availability().scope())
                .isEqualTo(AvailabilityScope.LOCAL);
        assertThat(counted).doesNotContain("naaste-buur-boxtel");
        assertThat(counted).allSatisfy(id -> ShippedCatalogue.CATALOGUE.find(id).ifPresent(activity ->
                assertThat(activity.availability().scope()).isEqualTo(AvailabilityScope.NATIONAL)));
        assertThat(suggested).allSatisfy(id -> assertThat(
                ShippedCatalogue.CATALOGUE.find(id).orElseThrow().availability().scope()).isEqualTo(AvailabilityScope.NATIONAL));
    }

    @Test
    void anOfferingCountsForAProfileOnlyWhenItFitsWell() {
        CoverageReport report = CALCULATOR.forActivities(List.of("vier-het-leven"));

        for (CoverageReport.ProfileCoverage profile : report.profiles()) {
            boolean fitsWell = FIT.fit(profile.profile(), ShippedCatalogue.CATALOGUE.find("vier-het-leven").orElseThrow())
                    .level().atLeast(FitLevel.GOOD);
            assertThat(profile.best().stream().anyMatch(o -> o.id().equals("vier-het-leven"))).isEqualTo(fitsWell);
            assertThat(profile.byKind().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(profile.fitsWell());
        }
    }

    @Test
    void aKindTheSupportDirectionAsksForWithNothingIsAGapWithSubstantiatedSuggestionsFirst() {
        CoverageReport report = CALCULATOR.forActivities(List.of("vier-het-leven"));

        List<CoverageReport.Gap> kindGaps = report.gaps().stream().filter(g -> g.kind() != null).toList();
        assertThat(kindGaps).isNotEmpty();
        for (CoverageReport.Gap gap : kindGaps) {
            assertThat(FITS.kindWeight(gap.profile(), gap.kind())).isPositive();
            assertThat(of(report, gap.profile()).byKind().get(gap.kind())).isZero();
            assertThat(gap.suggestions()).allMatch(s -> s.kind() == gap.kind() && s.fit().atLeast(FitLevel.GOOD));
            List<Evidence> evidence = gap.suggestions().stream().map(CoverageReport.Suggestion::evidence).toList();
            int firstOther = evidence.indexOf(Evidence.PROMISING);
            assertThat(firstOther == -1 || !evidence.subList(firstOther, evidence.size()).contains(Evidence.SUBSTANTIATED)).isTrue();
        }
    }

    @Test
    void aProfileWithTooLittleThatFitsWellIsAGap() {
        CoverageReport report = CALCULATOR.forActivities(List.of("vier-het-leven"));

        for (CoverageReport.ProfileCoverage profile : report.profiles()) {
            boolean gap = report.gaps().stream().anyMatch(g -> g.profile() == profile.profile() && g.kind() == null);
            assertThat(gap).isEqualTo(profile.fitsWell() < CoverageCalculator.ENOUGH);
        }
    }

    @Test
    void suggestionsNeverRepeatWhatIsOnOffer() {
        CoverageReport report = CALCULATOR.forActivities(List.of("vier-het-leven", "netwerkcoach"));

        assertThat(report.gaps().stream().flatMap(g -> g.suggestions().stream()))
                .noneMatch(s -> s.activityId().equals("vier-het-leven") || s.activityId().equals("netwerkcoach"));
    }

    @Test
    void suggestionsNeverRepeatANationalEntryAlreadyCountedIn() {
        CoverageReport report = CALCULATOR.forMunicipality(OFFER, "Oostervoort");
        List<String> counted = report.profiles().stream().flatMap(p -> p.best().stream())
                .filter(o -> o.source() == CoverageReport.Source.NATIONAL).map(CoverageReport.Offering::id).toList();

        assertThat(counted).isNotEmpty();
        assertThat(report.gaps().stream().flatMap(g -> g.suggestions().stream()))
                .noneMatch(s -> counted.contains(s.activityId()));
    }

    @Test
    void anUnknownIdIsRefusedNamingItsPlace() {
        assertThatThrownBy(() -> CALCULATOR.forActivities(List.of("vier-het-leven", "bestaat-niet")))
                .isInstanceOf(CoverageCalculator.UnknownActivityException.class)
                .satisfies(e -> assertThat(((CoverageCalculator.UnknownActivityException) e).index()).isEqualTo(1));
    }

    @Test
    void theReachOfALocalServiceComesFromItsSettings() {
        CoverageReport report = CALCULATOR.forMunicipality(OFFER, "Oostervoort");

        CoverageReport.ProfileCoverage afhankelijken = of(report, Profile.AFHANKELIJKEN);
        boolean visitingFitsWell = afhankelijken.best().stream().anyMatch(o -> o.name().equals("Bezoekdienst Oostervoort"))
                || afhankelijken.fitsWell() > CoverageCalculator.BEST;
        assertThat(visitingFitsWell).isTrue();
        assertThat(afhankelijken.byReach().get(Reach.COMES_TO_PERSON)).isPositive();
        assertThat(afhankelijken.byKind()).containsKeys(Kind.GROUP, Kind.ONE_ON_ONE, Kind.COURSE);
    }

    @Test
    void aNeighbourhoodApproachIsRefusedAsNoOfferingForAPerson() {
        assertThat(ShippedCatalogue.CATALOGUE.find("kwartiermaken").orElseThrow().kind()).isEqualTo(Kind.COMMUNITY);

        assertThatThrownBy(() -> CALCULATOR.forActivities(List.of("kwartiermaken")))
                .isInstanceOf(CoverageCalculator.UnknownActivityException.class)
                .hasMessageContaining("kwartiermaken");
    }

    @Test
    void anActivityPostedTwiceIsCountedOnce() {
        assertThat(CALCULATOR.forActivities(List.of("netwerkcoach", "netwerkcoach")).localOfferings()).isEqualTo(1);
    }

    @Test
    void everyDifferentActivityPostedIsCounted() {
        assertThat(CALCULATOR.forActivities(List.of("vier-het-leven", "netwerkcoach")).localOfferings()).isEqualTo(2);
    }

    @Test
    void aPostedNationalPhoneLineIsNotCountedAgainAsNational() {
        int without = CALCULATOR.forActivities(List.of("netwerkcoach")).nationalOfferings();

        CoverageReport with = CALCULATOR.forActivities(List.of("netwerkcoach", "zilverlijn-belservice"));

        assertThat(with.localOfferings()).isEqualTo(2);
        assertThat(with.nationalOfferings()).isEqualTo(without - 1);
    }

    @Test
    void theBestOfferingsOfAProfileComeHighestFitFirst() {
        CoverageReport report = CALCULATOR.forMunicipality(OFFER, "Oostervoort");

        assertThat(report.profiles()).anySatisfy(p -> assertThat(p.best()).hasSizeGreaterThan(1));
        for (CoverageReport.ProfileCoverage profile : report.profiles()) {
            assertThat(profile.best()).extracting(CoverageReport.Offering::points)
                    .isSortedAccordingTo(Comparator.reverseOrder());
        }
    }

    @Test
    void aGapSuggestsTheNationalActivitiesNotOnOfferThatFitWellSubstantiatedFirstThenByFitThenName() {
        List<String> posted = List.of("vier-het-leven");
        CoverageReport report = CALCULATOR.forActivities(posted);
        // Already counted in: what was posted, and the national phone lines and online offers.
        Set<String> present = ShippedCatalogue.CATALOGUE.activities().stream()
                .filter(a -> a.kind().isForIndividuals() && a.availability().scope() == AvailabilityScope.NATIONAL)
                .filter(a -> a.delivery().has(Setting.PHONE) || a.delivery().has(Setting.ONLINE))
                .map(Activity::id).collect(Collectors.toSet());

        assertThat(report.gaps()).anySatisfy(g -> assertThat(g.kind()).isNull())
                .anySatisfy(g -> assertThat(g.kind()).isNotNull());
        for (CoverageReport.Gap gap : report.gaps()) {
            List<String> expected = ShippedCatalogue.CATALOGUE.activities().stream()
                    .filter(a -> a.kind().isForIndividuals() && (gap.kind() == null || a.kind() == gap.kind()))
                    .filter(a -> a.availability().scope() == AvailabilityScope.NATIONAL)
                    .filter(a -> !posted.contains(a.id()) && !present.contains(a.id()))
                    .filter(a -> FIT.fit(gap.profile(), a).level().atLeast(FitLevel.GOOD))
                    .sorted(Comparator.comparing((Activity a) -> a.evidence() != Evidence.SUBSTANTIATED)
                            .thenComparing(a -> -FIT.fit(gap.profile(), a).points())
                            .thenComparing(Activity::name))
                    .limit(CoverageCalculator.SUGGESTIONS).map(Activity::id).toList();
            assertThat(gap.suggestions()).extracting(CoverageReport.Suggestion::activityId)
                    .as("suggestions for %s %s", gap.profile(), gap.kind()).containsExactlyElementsOf(expected);
        }
        assertThat(report.gaps()).anySatisfy(g -> assertThat(g.suggestions()).hasSize(CoverageCalculator.SUGGESTIONS));
    }
}
