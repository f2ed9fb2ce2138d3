package nl.interventiewijzer.catalogue.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.Kind;
import org.junit.jupiter.api.Test;

/**
 * The reader is strict: every fixture under src/test/resources/catalogue-fixtures/ breaks one thing, and the load
 * fails with a message that names the file and the entry.
 */
class CatalogueReaderTest {

    private static final String FIXTURES = "catalogue-fixtures/";
    private static final String MANIFEST = "/catalogue.json";

    private static final String VALID_VERSION = "2099.1.0-fixture";
    private static final String GROUP_ID = "wandelgroep-de-buurt";
    private static final String ONE_ON_ONE_ID = "bezoekje-aan-huis";
    private static final String GROUP_FILE = "activities/group.json";

    private final CatalogueReader reader = new CatalogueReader(new ObjectMapper(), getClass().getClassLoader());

    @Test
    void aValidCatalogueLoadsWithItsVersion() {
        Catalogue catalogue = reader.read(manifest("valid"));

        assertThat(catalogue.version()).isEqualTo(VALID_VERSION);
    }

    @Test
    void aValidCatalogueLoadsTheEntriesOfEveryFileInTheManifest() {
        Catalogue catalogue = reader.read(manifest("valid"));

        assertThat(catalogue.size()).isEqualTo(2);
        assertThat(catalogue.find(GROUP_ID)).hasValueSatisfying(entry -> assertThat(entry.kind()).isEqualTo(Kind.GROUP));
        assertThat(catalogue.find(ONE_ON_ONE_ID))
                .hasValueSatisfying(entry -> assertThat(entry.kind()).isEqualTo(Kind.ONE_ON_ONE));
    }

    @Test
    void anUnknownKindFailsNamingTheFileAndTheEntry() {
        assertThatThrownBy(() -> reader.read(manifest("unknown-kind")))
                .isInstanceOf(CatalogueLoadException.class)
                .hasMessageContaining(file("unknown-kind", GROUP_FILE))
                .hasMessageContaining("entry #1")
                .hasMessageContaining("id 'picknick-in-het-park'")
                .hasMessageContaining("PICNIC")
                .hasMessageContaining("kind");
    }

    @Test
    void anUnknownCircumstanceFailsNamingTheFileAndTheEntry() {
        assertThatThrownBy(() -> reader.read(manifest("unknown-circumstance")))
                .isInstanceOf(CatalogueLoadException.class)
                .hasMessageContaining(file("unknown-circumstance", GROUP_FILE))
                .hasMessageContaining("entry #1")
                .hasMessageContaining("id 'wandelen-met-lotgenoten'")
                .hasMessageContaining("\"X\"")
                .hasMessageContaining("designedFor");
    }

    @Test
    void anUnknownFieldFailsNamingTheField() {
        assertThatThrownBy(() -> reader.read(manifest("unknown-field")))
                .isInstanceOf(CatalogueLoadException.class)
                .hasMessageContaining(file("unknown-field", GROUP_FILE))
                .hasMessageContaining("entry #1")
                .hasMessageContaining("id 'koffie-op-zaterdag'")
                .hasMessageContaining("targetGroep");
    }

    /**
     * A misspelt field ("targetGroep" for "targetGroup") is an unknown field and a missing one at once. The reader
     * names the typo and the allowed fields, among them the one the editor has to restore.
     */
    @Test
    void aMisspeltFieldFailsNamingTheFieldItShouldHaveBeen() {
        assertThatThrownBy(() -> reader.read(manifest("misspelt-field")))
                .isInstanceOf(CatalogueLoadException.class)
                .hasMessageContaining(file("misspelt-field", GROUP_FILE))
                .hasMessageContaining("entry #1")
                .hasMessageContaining("id 'koffie-op-zaterdag'")
                .hasMessageContaining("targetGroep")
                .hasMessageContaining("targetGroup");
    }

    @Test
    void aMissingFieldFailsNamingTheField() {
        assertThatThrownBy(() -> reader.read(manifest("missing-field")))
                .isInstanceOf(CatalogueLoadException.class)
                .hasMessageContaining(file("missing-field", GROUP_FILE))
                .hasMessageContaining("entry #1")
                .hasMessageContaining("id 'zingen-in-koor'")
                .hasMessageContaining("intensity");
    }

    @Test
    void anUnknownDesignedForCodeFailsNamingTheFileTheEntryAndTheCode() {
        assertThatThrownBy(() -> reader.read(manifest("unknown-designed-for")))
                .isInstanceOf(CatalogueLoadException.class)
                .hasMessageContaining(file("unknown-designed-for", GROUP_FILE))
                .hasMessageContaining("entry #1")
                .hasMessageContaining("id 'zingen-in-koor'")
                .hasMessageContaining("EENZAAM")
                .hasMessageContaining("designedFor");
    }

    @Test
    void aNullWhereTheFormatNeedsAValueFailsNamingTheFileTheEntryAndTheField() {
        assertThatThrownBy(() -> reader.read(manifest("null-transport")))
                .isInstanceOf(CatalogueLoadException.class)
                .hasMessageContaining(file("null-transport", GROUP_FILE) + ", entry #1 (id 'koffie-op-zaterdag')")
                .hasMessageContaining("delivery.transport is null");
    }

