package nl.interventiewijzer.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProbeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theAgeLiesInsideTheBand() {
        assertThat(Probe.age(65, 80)).isEqualTo(72);
        assertThat(Probe.age(80, null)).isEqualTo(85);
        assertThat(Probe.age(null, 30)).isEqualTo(20);
        assertThat(Probe.age(null, 20)).isEqualTo(16);
        assertThat(Probe.age(null, null)).isEqualTo(Probe.DEFAULT_AGE);
    }

    @Test
    void withoutDesignedForAProbeComesFromARequiredCircumstanceAGenderOrAYouthOrOldAgeBand() throws Exception {
        CatalogueView catalogue = CatalogueView.of("2026.11.1", List.of(
                JSON.readTree("""
                        {"id": "for-carers", "kind": "ONE_ON_ONE", "delivery": {"settings": ["HOME"]},
                         "eligibility": {"minAge": null, "maxAge": null, "gender": null,
                                         "requiresAnyOf": ["INFORMAL_CARER", "CANCER"], "requiresAllOf": []}}"""),
                JSON.readTree("""
                        {"id": "for-the-very-old", "kind": "GROUP", "delivery": {"settings": ["NEIGHBOURHOOD"]},
                         "eligibility": {"minAge": 80, "maxAge": null, "gender": null,
                                         "requiresAnyOf": [], "requiresAllOf": []}}"""),
                JSON.readTree("""
                        {"id": "for-anyone-over-55", "kind": "GROUP", "delivery": {"settings": ["NEIGHBOURHOOD"]},
                         "eligibility": {"minAge": 55, "maxAge": null, "gender": null,
                                         "requiresAnyOf": [], "requiresAllOf": []}}"""),
                JSON.readTree("""
                        {"id": "neighbourhood-plan", "kind": "COMMUNITY", "delivery": {"settings": ["NEIGHBOURHOOD"]},
                         "eligibility": {"minAge": null, "maxAge": null, "gender": null,
                                         "requiresAnyOf": ["LOW_INCOME"], "requiresAllOf": []}}""")), Set.of());

        List<Probe> probes = Probe.from(catalogue, false);

        assertThat(probes).extracting(Probe::activityId).containsExactly("for-carers", "for-the-very-old");
        assertThat(probes).allMatch(p -> p.source() == Probe.Source.ELIGIBILITY_BEFORE_V2);
        assertThat(probes.get(0).person().toString()).contains("\"circumstances\":[\"INFORMAL_CARER\"]");
        assertThat(probes.get(1).person().get("age").asInt()).isEqualTo(85);
    }

    @Test
    void withDesignedForTheProbeIsItsGroupWithTheMunicipalityOfALocalProject() throws Exception {
        CatalogueView catalogue = CatalogueView.of("2026.12.1", List.of(
                JSON.readTree("""
                        {"id": "town-buddy", "kind": "ONE_ON_ONE", "delivery": {"settings": ["HOME", "ONLINE"]},
                         "designedFor": {"circumstances": ["RECENTLY_WIDOWED"], "minAge": 65, "maxAge": null},
                         "availability": {"scope": "LOCAL", "municipalities": ["Breda"]},
                         "eligibility": {"minAge": 55, "maxAge": null, "gender": "FEMALE",
                                         "requiresAnyOf": [], "requiresAllOf": ["LIVES_ALONE"]}}"""),
                JSON.readTree("""
                        {"id": "for-anyone", "kind": "GROUP", "delivery": {"settings": ["NEIGHBOURHOOD"]},
                         "designedFor": {"circumstances": [], "minAge": null, "maxAge": null},
                         "availability": {"scope": "NATIONAL", "municipalities": []},
                         "eligibility": {"minAge": null, "maxAge": null, "gender": null,
                                         "requiresAnyOf": [], "requiresAllOf": []}}""")), Set.of());

        List<Probe> probes = Probe.from(catalogue, true);

        assertThat(probes).hasSize(1);
        Probe probe = probes.get(0);
        assertThat(probe.source()).isEqualTo(Probe.Source.DESIGNED_FOR);
        assertThat(probe.person().get("age").asInt()).isEqualTo(70);
        assertThat(probe.person().get("gender").asText()).isEqualTo("FEMALE");
        assertThat(probe.person().get("municipality").asText()).isEqualTo("Breda");
        assertThat(probe.person().get("digitalSkills").asBoolean()).isTrue();
        assertThat(probe.person().toString()).contains("\"circumstances\":[\"RECENTLY_WIDOWED\",\"LIVES_ALONE\"]");
        assertThat(Probe.from(catalogue, false).get(0).person().has("municipality")).isFalse();
        assertThat(probe.professionalInView()).isFalse();
        assertThat(probe.groupKind()).isEqualTo(Probe.GroupKind.SPECIFIC);
    }

    @Test
    void aProbeForABroadAgeBandAloneIsToldApartFromOneForANarrowBandOrACircumstance() throws Exception {
        CatalogueView catalogue = CatalogueView.of("2026.12.2", List.of(
                JSON.readTree(entry("for-over-55", "[]", 55, null)),
                JSON.readTree(entry("for-over-80", "[]", 80, null)),
                JSON.readTree(entry("for-young-people", "[]", null, 30)),
                JSON.readTree(entry("for-widows-over-55", "[\"RECENTLY_WIDOWED\"]", 55, null))), Set.of());

        assertThat(Probe.from(catalogue, false)).extracting(Probe::activityId, Probe::groupKind).containsExactly(
                tuple("for-over-55", Probe.GroupKind.BROAD_AGE_BAND),
                tuple("for-over-80", Probe.GroupKind.SPECIFIC),
                tuple("for-widows-over-55", Probe.GroupKind.SPECIFIC),
                tuple("for-young-people", Probe.GroupKind.SPECIFIC));
    }

    private static String entry(String id, String circumstances, Integer minAge, Integer maxAge) {
        return """
                {"id": "%s", "kind": "GROUP", "delivery": {"settings": ["NEIGHBOURHOOD"]},
                 "designedFor": {"circumstances": %s, "minAge": %s, "maxAge": %s},
                 "availability": {"scope": "NATIONAL", "municipalities": []},
                 "eligibility": {"minAge": null, "maxAge": null, "gender": null, "requiresAnyOf": [], "requiresAllOf": []}}"""
                .formatted(id, circumstances, minAge, maxAge);
    }

    @Test
    void aProfessionalMethodIsProbedWithAProfessionalInViewUnderTheStructuralProfiles() {
        assertThat(AdviceQualityTest.probeRequest("OVERLEVERS", true).toString()).isEqualTo(
                "{\"dimensions\":{\"duration\":\"STRUCTURAL_COMPLEX\",\"coping\":\"PASSIVE\",\"participationOriented\":false}}");
        assertThat(AdviceQualityTest.probeRequest("COMPENSEERDERS", true).toString()).isEqualTo(
                "{\"dimensions\":{\"duration\":\"STRUCTURAL_COMPLEX\",\"coping\":\"ACTIVE\",\"participationOriented\":true}}");
        assertThat(AdviceQualityTest.probeRequest("ACTIEVEN", true).toString()).isEqualTo("{\"profile\":\"ACTIEVEN\"}");
        assertThat(AdviceQualityTest.probeRequest("OVERLEVERS", false).toString()).isEqualTo("{\"profile\":\"OVERLEVERS\"}");
    }
}
