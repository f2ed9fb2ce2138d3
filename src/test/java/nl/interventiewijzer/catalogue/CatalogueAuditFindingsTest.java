package nl.interventiewijzer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per finding of severity wrong, unsupported or interpretation-not-flagged in the catalogue audit of December
 * 2026 (catalogue 2026.11.1 read against the source documents). Each fails if the fix of catalogue 2026.12.1 is undone.
 *
 * <p>The resource files are read as a JSON tree, not through the domain classes, so this test holds whatever shape the
 * Java model takes. The quoted source sentences are in the comments; the data changelog (docs/catalogue-changelog.md)
 * lists the findings and what was done.
 */
class CatalogueAuditFindingsTest {

    private static final String MANIFEST = "catalogue/catalogue.json";
    private static final String NOT_STATED = "NOT_STATED";
    private static final String PROFESSIONAL_METHOD = "PROFESSIONAL_METHOD";
    private static final String INTERPRETED = "INTERPRETED";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> ENTRIES = new LinkedHashMap<>();
    private static final Map<String, JsonNode> RETIRED = new LinkedHashMap<>();

    @BeforeAll
    static void readTheCatalogueFiles() {
        JsonNode manifest = read(MANIFEST);
        for (JsonNode file : manifest.path("files")) {
            for (JsonNode entry : read("catalogue/" + file.asText())) {
                ENTRIES.put(entry.path("id").asText(), entry);
            }
        }
        for (JsonNode retired : read("catalogue/" + manifest.path("retired").asText())) {
            RETIRED.put(retired.path("id").asText(), retired);
        }
    }

    // ---------------------------------------------------------------------------------------------- Table A

    /** Sociaal maakt Gezond: "mensen met psychische beperking, niet aangeboren hersenletsel of licht verstandelijke beperking". */
    @Test
    void wijkEnParticipatieAdmitsPeopleWithAcquiredBrainInjury() {
        JsonNode eligibility = entry("wijk-en-participatie").path("eligibility");
        assertThat(texts(eligibility.path("requiresAnyOf")))
                .contains("ACQUIRED_BRAIN_INJURY", "PSYCHIATRIC_CONDITION", "INTELLECTUAL_DISABILITY");
        assertThat(texts(eligibility.path("requiresAllOf"))).isEmpty();
    }

    /** Kennisdossier, only under "Veiligheid": a weerbaarheidstraining; no source ties it to loneliness. */
    @Test
    void rotsEnWaterIsNoLongerProposedAndSaysWhyItWent() {
        assertThat(ENTRIES).doesNotContainKey("rots-en-water");
        JsonNode retired = RETIRED.get("rots-en-water");
        assertThat(retired).as("rots-en-water in retired.json").isNotNull();
        assertThat(retired.path("status").asText()).isEqualTo("REMOVED");
        assertThat(retired.path("replacedBy").isNull()).isTrue();
        assertThat(retired.path("reason").asText()).contains("eenzaamheid");
    }

    /** Handreiking: "behoefte hebben aan een vertrouwelijk gesprek": confidential is not anonymous; no provider named. */
    @Test
    void sensorIsNotClaimedToBeAnonymousNorToBeAnsweredByVolunteers() {
        JsonNode sensor = entry("sensor");
        assertThat(sensor.path("anonymous").asBoolean()).isFalse();
        assertThat(texts(sensor.path("deliveredBy"))).containsExactly(NOT_STATED);
    }

    /** Handreiking: "culturele activiteiten voor ouderen (65+) die niet graag alleen op stap gaan"; nothing on widowhood. */
    @Test
    void vierHetLevenIsNotPresentedAsMadeForPeopleWhoLiveAloneOrAreWidowed() {
        JsonNode designedFor = entry("vier-het-leven").path("designedFor");
        assertThat(texts(designedFor.path("circumstances"))).doesNotContain("LIVES_ALONE", "WIDOWED");
        assertThat(designedFor.path("minAge").asInt()).isEqualTo(65);
    }

    /** Handreiking names "culturele activiteiten" and "de voorstelling"; concerts and museums are not in it. */
    @Test
    void vierHetLevenDoesNotPromiseConcertsOrMuseums() {
        assertThat(entry("vier-het-leven").path("description").asText().toLowerCase())
                .doesNotContain("concert")
                .doesNotContain("museum");
    }

    /** Een buurt voor iedereen, 2.4 Tools: "Voor jongeren is 100% talent een aanpak ..."; a tool for professionals. */
    @Test
    void hundredPercentTalentIsReachedThroughAProfessionalAndExplainsItsAgeReading() {
        JsonNode talent = entry("100-procent-talent");
        assertIsAProfessionalMethod(talent);
        assertThat(talent.path("eligibility").path("ageBasis").asText()).isEqualTo(INTERPRETED);
        assertThat(talent.path("eligibility").path("note").asText()).contains("onze lezing");
    }

    /** Handreiking: "Vakanties met gezelschap van anderen voor 65-plussers met een intensieve zorgvraag"; no word on transport. */
    @Test
    void allegoedsHolidaysLeaveTransportNotStatedInsteadOfNotArranged() {
        assertThat(entry("allegoeds-vakanties").path("delivery").path("transport").asText()).isEqualTo(NOT_STATED);
    }

    /** Sociaal maakt Gezond: "ondersteunt mensen met een beperking"; "vooral ... een lichte of middelzware beperking". */
    @Test
    void huiskamersVanDeBuurtTreatTheirDisabilityRequirementAsAReading() {
        JsonNode eligibility = entry("huiskamers-van-de-buurt").path("eligibility");
        assertThat(eligibility.path("requirementsBasis").asText()).isEqualTo(INTERPRETED);
        assertThat(eligibility.path("note").asText()).startsWith("Lezing");
    }