    @Test
    void aDomainRuleBrokenByAnEntryFailsNamingTheFileAndTheEntry() {
        assertThatThrownBy(() -> reader.read(manifest("local-without-municipality")))
                .isInstanceOf(CatalogueLoadException.class)
                .hasMessageContaining(file("local-without-municipality", GROUP_FILE) + ", entry #1: activity 'ruilwinkel'")
                .hasMessageContaining("a LOCAL entry must name at least one municipality");
    }

    @Test
    void aRetiredIdReplacedByAnIdThatIsNotLiveFailsNamingTheRetiredFile() {
        assertThatThrownBy(() -> reader.read(manifest("retired-replaced-by-unknown")))
                .isInstanceOf(CatalogueLoadException.class)
                .hasMessageContaining(file("retired-replaced-by-unknown", "retired.json"))
                .hasMessageContaining("retired id 'oude-wandelgroep'")
                .hasMessageContaining("replacedBy 'nieuwe-wandelgroep' is not the id of a live entry");
    }

    @Test
    void retiredIdsAreLoadedWithWhereTheyWent() {
        Catalogue catalogue = reader.read(manifest("located"));

        assertThat(catalogue.findRetired("oude-wandelgroep")).hasValueSatisfying(retired ->
                assertThat(retired.replacedBy()).isEqualTo(GROUP_ID));
        assertThat(catalogue.find("oude-wandelgroep")).isEmpty();
    }

    @Test
    void malformedJsonFailsNamingTheFile() {
        assertThatThrownBy(() -> reader.read(manifest("malformed-json")))
                .isInstanceOf(CatalogueLoadException.class)
                .hasMessageContaining(file("malformed-json", GROUP_FILE))
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void theSameIdInTwoFilesFails() {
        assertThatThrownBy(() -> reader.read(manifest("duplicate-id")))
                .isInstanceOf(CatalogueLoadException.class)
                .hasMessageContaining(manifest("duplicate-id"))
                .hasMessageContaining("activity '" + GROUP_ID + "'")
                .hasMessageContaining("duplicate id");
    }

    @Test
    void aFileNamedInTheManifestThatDoesNotExistFails() {
        assertThatThrownBy(() -> reader.read(manifest("missing-file")))
                .isInstanceOf(CatalogueLoadException.class)
                .hasMessageContaining(file("missing-file", "activities/absent.json"))
                .hasMessageContaining("not found");
    }

    @Test
    void aManifestWithoutVersionFails() {
        assertThatThrownBy(() -> reader.read(manifest("manifest-without-version")))
                .isInstanceOf(CatalogueLoadException.class)
                .hasMessageContaining(manifest("manifest-without-version"))
                .hasMessageContaining("version");
    }

    @Test
    void aManifestThatDoesNotExistFails() {
        assertThatThrownBy(() -> reader.read(manifest("no-such-case")))
                .isInstanceOf(CatalogueLoadException.class)
                .hasMessageContaining(manifest("no-such-case"))
                .hasMessageContaining("not found");
    }

    /** Shapes for the field check alone: a record nested once, and a list of them. */
    record Part(String name) {
    }

    record Whole(String id, Part part, List<Part> parts) {
    }

    @Test
    void aFieldThatNoRecordHasIsNamedWithTheAllowedFieldsInAlphabeticalOrder() throws Exception {
        assertThat(unknownFieldsOf("{\"id\": \"a\", \"extra\": 1, \"part\": {\"name\": \"x\"}, \"parts\": []}"))
                .containsExactly("extra (allowed: id, part, parts)");
    }

    @Test
    void anUnknownFieldInsideANestedRecordIsNamedWithItsPath() throws Exception {
        assertThat(unknownFieldsOf("{\"id\": \"a\", \"part\": {\"nmae\": \"x\"}, \"parts\": []}"))
                .containsExactly("part.nmae (allowed: name)");
    }

    @Test
    void anUnknownFieldInsideAListIsNamedWithTheIndexOfItsElement() throws Exception {
        assertThat(unknownFieldsOf("{\"id\": \"a\", \"part\": {\"name\": \"x\"},"
                + " \"parts\": [{\"name\": \"y\"}, {\"nmae\": \"z\"}]}"))
                .containsExactly("parts[1].nmae (allowed: name)");
    }

    @Test
    void everyUnknownFieldOfAnEntryIsNamedAtOnce() throws Exception {
        assertThat(unknownFieldsOf("{\"idd\": \"a\", \"part\": {\"nmae\": \"x\"}, \"parts\": [{\"nam\": \"y\"}]}"))
                .containsExactly("idd (allowed: id, part, parts)", "part.nmae (allowed: name)",
                        "parts[0].nam (allowed: name)");
    }

    @Test
    void anEntryWithOnlyKnownFieldsHasNoUnknownField() throws Exception {
        assertThat(unknownFieldsOf("{\"id\": \"a\", \"part\": {\"name\": \"x\"}, \"parts\": [{\"name\": \"y\"}]}"))
                .isEmpty();
    }

    private static List<String> unknownFieldsOf(String json) throws Exception {
        List<String> unknown = new ArrayList<>();
        CatalogueReader.unknownFields(new ObjectMapper().readTree(json), Whole.class, "", unknown);
        return unknown;
    }

    private static String manifest(String fixture) {
        return FIXTURES + fixture + MANIFEST;
    }

    private static String file(String fixture, String file) {
        return FIXTURES + fixture + "/" + file;
    }
}
