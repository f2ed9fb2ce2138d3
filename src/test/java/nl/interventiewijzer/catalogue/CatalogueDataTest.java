package nl.interventiewijzer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.interventiewijzer.catalogue.loading.CatalogueReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The real catalogue, as the service loads it at start-up, and the index built from it. */
class CatalogueDataTest {

    private static final String MANIFEST = "catalogue/catalogue.json";
    private static final int MINIMUM_ENTRIES = 80;
    /** The slug pattern docs/catalogue.md and openapi.yaml publish for ids. */
    private static final Pattern DOCUMENTED_ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    /** The catalogue documentation, whose example entry is a published id. */
    private static final Path CATALOGUE_DOC = Path.of("docs", "catalogue.md");
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\s*\\n(.*?)```", Pattern.DOTALL);
    /** docs/catalogue.md: "ouderen"/"senioren" without a number read as 55+, "jongeren" as up to 30. */
    private static final int INTERPRETED_MIN_AGE = 55;
    private static final int INTERPRETED_MAX_AGE = 30;
    private static final String UNKNOWN_ID = "geen-bestaande-activiteit";

    private static final Comparator<Activity> BY_NAME_IGNORING_CASE_THEN_ID =
            Comparator.comparing((Activity activity) -> activity.name().toLowerCase(Locale.ROOT))
                    .thenComparing(Activity::id);

    private static Catalogue catalogue;

    @BeforeAll
    static void loadTheCatalogue() {
        catalogue = read();
    }

    @Test
    void holdsAtLeastEightyEntries() {
        assertThat(catalogue.size()).isGreaterThanOrEqualTo(MINIMUM_ENTRIES);
    }

    @Test
    void everyIdIsUnique() {
        assertThat(catalogue.activities()).extracting(Activity::id).doesNotHaveDuplicates();
    }

    @Test
    void everyIdIsALowercaseHyphenatedSlug() {
        assertThat(catalogue.activities())
                .extracting(Activity::id)
                .allSatisfy(id -> assertThat(id).matches(DOCUMENTED_ID));
    }

    @Test
    void everyLoadGivesEveryEntryTheSameId() {
        assertThat(read().activities())
                .extracting(Activity::id, Activity::name)
                .containsExactlyElementsOf(catalogue.activities().stream()
                        .map(activity -> tuple(activity.id(), activity.name()))
                        .toList());
    }

    @Test
    void theIdPublishedInTheDocumentationStillNamesTheSameActivity() throws IOException {
        assertThat(CATALOGUE_DOC).as("the catalogue documentation at %s", CATALOGUE_DOC.toAbsolutePath()).isRegularFile();
        Matcher example = JSON_BLOCK.matcher(Files.readString(CATALOGUE_DOC, StandardCharsets.UTF_8));
        assertThat(example.find()).as("docs/catalogue.md shows an example entry in a json block").isTrue();
        JsonNode documented = new ObjectMapper().readTree(example.group(1));

        assertThat(catalogue.find(documented.get("id").asText()))
                .as("the documented example id '%s'", documented.get("id").asText())
                .hasValueSatisfying(activity -> assertThat(activity.name()).isEqualTo(documented.get("name").asText()));
    }

    @Test
    void everySubstantiatedEntrySaysWhoStudiedItAndWhatWasFound() {
        assertThat(catalogue.activities())
                .filteredOn(activity -> activity.evidence() == Evidence.SUBSTANTIATED)
                .isNotEmpty()
                .allSatisfy(activity -> {
                    assertThat(activity.evidenceSummary()).as("evidenceSummary of %s", activity.id()).isNotNull();
                    assertThat(activity.evidenceSummary().by()).as("evidenceSummary.by of %s", activity.id()).isNotBlank();
                    assertThat(activity.evidenceSummary().finding()).as("evidenceSummary.finding of %s", activity.id())
                            .isNotBlank();
                });
    }

    @Test
    void neighbourhoodApproachesAreListed() {
        assertThat(catalogue.countByKind()).containsKey(Kind.COMMUNITY);
        assertThat(catalogue.activities()).anySatisfy(activity -> assertThat(activity.kind()).isEqualTo(Kind.COMMUNITY));
    }

    @Test
    void neighbourhoodApproachesHaveNoEligibilityRequirements() {
        assertThat(catalogue.activities())
                .filteredOn(activity -> activity.kind() == Kind.COMMUNITY)
                .isNotEmpty()
                .allSatisfy(activity -> {
                    Eligibility eligibility = activity.eligibility();
                    assertThat(eligibility.requiresAnyOf()).as("%s requires any of", activity.id()).isEmpty();
                    assertThat(eligibility.requiresAllOf()).as("%s requires all of", activity.id()).isEmpty();
                    assertThat(eligibility.hasAgeLimit()).as("%s has an age limit", activity.id()).isFalse();
                    assertThat(eligibility.gender()).as("%s is for one gender", activity.id()).isNull();
                });
    }

    @Test
    void everyAgeLimitStatesItsBasis() {
        assertThat(catalogue.activities())
                .filteredOn(activity -> activity.eligibility().hasAgeLimit())
                .isNotEmpty()
                .allSatisfy(activity -> assertThat(activity.eligibility().ageBasis())
                        .as("ageBasis of %s", activity.id()).isNotNull());
    }

    @Test
    void interpretedAgesFollowTheDocumentedReading() {
        assertThat(catalogue.activities())
                .filteredOn(activity -> activity.eligibility().ageBasis() == AgeBasis.INTERPRETED)
                .isNotEmpty()
                .allSatisfy(activity -> {
                    Eligibility eligibility = activity.eligibility();
                    assertThat(eligibility.minAge()).as("interpreted minAge of %s", activity.id())
                            .isIn(null, INTERPRETED_MIN_AGE);
                    assertThat(eligibility.maxAge()).as("interpreted maxAge of %s", activity.id())
                            .isIn(null, INTERPRETED_MAX_AGE);
                });
    }

    @ParameterizedTest
    @EnumSource(value = SourceDocument.class, names = "HANDREIKING", mode = EnumSource.Mode.EXCLUDE)
    void everyOtherSeedDocumentContributesEntries(SourceDocument document) {
        assertThat(catalogue.activities())
                .anySatisfy(activity -> assertThat(activity.source().document()).isEqualTo(document));
    }

    @Test
    void findReturnsEveryEntryByItsId() {
        assertThat(catalogue.activities())
                .allSatisfy(activity -> assertThat(catalogue.find(activity.id())).containsSame(activity));
    }

    @Test
    void findReturnsNothingForAnUnknownId() {
        assertThat(catalogue.find(UNKNOWN_ID)).isEmpty();
    }

    @Test
    void listsEntriesByNameIgnoringCaseThenById() {
        assertThat(catalogue.activities()).isSortedAccordingTo(BY_NAME_IGNORING_CASE_THEN_ID);
    }

    @Test
    void ordersNamesAlphabeticallyRegardlessOfCase() {
        List<Activity> real = catalogue.activities();
        Catalogue mixedCase = new Catalogue("test", List.of(
                renamed(real.get(0), "gamma"), renamed(real.get(1), "Beta"), renamed(real.get(2), "alpha")));

        assertThat(mixedCase.activities()).extracting(Activity::name).containsExactly("alpha", "Beta", "gamma");
    }

    @Test
    void ordersEntriesWithTheSameNameById() {
        List<Activity> real = catalogue.activities().stream().sorted(Comparator.comparing(Activity::id).reversed()).toList();
        Catalogue sameName = new Catalogue("test", List.of(
                renamed(real.get(0), "Zelfde naam"), renamed(real.get(1), "Zelfde naam"), renamed(real.get(2), "Zelfde naam")));

        assertThat(sameName.activities()).extracting(Activity::id)
                .containsExactly(real.get(2).id(), real.get(1).id(), real.get(0).id());
    }

    @Test
    void ordersTheSameEntriesTheSameWayWhateverOrderTheyWereGivenIn() {
        List<Activity> reversed = new ArrayList<>(catalogue.activities());
        Collections.reverse(reversed);

        assertThat(new Catalogue("test", reversed).activities()).containsExactlyElementsOf(catalogue.activities());
    }

    private static Catalogue read() {
        return new CatalogueReader(new ObjectMapper(), CatalogueDataTest.class.getClassLoader()).read(MANIFEST);
    }

    private static Activity renamed(Activity a, String name) {
        return new Activity(a.id(), name, a.kind(), a.evidence(), a.evidenceSummary(), a.description(), a.targetGroup(),
                a.designedFor(), a.eligibility(), a.delivery(), a.deliveredBy(), a.approaches(), a.groupSize(),
                a.threshold(), a.familiarSetting(), a.anonymous(), a.longTerm(), a.intensity(), a.duration(), a.themes(),
                a.organisation(), a.availability(), a.access(), a.source(), a.otherSources());
    }
}
