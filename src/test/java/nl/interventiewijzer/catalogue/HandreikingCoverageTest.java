package nl.interventiewijzer.catalogue;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.interventiewijzer.catalogue.loading.CatalogueReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue holds every activity that chapter 3 of the Handreiking names, read from the source document itself:
 * under the name the document gives, with the evidence of its section (onderbouwd / kansrijk) and the kind of the table
 * it is listed in.
 */
class HandreikingCoverageTest {

    /** Relative to the project root, the working directory of a Maven test run. */
    private static final Path HANDREIKING = Path.of("..", "shared", "seeds", "handreiking-lokale-aanpak-eenzaamheid.txt");
    private static final String MANIFEST = "catalogue/catalogue.json";

    private static final String SUBSTANTIATED_HEADING = "Voorbeelden van onderbouwde activiteiten";
    private static final String PROMISING_HEADING = "Voorbeelden van kansrijke activiteiten";
    /** The heading occurs in the table of contents first (with a page number), then as the body heading. */
    private static final int BODY_OCCURRENCE = 2;
    private static final String END_OF_CHAPTER = "Bijlagen:";
    private static final Map<String, Kind> TABLE_TYPES = Map.of(
            "Ontmoeting en activiteiten", Kind.GROUP,
            "Eén-op-één-activiteiten", Kind.ONE_ON_ONE,
            "Cursussen, gespreksgroepen en therapievormen", Kind.COURSE);
    private static final Pattern ACTIVITY_NAME = Pattern.compile("^<u>(.+?)</u>");
    private static final String ENUMERATION_SUFFIX = ", zoals:";

    private static final int NAMED_ACTIVITIES = 71;
    private static final long SUBSTANTIATED_ACTIVITIES = 21;
    private static final long PROMISING_ACTIVITIES = 50;

    /** One activity as chapter 3 lists it, with the line it was found on for messages. */
    private record Listed(String name, Evidence evidence, Kind kind, int line) {
        @Override
        public String toString() {
            return "'" + name + "' (line " + line + ", " + evidence + ", " + kind + ")";
        }
    }

    private static List<Listed> listed;
    private static Catalogue catalogue;

    @BeforeAll
    static void readTheHandreikingAndTheCatalogue() throws IOException {
        assertThat(HANDREIKING)
                .as("The Handreiking seed must be at %s (relative to the project root %s); this test reads chapter 3 from it",
                        HANDREIKING, Path.of("").toAbsolutePath())
                .isRegularFile();
        listed = chapterThreeActivities(Files.readAllLines(HANDREIKING, StandardCharsets.UTF_8));
        catalogue = new CatalogueReader(new ObjectMapper(), HandreikingCoverageTest.class.getClassLoader()).read(MANIFEST);
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
                .filteredOn(entry -> entry.source().document() == SourceDocument.HANDREIKING)
                .extracting(Activity::name)
                .as("catalogue entries citing the Handreiking that chapter 3 does not name")
                .containsExactlyInAnyOrderElementsOf(listedNames);
    }

    private static List<Activity> entriesNamed(String name) {
        return catalogue.activities().stream().filter(entry -> entry.name().equals(name)).toList();
    }

    /**
     * Chapter 3's activity tables: from the body heading "Voorbeelden van onderbouwde activiteiten" to the line
     * starting "Bijlagen:". The section headings set the evidence, the table type rows set the kind, and every row
     * starting with an underlined name is an activity.
     */
    private static List<Listed> chapterThreeActivities(List<String> lines) {
        int start = occurrence(lines, SUBSTANTIATED_HEADING, BODY_OCCURRENCE);
        List<Listed> activities = new ArrayList<>();
        Evidence evidence = null;
        Kind kind = null;
        boolean endFound = false;
        for (int index = start; index < lines.size(); index++) {
            String line = lines.get(index);
            String text = line.trim();
            if (line.startsWith(END_OF_CHAPTER)) {
                endFound = true;
                break;
            }
            if (text.startsWith(SUBSTANTIATED_HEADING)) {
                evidence = Evidence.SUBSTANTIATED;
                kind = null;
            } else if (text.startsWith(PROMISING_HEADING)) {
                evidence = Evidence.PROMISING;
                kind = null;
            } else if (TABLE_TYPES.containsKey(text)) {
                kind = TABLE_TYPES.get(text);
            }
            Matcher name = ACTIVITY_NAME.matcher(line);
            if (name.find()) {
                int lineNumber = index + 1;
                assertThat(kind).as("activity on line %d is listed before any table type row", lineNumber).isNotNull();
                activities.add(new Listed(stripEnumeration(name.group(1).trim()), evidence, kind, lineNumber));
            }
        }
        assertThat(endFound).as("chapter 3 should end at a line starting '%s'", END_OF_CHAPTER).isTrue();
        return activities;
    }

    private static int occurrence(List<String> lines, String heading, int occurrence) {
        int seen = 0;
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).trim().startsWith(heading) && ++seen == occurrence) {
                return index;
            }
        }
        throw new AssertionError("The Handreiking has " + seen + " line(s) starting '" + heading + "', expected at least "
                + occurrence + " (table of contents, then the chapter 3 body)");
    }

    private static String stripEnumeration(String name) {
        return name.endsWith(ENUMERATION_SUFFIX) ? name.substring(0, name.length() - ENUMERATION_SUFFIX.length()) : name;
    }
}
