package nl.interventiewijzer.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The activities chapter 3 of the Handreiking lokale aanpak van eenzaamheid (Coalitie Erbij, 2017; second print 2018)
 * names: as the repository's fixture {@value #FIXTURE} records them, and as the text of the document itself yields
 * them. The fixture was generated once from the document with {@link #parse(List)}; {@code
 * HandreikingSourceDocumentTest} checks the two still agree wherever the document is at hand.
 */
final class ChapterThree {

    static final String FIXTURE = "handreiking/chapter3-activities.json";

    static final String SUBSTANTIATED_SECTION = "onderbouwd";
    static final String PROMISING_SECTION = "kansrijk";
    /** The document's section headings and the evidence each one gives the activities beneath it. */
    private static final Map<String, String> SECTION_HEADINGS = Map.of(
            "Voorbeelden van onderbouwde activiteiten", SUBSTANTIATED_SECTION,
            "Voorbeelden van kansrijke activiteiten", PROMISING_SECTION);
    private static final Map<String, Evidence> SECTION_EVIDENCE = Map.of(
            SUBSTANTIATED_SECTION, Evidence.SUBSTANTIATED,
            PROMISING_SECTION, Evidence.PROMISING);
    /** The document's three table types and the kind each one gives the activities listed in it. */
    static final Map<String, Kind> TABLE_KINDS = Map.of(
            "Ontmoeting en activiteiten", Kind.GROUP,
            "Eén-op-één-activiteiten", Kind.ONE_ON_ONE,
            "Cursussen, gespreksgroepen en therapievormen", Kind.COURSE);

    private static final String FIRST_HEADING = "Voorbeelden van onderbouwde activiteiten";
    /** The heading occurs in the table of contents first (with a page number), then as the body heading. */
    private static final int BODY_OCCURRENCE = 2;
    private static final String END_OF_CHAPTER = "Bijlagen:";
    private static final Pattern ACTIVITY_NAME = Pattern.compile("^<u>(.+?)</u>");
    private static final String ENUMERATION_SUFFIX = ", zoals:";

    /** One activity as chapter 3 lists it: its name, section, table, the kind that table gives, and its line. */
    record Listed(String name, String section, String table, Kind kind, int line) {

        Evidence evidence() {
            return SECTION_EVIDENCE.get(section);
        }

        @Override
        public String toString() {
            return "'" + name + "' (line " + line + ", " + section + ", " + kind + ")";
        }
    }

    /** The fixture file: where its facts come from, and the activities. */
    record Fixture(Source source, List<Listed> activities) {
    }

    record Source(String title, String publisher, int year, String edition, String chapter, String extraction) {
    }

    private ChapterThree() {
    }

    static Fixture fixture() {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try (InputStream in = ChapterThree.class.getClassLoader().getResourceAsStream(FIXTURE)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + FIXTURE + " is missing");
            }
            return mapper.readValue(in, Fixture.class);
        } catch (IOException e) {
            throw new UncheckedIOException("test resource " + FIXTURE + " is not readable", e);
        }
    }

    /**
     * Chapter 3's activity tables: from the body heading "Voorbeelden van onderbouwde activiteiten" to the line
     * starting "Bijlagen:". The section headings set the evidence, the table type rows set the kind, and every row
     * starting with an underlined name is an activity (a trailing ", zoals:" introduces examples, not the name).
     */
    static List<Listed> parse(List<String> lines) {
        int start = occurrence(lines, FIRST_HEADING, BODY_OCCURRENCE);
        List<Listed> activities = new ArrayList<>();
        String section = null;
        String table = null;
        for (int index = start; index < lines.size(); index++) {
            String line = lines.get(index);
            String text = line.trim();
            if (line.startsWith(END_OF_CHAPTER)) {
                return activities;
            }
            String heading = SECTION_HEADINGS.keySet().stream().filter(text::startsWith).findFirst().orElse(null);
            if (heading != null) {
                section = SECTION_HEADINGS.get(heading);
                table = null;
            } else if (TABLE_KINDS.containsKey(text)) {
                table = text;
            }
            Matcher name = ACTIVITY_NAME.matcher(line);
            if (name.find()) {
                int lineNumber = index + 1;
                if (table == null) {
                    throw new AssertionError("activity on line " + lineNumber + " is listed before any table type row");
                }
                activities.add(new Listed(stripEnumeration(name.group(1).trim()), section, table, TABLE_KINDS.get(table),
                        lineNumber));
            }
        }
        throw new AssertionError("chapter 3 should end at a line starting '" + END_OF_CHAPTER + "'");
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
