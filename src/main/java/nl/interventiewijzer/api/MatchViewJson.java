package nl.interventiewijzer.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import nl.interventiewijzer.matching.FitLevel;
import nl.interventiewijzer.profile.Note;

/**
 * Writes each proposal of a match ({@link MatchResponse.MatchView}) field by field, in the record's order, instead of
 * through Jackson's bean serializer, which reaches the record's accessors by reflection and goes through a list
 * serializer for each of its three lists: a match of ten writes some sixty such objects and lists (docs/performance.md,
 * change 32). The activity, the sentences and the local services are still written by the mapper's own serializers
 * for their types (ready bytes for kept views, see {@link ReadyJson} and {@link NoteJson}).
 *
 * <p>The bytes are what Jackson writes of the record: {@code AnswerBytesTest} and {@code AnswerBytesWithLocalOfferTest}
 * compare every match answer with plain Jackson of the same views.
 */
@Singleton
public class MatchViewJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("match-view-json")
                .addSerializer(MatchResponse.MatchView.class, new MatchViewSerializer()));
    }

    /** One per mapper; it finds the serializers of the parts once, when the mapper first needs it. */
    static final class MatchViewSerializer extends StdSerializer<MatchResponse.MatchView>
            implements ResolvableSerializer {

        private JsonSerializer<Object> fitLevels;
        private JsonSerializer<Object> activities;
        private JsonSerializer<Object> notes;
        private JsonSerializer<Object> localServices;

        MatchViewSerializer() {
            super(MatchResponse.MatchView.class);
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            fitLevels = provider.findValueSerializer(FitLevel.class, null);
            activities = provider.findValueSerializer(ActivityView.class, null);
            notes = provider.findValueSerializer(Note.class, null);
            localServices = provider.findValueSerializer(LocalServiceView.class, null);
        }

        @Override
        public void serialize(MatchResponse.MatchView view, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeStartObject(view);
            generator.writeNumberField("rank", view.rank());
            generator.writeNumberField("score", view.score());
            generator.writeFieldName("fit");
            fit(view.fit(), generator, provider);
            if (view.activity() != null) {
                generator.writeFieldName("activity");
                activities.serialize(view.activity(), generator, provider);
            }
            generator.writeFieldName("reasons");
            list(view.reasons(), notes, generator, provider);
            generator.writeFieldName("checks");
            list(view.checks(), notes, generator, provider);
            generator.writeBooleanField("local", view.local());
            if (view.localService() != null) {
                generator.writeFieldName("localService");
                localServices.serialize(view.localService(), generator, provider);
            }
            generator.writeFieldName("localServices");
            list(view.localServices(), localServices, generator, provider);
            generator.writeEndObject();
        }

        private void fit(MatchResponse.Fit fit, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            if (fit == null) {
                generator.writeNull();
                return;
            }
            generator.writeStartObject(fit);
            generator.writeFieldName("level");
            if (fit.level() == null) {
                generator.writeNull();
            } else {
                fitLevels.serialize(fit.level(), generator, provider);
            }
            generator.writeNumberField("points", fit.points());
            generator.writeEndObject();
        }

        private static void list(List<?> values, JsonSerializer<Object> each, JsonGenerator generator,
                SerializerProvider provider) throws IOException {
            if (values == null) {
                generator.writeNull();
                return;
            }
            generator.writeStartArray(values, values.size());
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value == null) {
                    generator.writeNull();
                } else {
                    each.serialize(value, generator, provider);
                }
            }
            generator.writeEndArray();
        }
    }
}
