package nl.interventiewijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.interventiewijzer.profile.Note;
import org.junit.jupiter.api.Test;

class NoteJsonTest {

    private static final List<Note> AWKWARD = List.of(
            new Note("PLAIN", "Sluit aan bij de interesse in natuur."),
            new Note("NON_ASCII", "Persoonlijk contact met één persoon; ’s avonds ✓"),
            new Note("ESCAPED", "Een \"aanhaling\", een \\ en een\ttab\nen een regel"),
            new Note("EMPTY", ""),
            new Note(null, null));

    private static ObjectMapper withNotes(NoteJson notes) {
        ObjectMapper mapper = new ObjectMapper();
        notes.customize(mapper);
        return mapper;
    }

    @Test
    void everyNoteIsWrittenByteForByteAsJacksonWritesTheRecord() throws Exception {
        ObjectMapper mapper = withNotes(new NoteJson());

        assertThat(new String(mapper.writeValueAsBytes(AWKWARD), StandardCharsets.UTF_8))
                .isEqualTo(new String(new ObjectMapper().writeValueAsBytes(AWKWARD), StandardCharsets.UTF_8));
        assertThat(mapper.writeValueAsString(AWKWARD)).isEqualTo(new ObjectMapper().writeValueAsString(AWKWARD));
    }

    @Test
    void aSentenceWrittenAgainComesFromTheOneKept() throws Exception {
        NoteJson notes = new NoteJson();
        ObjectMapper mapper = withNotes(notes);

        mapper.writeValueAsBytes(List.of(new Note("A", "een"), new Note("A", "een"), new Note("B", "twee")));

        assertThat(notes.kept()).isEqualTo(2);
    }

    @Test
    void pastTheLimitASentenceIsWrittenTheSameButNotKept() throws Exception {
        NoteJson notes = new NoteJson(1);
        ObjectMapper mapper = withNotes(notes);

        String written = mapper.writeValueAsString(AWKWARD);

        assertThat(notes.kept()).isEqualTo(1);
        assertThat(written).isEqualTo(new ObjectMapper().writeValueAsString(AWKWARD));
    }

    @Test
    @SuppressWarnings("deprecation")
    void aWriterThatEscapesNonAsciiEscapesTheSentencesItself() throws Exception {
        NoteJson notes = new NoteJson();
        ObjectMapper mapper = withNotes(notes);
        mapper.getFactory().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
        ObjectMapper plain = new ObjectMapper();
        plain.getFactory().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);

        String written = mapper.writeValueAsString(AWKWARD);

        assertThat(written).isEqualTo(plain.writeValueAsString(AWKWARD)).contains("\\u00E9\\u00E9n");
        assertThat(notes.kept()).isZero();
    }
}
