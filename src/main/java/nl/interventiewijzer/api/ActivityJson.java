package nl.interventiewijzer.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.loading.LoadedCatalogue;

/**
 * Each catalogue entry's view, and its JSON, made once at start-up. The catalogue is immutable for the life of the
 * process, so an activity's JSON never changes: the activities list, a single activity and every proposal of a match
 * write these bytes instead of walking the view graph by reflection for each answer (about 2 KB an entry, the larger
 * part of a match answer).
 *
 * <p>The bytes are written only for the very view instance they were made from ({@link #view(Activity)}); any other
 * {@link ActivityView} is serialised as usual. The bytes come from the service's own mapper, so they are what that
 * mapper writes of the view; {@code AnswerBytesTest} checks every answer against plain Jackson of its view records.
 */
@Singleton
public class ActivityJson implements ObjectMapperCustomizer {

    /** Made after the catalogue is loaded (its own start-up observer runs at {@link LoadedCatalogue#LOAD_ORDER}). */
    static final int BUILD_ORDER = LoadedCatalogue.LOAD_ORDER + 5;

    private record Entry(ActivityView view, SerializedString json) {
    }

    private volatile Map<String, Entry> entries = Map.of();

    void build(@Observes @Priority(BUILD_ORDER) StartupEvent event, Catalogue catalogue, ObjectMapper mapper) {
        Map<String, Entry> made = new HashMap<>();
        for (Activity activity : catalogue.activities()) {
            ActivityView view = ActivityView.of(activity);
            try {
                made.put(activity.id(), new Entry(view, new SerializedString(mapper.writeValueAsString(view))));
            } catch (IOException e) {
                throw new UncheckedIOException("Activity '" + activity.id() + "' cannot be written as JSON", e);
            }
        }
        entries = Map.copyOf(made);
    }

    /** The view of a catalogue entry: the one made at start-up, whose JSON is ready; a new one for anything else. */
    ActivityView view(Activity activity) {
        Entry entry = entries.get(activity.id());
        return entry != null ? entry.view() : ActivityView.of(activity);
    }

    private SerializedString jsonOf(ActivityView view) {
        Entry entry = entries.get(view.id());
        return entry != null && entry.view() == view ? entry.json() : null;
    }

    /** Every mapper of the service writes a start-up view as its ready bytes. */
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("activity-json").setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                    JsonSerializer<?> serializer) {
                return description.getBeanClass() == ActivityView.class
                        ? new ReadyOrWalked(asViewSerializer(serializer)) : serializer;
            }
        }));
    }

    @SuppressWarnings("unchecked")
    private static JsonSerializer<ActivityView> asViewSerializer(JsonSerializer<?> serializer) {
        return (JsonSerializer<ActivityView>) serializer;
    }

    /** Writes the ready bytes of a start-up view; walks any other view with Jackson's own bean serializer. */
    private final class ReadyOrWalked extends StdSerializer<ActivityView>
            implements ContextualSerializer, ResolvableSerializer {

        private final JsonSerializer<ActivityView> walked;

        ReadyOrWalked(JsonSerializer<ActivityView> walked) {
            super(ActivityView.class);
            this.walked = walked;
        }

        @Override
        public void serialize(ActivityView view, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            SerializedString json = jsonOf(view);
            if (json != null) {
                generator.writeRawValue(json);
            } else {
                walked.serialize(view, generator, provider);
            }
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (walked instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            if (walked instanceof ContextualSerializer contextual) {
                JsonSerializer<?> made = contextual.createContextual(provider, property);
                return made == walked ? this : new ReadyOrWalked(asViewSerializer(made));
            }
            return this;
        }
    }
}
