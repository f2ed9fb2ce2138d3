package nl.interventiewijzer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Runs only where the Handreiking's text is at hand: the document is not part of the repository, so a clone has no
 * copy. Point the system property {@value #SOURCE_PROPERTY} at a plain-text rendering of it, e.g.
 * {@code ./mvnw -B test -Dtest=HandreikingSourceDocumentTest -Dhandreiking.source=/path/to/handreiking.txt}; without
 * it the test is skipped (and says so). It proves that the fixture the always-running {@code HandreikingCoverageTest}
 * reads is exactly what chapter 3 of the document yields.
 */
@EnabledIf(value = "sourceDocumentPresent", disabledReason = "only runs where the Handreiking's text is present:"
        + " set -Dhandreiking.source=<path to the plain-text document>")
class HandreikingSourceDocumentTest {

    static final String SOURCE_PROPERTY = "handreiking.source";

    static boolean sourceDocumentPresent() {
        String path = System.getProperty(SOURCE_PROPERTY);
        return path != null && !path.isBlank() && Files.isRegularFile(Path.of(path));
    }

    private static List<ChapterThree.Listed> fromTheDocument() throws IOException {
        return ChapterThree.parse(Files.readAllLines(Path.of(System.getProperty(SOURCE_PROPERTY)), StandardCharsets.UTF_8));
    }

    @Test
    void theFixtureListsExactlyWhatChapterThreeOfTheDocumentYields() throws IOException {
        assertThat(ChapterThree.fixture().activities()).containsExactlyElementsOf(fromTheDocument());
    }

    @Test
    void theDocumentIsTheHandreikingOfCoalitieErbij() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(System.getProperty(SOURCE_PROPERTY)), StandardCharsets.UTF_8);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Lokale aanpak van eenzaamheid"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Coalitie Erbij"));
    }
}