    /** Een buurt voor iedereen, 2.4 Tools: "Methode Krachtwerk gaat uit van iemands talenten ..."; a professional's method. */
    @Test
    void krachtwerkIsReachedOnlyThroughAProfessionalWhoWorksThatWay() {
        assertIsAProfessionalMethod(entry("krachtwerk"));
    }

    /** Sociaal maakt Gezond: "opgezet voor mensen bij wie het even tegenzit en ... (tijdelijk) krap bij kas zitten". */
    @Test
    void ruilgoederenbankDoesNotMixUpItsClientsWithItsVolunteers() {
        JsonNode eligibility = entry("ruilgoederenbank").path("eligibility");
        assertThat(texts(eligibility.path("requiresAnyOf"))).doesNotContain("UNEMPLOYED");
        assertThat(eligibility.path("requirementsBasis").asText()).isEqualTo(INTERPRETED);
        assertThat(eligibility.path("note").asText()).startsWith("Lezing");
    }

    /** Een buurt voor iedereen, 2.4 Tools: "De methode Talenten samen benutten is specifiek gericht op ...". */
    @Test
    void talentenSamenBenuttenIsReachedOnlyThroughAProfessionalWhoWorksThatWay() {
        assertIsAProfessionalMethod(entry("talenten-samen-benutten"));
    }

    /** Handreiking: "moestuin ... voor en bij een zorginstelling"; residency is not stated. */
    @Test
    void vitaleMoestuinDoesNotRequireLivingInACareFacility() {
        JsonNode eligibility = entry("vitale-moestuin").path("eligibility");
        assertThat(texts(eligibility.path("requiresAnyOf"))).doesNotContain("LIVES_IN_CARE_FACILITY");
        assertThat(texts(eligibility.path("requiresAllOf"))).doesNotContain("LIVES_IN_CARE_FACILITY");
    }

    /** Een buurt voor iedereen, 4.4 Tools: WRAP is an approach "om met iemand ... na te denken over momenten ...". */
    @Test
    void wrapIsReachedOnlyThroughAProfessionalWhoWorksThatWay() {
        assertIsAProfessionalMethod(entry("wrap"));
    }

    /** Handreiking: "Vakanties voor mensen die door een fysieke beperking niet zelf ... op vakantie kunnen"; no word on transport. */
    @Test
    void zonnebloemHolidaysLeaveTransportNotStatedInsteadOfNotArranged() {
        assertThat(entry("zonnebloem-vakanties").path("delivery").path("transport").asText()).isEqualTo(NOT_STATED);
    }

    // ---------------------------------------------------------------------------------------------- Table B

    /** The seed names no provider for these; a guessed PROFESSIONAL told coaches "hier is een professional bij betrokken". */
    @ParameterizedTest(name = "{0} does not claim a provider its source does not name")
    @ValueSource(strings = {
        "actief-plus", "allegoeds-vakanties", "assertiviteitscursus", "bij-bosshardt", "cultuursensitieve-aanpak",
        "cursus-creatief-leven", "dockwerk", "gluren-bij-de-burenhulp", "goldensports", "grip-en-glans",
        "het-danspaleis", "inloophuis-voor-dak-en-thuislozen", "online-vriendschapscursus-50-plus",
        "samenkracht-80-plus", "vrienden-maken-kun-je-leren", "vriendschapscursus-voor-vrouwen", "zin-in-vriendschap"})
    void anEntryWhoseSourceNamesNoProviderSaysItIsNotStated(String id) {
        assertThat(texts(entry(id).path("deliveredBy"))).as("deliveredBy of %s", id).containsExactly(NOT_STATED);
    }

    /** The same table rows also name settings the seed does not give (HOME for Actief Plus; NEIGHBOURHOOD for three courses). */
    @ParameterizedTest(name = "{0} does not claim a setting its source does not name")
    @ValueSource(strings = {"actief-plus", "grip-en-glans", "vrienden-maken-kun-je-leren", "zin-in-vriendschap"})
    void anEntryWhoseSourceNamesNoSettingSaysItIsNotStated(String id) {
        assertThat(texts(entry(id).path("delivery").path("settings"))).as("settings of %s", id)
                .containsExactly(NOT_STATED);
    }

    // ---------------------------------------------------------------------------------------------- Table C

    /** Een buurt voor iedereen, 2.2: "zie bijvoorbeeld buurtprojecten in Overijssel of Wijk en Participatie in Amersfoort". */
    @Test
    void wijkEnParticipatieRunsInAmersfoortOnly() {
        JsonNode availability = entry("wijk-en-participatie").path("availability");
        assertThat(availability.path("scope").asText()).isEqualTo("LOCAL");
        assertThat(texts(availability.path("municipalities"))).containsExactly("Amersfoort");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static void assertIsAProfessionalMethod(JsonNode entry) {
        JsonNode access = entry.path("access");
        assertThat(access.path("type").asText()).as("access.type of %s", entry.path("id").asText())
                .isEqualTo(PROFESSIONAL_METHOD);
        assertThat(texts(access.path("via"))).as("access.via of %s", entry.path("id").asText()).isNotEmpty();
    }

    private static JsonNode entry(String id) {
        return Optional.ofNullable(ENTRIES.get(id))
                .orElseThrow(() -> new AssertionError("no catalogue entry with id " + id));
    }

    private static List<String> texts(JsonNode array) {
        assertThat(array.isArray()).as("expected a JSON array, got %s", array).isTrue();
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = CatalogueAuditFindingsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("classpath resource %s", resource).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
