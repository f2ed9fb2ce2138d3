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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Views of reference data, each with its JSON, made once: at start-up ({@link #prepare}) or the first time an answer
 * needs one ({@link #readyOrKept}). Reference data is immutable for the life of the process, so a view's JSON never
 * changes: answers write these bytes instead of walking the view by reflection.
 *
 * <p>The bytes are written only for the very view instance they were made from ({@link #ready}); any other view of
 * the type is serialised as usual. They come from the service's own mapper, so they are what that mapper writes of the
 * view; {@code AnswerBytesTest} checks every answer against plain Jackson of its view records.
 *
 * @param <K> what a view is looked up by
 * @param <V> the view record
 */
abstract class ReadyJson<K, V> implements ObjectMapperCustomizer {

    private record Entry<V>(V view, SerializedString json) {
    }

    private final Class<V> type;
    private final Function<V, K> key;
    /** Made at start-up: an immutable map, the quickest to read, for the views every page shows. */
    private volatile Map<K, Entry<V>> prepared = Map.of();
    /** Made the first time an answer needs one; read only for a key that was not prepared. */
    private final Map<K, Entry<V>> keptLater = new ConcurrentHashMap<>();

    ReadyJson(Class<V> type, Function<V, K> key) {
        this.type = type;
        this.key = key;
    }

    /** Keeps these views with their JSON as the mapper writes it; what to call the view in an error, by its key. */
    final void prepare(Iterable<V> views, ObjectMapper mapper, String what) {
        Map<K, Entry<V>> made = new HashMap<>();
        for (V view : views) {
            try {
                made.put(key.apply(view), new Entry<>(view, new SerializedString(mapper.writeValueAsString(view))));
            } catch (IOException e) {
                throw new UncheckedIOException(what + " '" + key.apply(view) + "' cannot be written as JSON", e);
            }
        }
        prepared = Map.copyOf(made);
    }

    /**
     * The view kept for this key; else the one {@code make} gives, kept with its JSON as {@code mapper} writes it while
     * fewer than {@code max} are kept. For reference data that is not listed at start-up but met in answers (a local
     * offer's services): the first answer that shows one makes it, later ones write its bytes. Without a mapper (before
     * start-up) or a key, or past {@code max}, the view is made and not kept, and written as usual.
     */
    final V readyOrKept(K forKey, Supplier<V> make, ObjectMapper mapper, int max) {
        Entry<V> entry = entry(forKey);
        if (entry != null) {
            return entry.view();
        }
        V view = make.get();
        if (forKey != null && mapper != null && kept() < max) {
            try {
                keptLater.putIfAbsent(forKey, new Entry<>(view, new SerializedString(mapper.writeValueAsString(view))));
            } catch (IOException e) {
                throw new UncheckedIOException(type.getSimpleName() + " '" + forKey + "' cannot be written as JSON", e);
            }
        }
        return view;
    }

    /** How many views are kept now. */
    final int kept() {
        return prepared.size() + keptLater.size();
    }

    /** The entry for this key, if one is kept; none for no key (a view without an id is written as usual). */
    private Entry<V> entry(K forKey) {
        if (forKey == null) {
            return null;
        }
        Entry<V> entry = prepared.get(forKey);
        return entry != null ? entry : keptLater.get(forKey);
    }

    /** The view kept for this key, whose JSON is ready; null before start-up or for a key not kept. */
    final V ready(K forKey) {
        Entry<V> entry = entry(forKey);
        return entry == null ? null : entry.view();
    }

    private SerializedString jsonOf(V view) {
        Entry<V> entry = entry(key.apply(view));
        return entry != null && entry.view() == view ? entry.json() : null;
    }

    /** Every mapper of the service writes a kept view as its ready bytes. */
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule(type.getSimpleName() + "-ready-json")
                .setSerializerModifier(new BeanSerializerModifier() {
                    @Override
                    public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                            JsonSerializer<?> serializer) {
                        return description.getBeanClass() == type ? new ReadyOrWalked(asViewSerializer(serializer))
                                : serializer;
                    }
                }));
    }

    @SuppressWarnings("unchecked")
    private JsonSerializer<V> asViewSerializer(JsonSerializer<?> serializer) {
        return (JsonSerializer<V>) serializer;
    }

    /** Writes the ready bytes of a kept view; walks any other view with Jackson's own bean serializer. */
    private final class ReadyOrWalked extends StdSerializer<V> implements ContextualSerializer, ResolvableSerializer {

        private final JsonSerializer<V> walked;

        ReadyOrWalked(JsonSerializer<V> walked) {
            super(type);
            this.walked = walked;
        }

        @Override
        public void serialize(V view, JsonGenerator generator, SerializerProvider provider) throws IOException {
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
