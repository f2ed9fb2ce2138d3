package nl.interventiewijzer.catalogue;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.interventiewijzer.catalogue.ChapterThree.Listed;
import nl.interventiewijzer.catalogue.loading.CatalogueReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue holds every activity that chapter 3 of the Handreiking names, as the repository's fixture
 * ({@value ChapterThree#FIXTURE}) records them: under the name the document gives, with the evidence of its section
 * (onderbouwd / kansrijk) and the kind of the table it is listed in. Always runs; {@code
 * HandreikingSourceDocumentTest} checks the fixture against the document itself where that is at hand.
 */
class HandreikingCoverageTest {

    private static final String MANIFEST = "catalogue/catalogue.json";

    private static final int NAMED_ACTIVITIES = 71;
    private static final long SUBSTANTIATED_ACTIVITIES = 21;
    private static final long PROMISING_ACTIVITIES = 50;

    private static ChapterThree.Fixture fixture;
    private static List<Listed> listed;
    private static Catalogue catalogue;

    @BeforeAll
    static void readTheFixtureAndTheCatalogue() {
        fixture = ChapterThree.fixture();
        listed = fixture.activities();
        catalogue = new CatalogueReader(new ObjectMapper(), HandreikingCoverageTest.class.getClassLoader()).read(MANIFEST);
    }

    @Test
    void theFixtureCitesTheHandreikingOfCoalitieErbij2017() {
        assertThat(fixture.source().title()).isEqualTo("Handreiking lokale aanpak van eenzaamheid");
        assertThat(fixture.source().publisher()).isEqualTo("Coalitie Erbij");
        assertThat(fixture.source().year()).isEqualTo(2017);
    }

    @Test
    void everyFixtureRowHasTheKindOfItsTableAndAKnownSection() {
        assertThat(listed).allSatisfy(activity -> {
            assertThat(activity.kind()).as("kind of %s", activity).isEqualTo(ChapterThree.TABLE_KINDS.get(activity.table()));
            assertThat(activity.evidence()).as("evidence of %s", activity).isNotNull();
        });
    }

    @Test
    void theFixtureRowsFollowTheDocumentsLineOrder() {
        assertThat(listed).extracting(Listed::line).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void chapterThreeNamesSeventyOneActivities() {
        assertThat(listed).hasSize(NAMED_ACTIVITIES);
        assertThat(listed).extracting(Listed::name).doesNotHaveDuplicates();
    }

    @Test
    void chapterThreeListsTwentyOneSubstantiatedAndFiftyPromisingActivities() {
        assertThat(listed.stream().collect(groupingBy(Listed::evidence, counting())))
                .containsOnly(
                        Map.entry(Evidence.SUBSTANTIATED, SUBSTANTIATED_ACTIVITIES),
                        Map.entry(Evidence.PROMISING, PROMISING_ACTIVITIES));
    }

    @Test
    void everyListedActivityIsInTheCatalogueUnderExactlyItsName() {
        List<String> notExactlyOnce = new ArrayList<>();
        for (Listed activity : listed) {
            List<Activity> entries = entriesNamed(activity.name());
            if (entries.size() != 1) {
                notExactlyOnce.add(activity + " has " + entries.size() + " catalogue entries with that name");
            }
        }
        assertThat(notExactlyOnce).as("Handreiking activities not in the catalogue exactly once under their name").isEmpty();
    }

    @Test
    void everyListedActivityCitesTheHandreikingAsItsSource() {
        List<String> otherSource = new ArrayList<>();
        for (Listed activity : listed) {
            for (Activity entry : entriesNamed(activity.name())) {
                if (entry.source() == null || entry.source().document() != SourceDocument.HANDREIKING) {
                    otherSource.add(activity + ": entry '" + entry.id() + "' has source " + entry.source());
                }
            }
        }
        assertThat(otherSource).as("Handreiking activities whose entry does not cite the Handreiking").isEmpty();
    }

    @Test
    void everyListedActivityCarriesTheEvidenceOfItsSection() {
        List<String> otherEvidence = new ArrayList<>();
        for (Listed activity : listed) {
            for (Activity entry : entriesNamed(activity.name())) {
                if (entry.evidence() != activity.evidence()) {
                    otherEvidence.add(activity + ": entry '" + entry.id() + "' has evidence " + entry.evidence());
                }
            }
        }
        assertThat(otherEvidence).as("Handreiking activities whose evidence differs from their section").isEmpty();
    }

    @Test
    void everyListedActivityHasTheKindOfItsTable() {
        List<String> otherKind = new ArrayList<>();
        for (Listed activity : listed) {
            for (Activity entry : entriesNamed(activity.name())) {
                if (entry.kind() != activity.kind()) {
                    otherKind.add(activity + ": entry '" + entry.id() + "' has kind " + entry.kind());
                }
            }
        }
        assertThat(otherKind).as("Handreiking activities whose kind differs from the table they are listed in").isEmpty();
    }

    @Test
    void everyCatalogueEntryCitingTheHandreikingIsListedInChapterThree() {
        List<String> listedNames = listed.stream().map(Listed::name).collect(toList());
        assertThat(catalogue.activities())
                // Entries from the Handreiking's koploperplaats boxes (chapter 2, section "2 Lokaal samenwerken: ...")
                // cite the Handreiking too; only chapter-3 citations must be chapter-3 activities.
                .filteredOn(entry -> entry.source().document() == SourceDocument.HANDREIKING
                        && entry.source().section().startsWith("3 "))
                .extracting(Activity::name)
                .as("catalogue entries citing chapter 3 of the Handreiking that chapter 3 does not name")
                .containsExactlyInAnyOrderElementsOf(listedNames);
    }

    private static List<Activity> entriesNamed(String name) {
        return catalogue.activities().stream().filter(entry -> entry.name().equals(name)).toList();
    }
}
