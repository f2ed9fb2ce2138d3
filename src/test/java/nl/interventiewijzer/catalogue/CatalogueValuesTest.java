package nl.interventiewijzer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small rules the catalogue's value types carry: age bands, requirements, delivery and the catalogue index. */
class CatalogueValuesTest {

    @ParameterizedTest(name = "{0}..{1} covers {2}: {3}")
    @CsvSource(nullValues = "-", textBlock = """
            75, -,  75, true
            75, -,  74, false
            -,  30, 30, true
            -,  30, 31, false
            18, 30, 18, true
            18, 30, 30, true
            18, 30, 17, false
            -,  -,  50, false
            """)
    void anAgeBandCoversTheAgesWithinItInclusiveAndNoBandCoversNothing(Integer min, Integer max, int age, boolean covers) {
        assertThat(new DesignedFor(List.of(), min, max).ageBandCovers(age)).isEqualTo(covers);
    }

    @Test
    void anAgeBandReadsAsDutch() {
        assertThat(new DesignedFor(List.of(), 18, 30).describeAgeBand()).isEqualTo("mensen van 18 tot en met 30 jaar");
        assertThat(new DesignedFor(List.of(), 80, null).describeAgeBand()).isEqualTo("mensen van 80 jaar en ouder");
        assertThat(new DesignedFor(List.of(), null, 30).describeAgeBand()).isEqualTo("mensen tot en met 30 jaar");
    }

    @Test
    void eitherEndMakesAnAgeBand() {
        assertThat(new DesignedFor(List.of(), 80, null).hasAgeBand()).isTrue();
        assertThat(new DesignedFor(List.of(), null, 30).hasAgeBand()).isTrue();
        assertThat(DesignedFor.ANYONE.hasAgeBand()).isFalse();
    }

    @ParameterizedTest(name = "{0}..{1} admits {2}: {3}")
    @CsvSource(nullValues = "-", textBlock = """
            55, -,  55, true
            55, -,  54, false
            -,  30, 30, true
            -,  30, 31, false
            -,  -,  99, true
            """)
    void anAgeLimitAdmitsTheAgesWithinItInclusive(Integer min, Integer max, int age, boolean admits) {
        Eligibility eligibility = new Eligibility(min, max, AgeBasis.STATED, null, List.of(), List.of(), null, null);

        assertThat(eligibility.admitsAge(age)).isEqualTo(admits);
    }

    @Test
    void eitherEndIsAnAgeLimit() {
        assertThat(new Eligibility(55, null, AgeBasis.STATED, null, List.of(), List.of(), null, null).hasAgeLimit()).isTrue();
        assertThat(new Eligibility(null, 30, AgeBasis.STATED, null, List.of(), List.of(), null, null).hasAgeLimit()).isTrue();
        assertThat(Eligibility.NONE.hasAgeLimit()).isFalse();
    }

    @Test
    void eitherListOfCircumstancesIsARequirement() {
        List<Circumstance> dementia = List.of(Circumstance.DEMENTIA);
        assertThat(new Eligibility(null, null, null, null, dementia, List.of(), RequirementsBasis.STATED, null)
                .hasRequirements()).isTrue();
        assertThat(new Eligibility(null, null, null, null, List.of(), dementia, RequirementsBasis.STATED, null)
                .hasRequirements()).isTrue();
        assertThat(Eligibility.NONE.hasRequirements()).isFalse();
    }

    @Test
    void onlyWhatTheSourceStatesIsAHardRule() {
        Eligibility stated = new Eligibility(55, null, AgeBasis.STATED, null, List.of(Circumstance.DEMENTIA), List.of(),
                RequirementsBasis.STATED, null);
        Eligibility interpreted = new Eligibility(55, null, AgeBasis.INTERPRETED, null, List.of(Circumstance.DEMENTIA),
                List.of(), RequirementsBasis.INTERPRETED, null);

        assertThat(stated.ageIsStated()).isTrue();
        assertThat(stated.requirementsAreStated()).isTrue();
        assertThat(interpreted.ageIsStated()).isFalse();
        assertThat(interpreted.requirementsAreStated()).isFalse();
    }

    @Test
    void theSettingsSayWhereItTakesPlaceOrThatTheSourcesAreSilent() {
        Delivery atHome = new Delivery(List.of(Setting.HOME), Transport.NOT_STATED);
        Delivery silent = new Delivery(List.of(Setting.NOT_STATED), Transport.NOT_STATED);

        assertThat(atHome.has(Setting.HOME)).isTrue();
        assertThat(atHome.has(Setting.ONLINE)).isFalse();
        assertThat(atHome.settingsNotStated()).isFalse();
        assertThat(silent.settingsNotStated()).isTrue();
    }

    @Test
    void theCatalogueListsByNameIgnoringCaseThenByIdAndFindsById() {
        Catalogue catalogue = new Catalogue("t", List.of(activity("b-2", "zonnebloem", Kind.GROUP),
                activity("a-1", "Anjer", Kind.COURSE), activity("b-1", "Zonnebloem", Kind.GROUP)));

        assertThat(catalogue.activities()).extracting(Activity::id).containsExactly("a-1", "b-1", "b-2");
        assertThat(catalogue.find("b-2")).map(Activity::name).contains("zonnebloem");
        assertThat(catalogue.find("c")).isEmpty();
        assertThat(catalogue.size()).isEqualTo(3);
        assertThat(catalogue.version()).isEqualTo("t");
        assertThat(catalogue.countByKind()).isEqualTo(Map.of(Kind.GROUP, 2L, Kind.COURSE, 1L));
    }

    @Test
    void theCatalogueKnowsWhereARetiredIdWent() {
        RetiredActivity merged = new RetiredActivity("oud", RetirementStatus.MERGED, "a-1", "2026.12.1", "Samengevoegd.");
        Catalogue catalogue = new Catalogue("t", List.of(activity("a-1", "Anjer", Kind.COURSE)), List.of(merged));

        assertThat(catalogue.findRetired("oud")).contains(merged);
        assertThat(catalogue.findRetired("a-1")).isEmpty();
        assertThat(catalogue.retired()).containsExactly(merged);
    }

    @Test
    void anActivityKnowsItsPurposeAndWhetherAProfessionalDeliversIt() {
        Activity activity = activity("a-1", "Anjer", Kind.COURSE);

        assertThat(activity.isDesignedFor(Circumstance.WIDOWED)).isTrue();
        assertThat(activity.isDesignedFor(Circumstance.DEMENTIA)).isFalse();
        assertThat(activity.isDeliveredByProfessional()).isTrue();
    }

    private static Activity activity(String id, String name, Kind kind) {
        return new Activity(id, name, kind, Evidence.PROMISING, null, "Beschrijving.", "Doelgroep.",
                new DesignedFor(List.of(Circumstance.WIDOWED), null, null), Eligibility.NONE,
                new Delivery(List.of(Setting.NEIGHBOURHOOD), Transport.NOT_STATED), List.of(Provider.PROFESSIONAL),
                List.of(Approach.MEETING), GroupSize.GROUP, Threshold.LOW, false, false, false, null, null, List.of(), null,
                Availability.NATIONAL, Access.DIRECT, new SourceRef(SourceDocument.HANDREIKING, "3"), List.of());
    }
}
