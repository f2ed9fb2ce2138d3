package nl.interventiewijzer.localoffer;

import static nl.interventiewijzer.localoffer.LocalOfferFixtures.MUNICIPALITY;
import static nl.interventiewijzer.localoffer.LocalOfferFixtures.VIER_HET_LEVEN_HERE;
import static nl.interventiewijzer.localoffer.LocalOfferFixtures.VISITING_SERVICE;
import static nl.interventiewijzer.localoffer.LocalOfferFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import nl.interventiewijzer.catalogue.Approach;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Setting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalOfferLoaderTest {

    @Test
    void aValidPackageLoadsWithEveryServiceResolved() {
        LocalOffer offer = LocalOfferFixtures.valid();

        assertThat(offer.services()).hasSize(5);
        assertThat(offer.organizations()).hasSize(1);
        LocalService vierHetLeven = offer.service(VIER_HET_LEVEN_HERE).orElseThrow();
        assertThat(vierHetLeven.link().activityId()).isEqualTo("vier-het-leven");
        assertThat(vierHetLeven.organization().name()).isEqualTo("Welzijn Oostervoort (testdata)");
        assertThat(vierHetLeven.places()).singleElement()
                .satisfies(place -> assertThat(place.address().address1()).isEqualTo("Dorpsstraat 1"));
        assertThat(vierHetLeven.phones()).extracting(HsdsRecords.Phone::number).containsExactly("0599-123456");
        assertThat(vierHetLeven.service().minimumAge()).isEqualTo(65);
        assertThat(vierHetLeven.settings()).containsExactly(Setting.NEIGHBOURHOOD);
    }

    @Test
    void aServiceWithoutCatalogueLinkTakesItsKindApproachesAndSettingsFromItsTerms() {
        LocalService visiting = LocalOfferFixtures.valid().service(VISITING_SERVICE).orElseThrow();

        assertThat(visiting.link().isCatalogueActivity()).isFalse();
        assertThat(visiting.link().kind()).isEqualTo(Kind.ONE_ON_ONE);
        assertThat(visiting.link().approaches()).containsExactlyInAnyOrder(Approach.COMPANIONSHIP, Approach.OUTREACH);
        assertThat(visiting.settings()).containsExactly(Setting.HOME);
    }

    @Test
    void onlyActiveServicesOfTheNamedMunicipalityAreOffered() {
        LocalOffer offer = LocalOfferFixtures.valid();

        assertThat(offer.activeIn(MUNICIPALITY)).extracting(s -> s.service().name())
                .containsExactly("Bezoekdienst Oostervoort", "Jongerenkring Oostervoort", "Vier het Leven Oostervoort");
        assertThat(offer.activeIn("  oostervoort ")).hasSize(3);
        assertThat(offer.activeIn(LocalOfferFixtures.OTHER_MUNICIPALITY)).extracting(s -> s.service().name())
                .containsExactly("Vier het Leven Westerbroek");
        assertThat(offer.activeIn("Utrecht")).isEmpty();
    }

    @Test
    void theVersionIsADigestOfTheFilesSoItIsStableAcrossLoads() {
        assertThat(LocalOfferFixtures.valid().version()).isEqualTo(LocalOfferFixtures.valid().version()).hasSize(12);
    }

    @Test
    void theVersionIsTheStartOfASha256OverEachFilesNameAndBytesInTableOrder() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (HsdsTable table : HsdsTable.values()) {
            Path file = LocalOfferFixtures.ROOT.resolve("valid").resolve(table.file());
            if (Files.isRegularFile(file)) {
                sha.update(table.file().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
            }
        }

        assertThat(LocalOfferFixtures.valid().version())
                .isEqualTo(HexFormat.of().formatHex(sha.digest()).substring(0, 12));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-column        | services.csv, row 1: unknown column 'state'
            broken-reference      | services.csv, row 2: 'organization_id' 11111111-2222-4333-8444-555555555555 names no row of organizations.csv
            malformed-uuid        | service_areas.csv, row 2: 'id' is not a UUID: 'area-1'
            unknown-kind-code     | taxonomy_terms.csv, row 3: code 'ONE_TO_ONE' is not a code of interventiewijzer-kind
            unknown-activity      | taxonomy_terms.csv, row 2: code 'vier-het-leven-xl' is no catalogue activity for a person
            unknown-status        | services.csv, row 3: 'status' has unknown value 'open'
            impossible-age-range  | services.csv, row 5: 'minimum_age' 40 is above 'maximum_age' 30
            missing-file          | schedules.csv: is missing
            unlinked-service      | services.csv, row 3: service 611f36a9-c58e-5492-aa0d-02a1092257aa has neither a term of interventiewijzer-activity
            """)
    void aBrokenPackageFailsWithAMessageNamingFileRowAndProblem(String fixture, String expected) {
        assertThatThrownBy(() -> new LocalOfferLoader(ShippedCatalogue.CATALOGUE).load(fixture(fixture)))
                .isInstanceOf(LocalOfferException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void everyProblemIsReportedInOneRoundNotJustTheFirst() {
        LocalOfferException failure = (LocalOfferException) org.assertj.core.api.Assertions.catchThrowable(
                () -> new LocalOfferLoader(ShippedCatalogue.CATALOGUE).load(fixture("malformed-uuid")));

        assertThat(failure.problems()).extracting(LocalOfferProblem::file).contains("service_areas.csv");
        assertThat(failure.getMessage()).startsWith("The local offer does not load (");
    }

    @Test
    void aDirectoryThatDoesNotExistIsAProblemNotACrash() {
        assertThatThrownBy(() -> new LocalOfferLoader(ShippedCatalogue.CATALOGUE).load(fixture("no-such-package")))
                .isInstanceOf(LocalOfferException.class)
                .hasMessageContaining("is not a directory");
    }

    @Test
    void scheduleTextReadsAsDutch() {
        List<HsdsRecords.Schedule> schedules = LocalOfferFixtures.valid().service(VIER_HET_LEVEN_HERE).orElseThrow().schedules();

        assertThat(ScheduleText.of(schedules.get(0))).isEqualTo("Elke eerste donderdag van de maand, 14:00-16:30");
        assertThat(ScheduleText.of(new HsdsRecords.Schedule("x", null, null, null, null, null, "WEEKLY", 2, "MO,WE",
                null, "09:30+01:00", null, "in de bibliotheek"))).isEqualTo("Om de week op maandag en woensdag, vanaf 09:30 (in de bibliotheek)");
        assertThat(ScheduleText.of(new HsdsRecords.Schedule("x", null, null, null, null, null, null, null, null,
                null, null, null, null))).isEqualTo("Tijden niet opgegeven");
    }
}
