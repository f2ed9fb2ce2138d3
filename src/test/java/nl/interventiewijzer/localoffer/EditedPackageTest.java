package nl.interventiewijzer.localoffer;

import static nl.interventiewijzer.localoffer.LocalOfferFixtures.MUNICIPALITY;
import static nl.interventiewijzer.localoffer.LocalOfferFixtures.ORGANIZATION;
import static nl.interventiewijzer.localoffer.LocalOfferFixtures.VIER_HET_LEVEN_HERE;
import static nl.interventiewijzer.localoffer.LocalOfferFixtures.VISITING_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Setting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The valid test package with one edit each: every rule of the reader and the loader refuses the broken package with a
 * problem naming file, row and what is wrong, and the resolution of a valid package follows its documented rules.
 */
class EditedPackageTest {

    private static final String NOWHERE = "99999999-9999-4999-8999-999999999999";
    private static final String JONGERENKRING = "e157c904-55be-52bf-9e1d-47ce38ae7e21";
    private static final String WESTERBROEK_SERVICE = "11e183c0-0a2b-5f38-958e-5bc86cc78e4a";
    private static final String SCHOUWBURG = "a09ade5f-6b22-5805-8a4c-3caea46dfc6a";
    private static final String VIER_HET_LEVEN_TERM = "6efb3a07-42d6-5d46-bfbe-27c832b5155d";
    private static final String VRIENDSCHAPSKRINGEN_TERM = "e0f769a6-19a2-5324-960d-14f27756ce52";
    private static final String ONE_ON_ONE_TERM = "c359b7ca-0d2c-570c-a429-8a478129d632";

    @TempDir
    Path dir;

