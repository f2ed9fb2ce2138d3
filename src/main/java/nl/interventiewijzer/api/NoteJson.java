package nl.interventiewijzer.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.interventiewijzer.profile.Note;

/**
 * Writes each reason, check and note from its JSON, encoded the first time the sentence is written and kept. A full
 * match carries some fifty of these sentences; Jackson's string writer, looking at them one character at a time, took
 * about a fifth of a match's CPU (docs/performance.md, change 17).
 *
 * <p>Keeping them keeps nothing about a person: every sentence is worded from reference data and closed vocabularies
 * (the catalogue, the local offer, our own texts), never from a request's text; the one that names the person's
 * municipality spells it as the catalogue does. So the sentences are a set fixed by the data versions. {@link
 * #MAX_KEPT} guards memory all the same: past it, a sentence is written as Jackson writes it, and not kept.
 *
 * <p>The bytes are what Jackson writes of the record: {@code AnswerBytesTest} compares every answer with plain Jackson
 * of the same views, {@code NoteJsonTest} single sentences.
 */
@Singleton
public class NoteJson implements ObjectMapperCustomizer {

    /** Some thousands in practice (the catalogue's and a large local offer's sentences); a guard, not a budget. */
    static final int MAX_KEPT = 100_000;

    private static final JsonFactory PLAIN = new JsonFactory();

    private final int maxKept;
    private final Map<Note, SerializedString> kept = new ConcurrentHashMap<>();

    public NoteJson() {
        this(MAX_KEPT);
    }

    NoteJson(int maxKept) {
        this.maxKept = maxKept;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("note-json").addSerializer(Note.class, new NoteSerializer()));
    }

    /** How many sentences are kept now. */
    int kept() {
        return kept.size();
    }

    /** The note's JSON, kept if there is room; null if it is not kept and there is no room. */
    private SerializedString jsonOf(Note note) {
        SerializedString json = kept.get(note);
        if (json == null && kept.size() < maxKept) {
            json = new SerializedString(encode(note));
            kept.putIfAbsent(note, json);
        }
        return json;
    }

    private static String encode(Note note) {
        StringWriter out = new StringWriter(note.text() == null ? 32 : note.text().length() + 32);
        try (JsonGenerator generator = PLAIN.createGenerator(out)) {
            writeFields(note, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("A note cannot be written as JSON: " + note.code(), e);
        }
        return out.toString();
    }

    private static void writeFields(Note note, JsonGenerator generator) throws IOException {
        generator.writeStartObject(note);
        generator.writeStringField("code", note.code());
        generator.writeStringField("text", note.text());
        generator.writeEndObject();
    }

    /**
     * A generator set to escape more than JSON requires (non-ASCII, or its own escapes) gets the fields one by one, so
     * it escapes them its way.
     */
    @SuppressWarnings("deprecation") // JsonGenerator.Feature is how a generator reports the feature at write time
    private static boolean escapesMoreThanJson(JsonGenerator generator) {
        return generator.getCharacterEscapes() != null || generator.isEnabled(JsonGenerator.Feature.ESCAPE_NON_ASCII);
    }

    private final class NoteSerializer extends StdSerializer<Note> {

        NoteSerializer() {
            super(Note.class);
        }

        @Override
        public void serialize(Note note, JsonGenerator generator, SerializerProvider provider) throws IOException {
            SerializedString json = escapesMoreThanJson(generator) ? null : jsonOf(note);
            if (json != null) {
                generator.writeRawValue(json);
            } else {
                writeFields(note, generator);
            }
        }
    }
}