    private Path edited() {
        try (var files = Files.list(LocalOfferFixtures.fixture("valid"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private String read(String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String file, String content) {
        try {
            Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void replace(String file, String from, String to) {
        String content = read(file);
        assertThat(content).as("fixture %s", file).contains(from);
        write(file, content.replace(from, to));
    }

    private void append(String file, String line) {
        write(file, read(file) + line + "\n");
    }

    /** Sets {@code column} of the first data row, adding the column when the file lacks it (or the file itself). */
    private void setFirstRow(String file, String column, String value) {
        if (!Files.exists(dir.resolve(file))) {
            write(file, "id\n12345678-1234-4234-8234-123456789012\n");
        }
        List<String> lines = new ArrayList<>(Arrays.asList(read(file).split("\n")));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int at = header.indexOf(column);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            List<String> cells = new ArrayList<>(Arrays.asList(lines.get(i).split(",", -1)));
            if (at < 0) {
                cells.add(i == 0 ? column : i == 1 ? value : "");
            } else if (i == 1) {
                cells.set(at, value);
            }
            lines.set(i, String.join(",", cells));
        }
        write(file, String.join("\n", lines) + "\n");
    }

    private LocalOffer load() {
        return new LocalOfferLoader(ShippedCatalogue.CATALOGUE).load(dir);
    }

    private List<String> problems() {
        LocalOfferException failure = catchThrowableOfType(LocalOfferException.class, this::load);
        assertThat(failure).as("the edited package should not load").isNotNull();
        return failure.problems().stream().map(LocalOfferProblem::toString).toList();
    }

    // ---- the reader ------------------------------------------------------------------------------------------------

    @Test
    void aCsvFileOutsideOurProfileIsAProblem() {
        edited();
        write("notes.csv", "id\n");

        assertThat(problems()).singleElement().asString().startsWith("notes.csv: is not a file of our HSDS profile");
    }

    @Test
    void aFileNotInUtf8IsAProblemRatherThanTextWithReplacementCharacters() throws IOException {
        edited();
        // "Welzijn Oostervoort" saved by a spreadsheet in Windows-1252, where é is the single byte 0xE9.
        byte[] latin = read("organizations.csv").replace("Welzijn", "Welzijn café").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("organizations.csv"), latin);

        assertThat(problems()).singleElement().asString().startsWith("organizations.csv: is not valid CSV");
    }

    @Test
    void anOtherFileBesideThePackageIsIgnored() {
        edited();
        write("README.txt", "Aantekeningen van de redactie.");
        write(TabularReader.DATAPACKAGE, "{}");

        assertThat(load().services()).hasSize(5);
    }

    @Test
    void aColumnThatAppearsTwiceIsAProblem() {
        edited();
        replace("contacts.csv", "id,service_id,name,title,email", "id,service_id,name,name,email");

        assertThat(problems()).singleElement().asString().isEqualTo("contacts.csv, row 1: column 'name' appears twice");
    }

    @Test
    void aFileWithoutIdColumnIsAProblem() {
        edited();
        write("contacts.csv", "name\nAnna\n");

        assertThat(problems()).singleElement().asString().isEqualTo("contacts.csv, row 1: has no 'id' column");
    }

    @Test
    void anEmptyFileHasNoHeaderRow() {
        edited();
        write("contacts.csv", "");

        assertThat(problems()).singleElement().asString().isEqualTo("contacts.csv, row 1: has no header row");
    }

    @Test
    void aRowWithAnotherNumberOfCellsThanTheHeaderIsAProblem() {
        edited();
        append("contacts.csv", "47f9749d-4ada-5116-beae-99f3309cd38d,Anna");

        assertThat(problems()).singleElement().asString().isEqualTo("contacts.csv, row 3: has 2 cells, the header has 5");
    }

    @Test
    void blankLinesAndAByteOrderMarkAreAccepted() {
        edited();
        write("contacts.csv", "\uFEFF" + read("contacts.csv").replace("\n", "\n\n"));

        LocalOffer offer = load();

        assertThat(offer.service(VIER_HET_LEVEN_HERE).orElseThrow().contacts())
                .extracting(HsdsRecords.Contact::name).containsExactly("Anna de Vries");
    }

    @Test
    void cellsAreTrimmedAndAnEmptyCellIsAbsent() {
        edited();
        replace("contacts.csv", ",Anna de Vries,Coördinator,", ",  Anna de Vries  ,   ,");

        HsdsRecords.Contact contact = load().service(VIER_HET_LEVEN_HERE).orElseThrow().contacts().get(0);

        assertThat(contact.name()).isEqualTo("Anna de Vries");
        assertThat(contact.title()).isNull();
    }

    @Test
    void aMissingOptionalFileIsNoProblem() throws IOException {
        edited();
        Files.delete(dir.resolve("contacts.csv"));

        assertThat(load().service(VIER_HET_LEVEN_HERE).orElseThrow().contacts()).isEmpty();
    }

    // ---- cells and records -----------------------------------------------------------------------------------------

    @Test
    void anEmptyRequiredCellIsAProblem() {
        edited();
        replace("organizations.csv", ",Welzijn Oostervoort (testdata),", ",,");

        assertThat(problems()).singleElement().asString().isEqualTo("organizations.csv, row 2: 'name' is empty; it is required");
    }

    @Test
    void anIdUsedTwiceIsAProblemNamingTheEarlierRowWhateverItsCase() {
        edited();
        append("organizations.csv", ORGANIZATION.toUpperCase() + ",Tweede,Nog een.,,");

        assertThat(problems()).singleElement().asString()
                .isEqualTo("organizations.csv, row 3: id " + ORGANIZATION.toUpperCase() + " is already used in row 2");
    }

    @Test
    void anIdInCapitalsStillFindsItsRow() {
        edited();
        replace("services.csv", VIER_HET_LEVEN_HERE + ",", VIER_HET_LEVEN_HERE.toUpperCase() + ",");

        assertThat(load().service(VIER_HET_LEVEN_HERE).orElseThrow().areas()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            65.5 | 'minimum_age' must be a whole number from 0 to 120: '65.5'
            121  | 'minimum_age' must be a whole number from 0 to 120: '121'
            -1   | 'minimum_age' must be a whole number from 0 to 120: '-1'
            oud  | 'minimum_age' is not a number: 'oud'
            """)
    void anAgeThatIsNoWholeNumberWithinZeroToAHundredAndTwentyIsAProblem(String age, String expected) {
        edited();
        replace("services.csv", "Bel het servicepunt.,,,65,", "Bel het servicepunt.,,," + age + ",");

        assertThat(problems()).singleElement().asString().isEqualTo("services.csv, row 2: " + expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 120})
    void theOutermostAgesAreAccepted(int age) {
        edited();
        replace("services.csv", "Bel het servicepunt.,,,65,", "Bel het servicepunt.,,," + age + ",");

        assertThat(load().service(VIER_HET_LEVEN_HERE).orElseThrow().service().minimumAge()).isEqualTo(age);
    }

    @Test
    void aMinimumAgeEqualToTheMaximumAgeIsAccepted() {
        edited();
        replace("services.csv", "Bel het servicepunt.,,,65,", "Bel het servicepunt.,,,65,65");

        assertThat(load().service(VIER_HET_LEVEN_HERE).orElseThrow().service().maximumAge()).isEqualTo(65);
    }

    @Test
    void aCoordinateThatIsNoNumberIsAProblem() {
        edited();
        setFirstRow("locations.csv", "latitude", "noord");

        assertThat(problems()).singleElement().asString().isEqualTo("locations.csv, row 2: 'latitude' is not a number: 'noord'");
    }

    @Test
    void coordinatesAreRead() {
        edited();
        setFirstRow("locations.csv", "latitude", "53.2");

        assertThat(load().service(VIER_HET_LEVEN_HERE).orElseThrow().places().get(0).location().latitude()).isEqualTo(53.2);
    }

    @Test
    void anUnknownLocationTypeIsAProblemListingTheAllowedOnes() {
        edited();
        replace("locations.csv", SCHOUWBURG + ",physical,", SCHOUWBURG + ",boot,");

        assertThat(problems()).singleElement().asString()
                .isEqualTo("locations.csv, row 2: 'location_type' has unknown value 'boot'; allowed: physical, postal, virtual");
    }

    @Test
    void anUnknownAddressTypeIsAProblem() {
        edited();
        replace("addresses.csv", "9999 ZZ,NL,physical\n7f29", "9999 ZZ,NL,thuis\n7f29");

        assertThat(problems()).singleElement().asString().startsWith("addresses.csv, row 2: 'address_type' has unknown value 'thuis'");
    }

    @Test
    void anUnknownFrequencyIsAProblem() {
        edited();
        replace("schedules.csv", ",MONTHLY,", ",YEARLY,");

        assertThat(problems()).singleElement().asString()
                .isEqualTo("schedules.csv, row 2: 'freq' has unknown value 'YEARLY'; allowed: MONTHLY, WEEKLY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "6TH", "-3TH", "TH MO"})
    void aDayThatIsNoRfc5545DayIsAProblem(String byday) {
        edited();
        replace("schedules.csv", ",1TH,", "," + byday + ",");

        assertThat(problems()).singleElement().asString()
                .isEqualTo("schedules.csv, row 2: 'byday' is not a list of RFC 5545 days such as TH or 1TH: '" + byday + "'");
    }

    @ParameterizedTest
    @CsvSource({"opens_at, '25:00,16:30'", "closes_at, '14:00,16h30'"})
    void aTimeThatIsNoClockTimeIsAProblem(String column, String times) {
        edited();
        replace("schedules.csv", ",14:00,16:30,", "," + times + ",");

        assertThat(problems()).singleElement().asString().startsWith("schedules.csv, row 2: '" + column + "' is not a time HH:MM");
    }

    @Test
    void aScheduleThatBelongsToNothingIsAProblem() {
        edited();
        replace("schedules.csv", "03e537ac-8a23-522e-9a47-9e24ffb17fcc," + VIER_HET_LEVEN_HERE,
                "03e537ac-8a23-522e-9a47-9e24ffb17fcc,");

        assertThat(problems()).singleElement().asString()
                .isEqualTo("schedules.csv, row 2: belongs to nothing: give service_id, service_at_location_id or location_id");
    }

    @Test
    void anIntervalOfMoreThanAYearOfWeeksIsAProblem() {
        edited();
        replace("schedules.csv", ",MONTHLY,,", ",MONTHLY,53,");

        assertThat(problems()).singleElement().asString()
                .isEqualTo("schedules.csv, row 2: 'interval' must be a whole number from 1 to 52: '53'");
    }

    @Test
    void aTermOfOurTaxonomiesWithoutCodeIsAProblem() {
        edited();
        replace("taxonomy_terms.csv", ONE_ON_ONE_TERM + ",ONE_ON_ONE,", ONE_ON_ONE_TERM + ",,");

        assertThat(problems()).first().asString()
                .isEqualTo("taxonomy_terms.csv, row 3: a term of taxonomy interventiewijzer-kind needs a 'code'");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "ONE_ON_ONE, COMMUNITY, interventiewijzer-kind",
        "COMPANIONSHIP, GEZELLIGHEID, interventiewijzer-approach",
        "HOME, TUIN, interventiewijzer-setting"})
    void aCodeOutsideItsVocabularyIsAProblem(String code, String wrong, String taxonomy) {
        edited();
        replace("taxonomy_terms.csv", "," + code + "," + code + "," + code + ",", "," + wrong + "," + code + "," + code + ",");

        assertThat(problems()).singleElement().asString().endsWith("code '" + wrong + "' is not a code of " + taxonomy);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"interventiewijzer-circumstance, DRAAK", "interventiewijzer-theme, DRAKEN"})
    void aCircumstanceOrThemeOutsideItsVocabularyIsAProblem(String taxonomy, String code) {
        edited();
        append("taxonomy_terms.csv", "12345678-1234-4234-8234-123456789012," + code + "," + code + "," + code + "," + taxonomy + ",nl");

        assertThat(problems()).singleElement().asString()
                .isEqualTo("taxonomy_terms.csv, row 8: code '" + code + "' is not a code of " + taxonomy);
    }

    @Test
    void aCircumstanceAndThemeOfTheVocabularyLinkAServiceToThem() {
        edited();
        append("taxonomy_terms.csv", "12345678-1234-4234-8234-123456789012,WIDOWED,WIDOWED,WIDOWED,interventiewijzer-circumstance,nl");
        append("taxonomy_terms.csv", "12345678-1234-4234-8234-123456789013,CULTURE,CULTURE,CULTURE,interventiewijzer-theme,nl");
        append("attributes.csv", "12345678-1234-4234-8234-12345678901a," + VISITING_SERVICE
                + ",12345678-1234-4234-8234-123456789012,eligibility,service,,");
        append("attributes.csv", "12345678-1234-4234-8234-12345678901b," + VISITING_SERVICE
                + ",12345678-1234-4234-8234-123456789013,service_type,service,,");

        ServiceLink link = load().service(VISITING_SERVICE).orElseThrow().link();

        assertThat(link.circumstances()).containsExactly(nl.interventiewijzer.catalogue.Circumstance.WIDOWED);
        assertThat(link.themes()).containsExactly(nl.interventiewijzer.catalogue.Theme.CULTURE);
    }

    @Test
    void aTermOfAnotherTaxonomyMayHaveAnyCodeAndMeansNothingToMatching() {
        edited();
        append("taxonomy_terms.csv", "12345678-1234-4234-8234-123456789012,X-17,Iets,Iets anders,gemeente-codes,nl");
        append("attributes.csv", "12345678-1234-4234-8234-12345678901a," + VISITING_SERVICE
                + ",12345678-1234-4234-8234-123456789012,service_type,service,,");

        LocalService visiting = load().service(VISITING_SERVICE).orElseThrow();

        assertThat(visiting.attributes()).hasSize(5);
        assertThat(visiting.link().kind()).isEqualTo(Kind.ONE_ON_ONE);
    }

    @Test
    void anUnknownLinkEntityIsAProblem() {
        edited();
        replace("attributes.csv", ",service_type,service,,\n390d", ",service_type,dienst,,\n390d");

        assertThat(problems()).singleElement().asString().startsWith("attributes.csv, row 2: 'link_entity' has unknown value 'dienst'");
    }

    @Test
    void anAttributeLinkedToAServiceThatDoesNotExistIsAProblem() {
        edited();
        append("attributes.csv", "12345678-1234-4234-8234-12345678901a," + NOWHERE + "," + VIER_HET_LEVEN_TERM + ",service_type,service,,");

        assertThat(problems()).singleElement().asString()
                .isEqualTo("attributes.csv, row 10: 'link_id' " + NOWHERE + " names no service of the package");
    }

    @Test
    void anAttributeMayLinkATermToTheOrganization() {
        edited();
        append("attributes.csv", "12345678-1234-4234-8234-12345678901a," + ORGANIZATION + "," + VIER_HET_LEVEN_TERM
                + ",service_type,organization,,");

        assertThat(load().service(VIER_HET_LEVEN_HERE).orElseThrow().attributes()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "services.csv, organization_id, organizations.csv",
        "locations.csv, organization_id, organizations.csv",
        "addresses.csv, location_id, locations.csv",
        "service_at_location.csv, service_id, services.csv",
        "service_at_location.csv, location_id, locations.csv",
        "service_areas.csv, service_id, services.csv",
        "service_areas.csv, service_at_location_id, service_at_location.csv",
        "schedules.csv, service_id, services.csv",
        "schedules.csv, location_id, locations.csv",
        "schedules.csv, service_at_location_id, service_at_location.csv",
        "phones.csv, service_id, services.csv",
        "phones.csv, location_id, locations.csv",
        "phones.csv, service_at_location_id, service_at_location.csv",
        "phones.csv, organization_id, organizations.csv",
        "phones.csv, contact_id, contacts.csv",
        "contacts.csv, service_id, services.csv",
        "contacts.csv, location_id, locations.csv",
        "contacts.csv, service_at_location_id, service_at_location.csv",
        "contacts.csv, organization_id, organizations.csv",
        "languages.csv, service_id, services.csv",
        "languages.csv, location_id, locations.csv",
        "languages.csv, phone_id, phones.csv",
        "cost_options.csv, service_id, services.csv",
        "taxonomy_terms.csv, parent_id, taxonomy_terms.csv",
        "attributes.csv, taxonomy_term_id, taxonomy_terms.csv"})
    void aReferenceToARowThatDoesNotExistIsAProblem(String file, String column, String target) {
        edited();
        setFirstRow(file, column, NOWHERE);

        assertThat(problems()).contains(file + ", row 2: '" + column + "' " + NOWHERE + " names no row of " + target);
    }

    @Test
    void anAreaOfNoServiceIsAProblem() {
        edited();
        replace("service_areas.csv", "242e5d9e-3073-5434-9038-50a34103c8d0," + WESTERBROEK_SERVICE,
                "242e5d9e-3073-5434-9038-50a34103c8d0,");

        assertThat(problems()).contains(
                "service_areas.csv, row 6: belongs to no service: give service_id or service_at_location_id");
    }

    @Test
    void aServiceInNoAreaIsAProblemBecauseNoMunicipalityWouldSeeIt() {
        edited();
        replace("service_areas.csv", "242e5d9e-3073-5434-9038-50a34103c8d0," + WESTERBROEK_SERVICE + ",Westerbroek,Gemeente Westerbroek\n", "");

        assertThat(problems()).singleElement().asString().isEqualTo("services.csv, row 6: service " + WESTERBROEK_SERVICE
                + " has no row in service_areas.csv, so no municipality would ever see it");
    }

    @Test
    void anAreaOfAServiceAtALocationServesThatService() {
        edited();
        replace("service_areas.csv", "242e5d9e-3073-5434-9038-50a34103c8d0," + WESTERBROEK_SERVICE + ",Westerbroek,",
                "242e5d9e-3073-5434-9038-50a34103c8d0,,Westerbroek,");
        setFirstRow("service_areas.csv", "service_at_location_id", "");
        replace("service_areas.csv", "242e5d9e-3073-5434-9038-50a34103c8d0,,Westerbroek,Gemeente Westerbroek,",
                "242e5d9e-3073-5434-9038-50a34103c8d0,,Westerbroek,Gemeente Westerbroek,0f497a06-aef4-5b47-810a-b9112c29253f");

        assertThat(load().activeIn("Westerbroek")).extracting(LocalService::id).containsExactly(WESTERBROEK_SERVICE);
    }

    @Test
    void aServiceLinkedToTwoCatalogueActivitiesIsAProblem() {
        edited();
        append("attributes.csv", "12345678-1234-4234-8234-12345678901a," + WESTERBROEK_SERVICE + ","
                + VRIENDSCHAPSKRINGEN_TERM + ",service_type,service,,");

        assertThat(problems()).singleElement().asString().isEqualTo("services.csv, row 6: service " + WESTERBROEK_SERVICE
                + " is linked to more than one catalogue activity; give one");
    }

    @Test
    void aServiceOfTwoKindsIsAProblem() {
        edited();
        append("taxonomy_terms.csv", "12345678-1234-4234-8234-123456789012,GROUP,GROUP,GROUP,interventiewijzer-kind,nl");
        append("attributes.csv", "12345678-1234-4234-8234-12345678901a," + VISITING_SERVICE
                + ",12345678-1234-4234-8234-123456789012,service_type,service,,");

        assertThat(problems()).singleElement().asString().isEqualTo("services.csv, row 3: service " + VISITING_SERVICE
                + " is linked to more than one kind; give one");
    }

    @Test
    void aServiceWithAKindButNoApproachIsAProblem() {
        edited();
        replace("attributes.csv", "27b18346-cd5c-5028-821c-f0a0f88b71ff,611f36a9-c58e-5492-aa0d-02a1092257aa,2cb82c83-d51b-5b15-9851-b2277c1abfc7,service_type,service,,\n", "");
        replace("attributes.csv", "6d56a3e8-a4e4-5ac8-9ece-727e34fd7f30,611f36a9-c58e-5492-aa0d-02a1092257aa,a6719457-5e44-5441-b18e-2ee1b688ccdd,service_type,service,,\n", "");

        assertThat(problems()).singleElement().asString().startsWith("services.csv, row 3: service " + VISITING_SERVICE
                + " has neither a term of interventiewijzer-activity");
    }

    @Test
    void aCatalogueActivityGivesItsKindAndApproachesUnlessTheServiceNamesItsOwn() {
        edited();
        append("attributes.csv", "12345678-1234-4234-8234-12345678901a," + WESTERBROEK_SERVICE + "," + ONE_ON_ONE_TERM
                + ",service_type,service,,");
        append("attributes.csv", "12345678-1234-4234-8234-12345678901b," + WESTERBROEK_SERVICE
                + ",2cb82c83-d51b-5b15-9851-b2277c1abfc7,service_type,service,,");

        LocalOffer offer = load();

        ServiceLink own = offer.service(WESTERBROEK_SERVICE).orElseThrow().link();
        assertThat(own.kind()).isEqualTo(Kind.ONE_ON_ONE);
        assertThat(own.approaches()).containsExactly(nl.interventiewijzer.catalogue.Approach.COMPANIONSHIP);
        ServiceLink inherited = offer.service(VIER_HET_LEVEN_HERE).orElseThrow().link();
        assertThat(inherited.kind()).isEqualTo(Kind.GROUP);
        assertThat(inherited.approaches()).containsExactlyInAnyOrderElementsOf(
                ShippedCatalogue.CATALOGUE.find("vier-het-leven").orElseThrow().approaches());
    }

    // ---- how a service reaches a person ------------------------------------------------------------------------------

    @Test
    void aServiceAtAVirtualLocationIsOnline() {
        edited();
        replace("locations.csv", SCHOUWBURG + ",physical,", SCHOUWBURG + ",virtual,");

        assertThat(load().service(JONGERENKRING).orElseThrow().settings()).containsExactly(Setting.ONLINE);
    }

    @Test
    void aServiceWithoutAPlaceButWithAPhoneIsByPhone() {
        edited();
        replace("service_at_location.csv", "6368fce0-fdaf-5db2-a394-9a1de19f8401," + VIER_HET_LEVEN_HERE + "," + SCHOUWBURG + ",\n", "");

        assertThat(load().service(VIER_HET_LEVEN_HERE).orElseThrow().settings()).containsExactly(Setting.PHONE);
    }

    @Test
    void aServiceWithoutPlaceOrPhoneReachesAPersonAsItsCatalogueActivityDoes() {
        edited();
        replace("service_at_location.csv", "6368fce0-fdaf-5db2-a394-9a1de19f8401," + VIER_HET_LEVEN_HERE + "," + SCHOUWBURG + ",\n", "");
        replace("phones.csv", "196c5f00-816e-5b66-8fe3-0c2bbe31e329," + VIER_HET_LEVEN_HERE + ",,0599-123456,voice,\n", "");

        assertThat(load().service(VIER_HET_LEVEN_HERE).orElseThrow().settings()).containsExactlyElementsOf(
                ShippedCatalogue.CATALOGUE.find("vier-het-leven").orElseThrow().delivery().settings());
    }

    @Test
    void aPhysicalAddressIsPreferredToAPostalOne() {
        edited();
        append("addresses.csv", "00000000-0000-4000-8000-000000000000," + SCHOUWBURG
                + ",Postbus 12,Oostervoort,Groningen,9999 ZZ,NL,postal");

        assertThat(load().service(VIER_HET_LEVEN_HERE).orElseThrow().places().get(0).address().address1())
                .isEqualTo("Dorpsstraat 1");
    }

    @Test
    void aPlaceWithoutAddressHasNone() {
        edited();
        replace("addresses.csv", "6995e447-6ad2-5265-bfd4-7d59b234204d," + SCHOUWBURG + ",Dorpsstraat 1,Oostervoort,Groningen,9999 ZZ,NL,physical\n", "");

        assertThat(load().service(VIER_HET_LEVEN_HERE).orElseThrow().places().get(0).address()).isNull();
    }

    @Test
    void theVersionChangesWithAnyFile() {
        String before = LocalOfferFixtures.valid().version();
        edited();
        replace("contacts.csv", "Anna de Vries", "Anna de Wit");

        assertThat(load().version()).isNotEqualTo(before).hasSize(12);
    }

    @Test
    void servicesAreListedByName() {
        assertThat(LocalOfferFixtures.valid().services()).extracting(s -> s.service().name())
                .isSortedAccordingTo(String::compareTo);
        assertThat(LocalOfferFixtures.valid().activeIn(MUNICIPALITY)).isNotEmpty();
    }
}
