package nl.interventiewijzer.catalogue.loading;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.CatalogueValidator;
import nl.interventiewijzer.support.ResourceJson;

/**
 * Reads the catalogue resource files strictly: an unknown field, an unknown code or a missing field fails, naming the
 * file and the entry; then every entry is checked for completeness and against the domain rules, and all problems
 * are reported at once, each naming its file and entry. Plain class, so it can be tested without Quarkus.
 */
public final class CatalogueReader {

    private static final String VERSION_PATTERN = "^[0-9A-Za-z][0-9A-Za-z.\\-]*$";

    /**
     * Each record type's components by name, looked up once per type: a record class parses its class-file attributes
     * anew at every {@code getRecordComponents()} call, and {@link #unknownFields} visits every object of every entry.
     */
    private static final ClassValue<Map<String, Type>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> recordType) {
            Map<String, Type> components = new HashMap<>();
            for (RecordComponent component : recordType.getRecordComponents()) {
                components.put(component.getName(), component.getGenericType());
            }
            return Map.copyOf(components);
        }
    };

    private final ObjectMapper mapper;
    private final ClassLoader classLoader;
    private final CatalogueValidator validator = new CatalogueValidator();

    /** The catalogue as read and validated, still in the file types: what the embedded database stores. */
    public record Source(String version, List<ActivityFile> entries, List<RetiredFile> retired) {

        public Catalogue toCatalogue() {
            return new Catalogue(version, entries.stream().map(ActivityMapping::toActivity).toList(),
                    ActivityMapping.toRetired(retired));
        }
    }

    public CatalogueReader(ObjectMapper baseMapper, ClassLoader classLoader) {
        this.mapper = ResourceJson.strict(baseMapper);
        this.classLoader = classLoader;
    }

    public Catalogue read(String manifestLocation) {
        return readSource(manifestLocation).toCatalogue();
    }

    public Source readSource(String manifestLocation) {
        CatalogueManifest manifest = readManifest(manifestLocation);
        String base = manifestLocation.contains("/") ? manifestLocation.substring(0, manifestLocation.lastIndexOf('/') + 1) : "";
        List<String> problems = new ArrayList<>();
        List<ActivityFile> entries = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        Map<String, String> firstSeenIn = new HashMap<>();
        for (String file : manifest.files()) {
            String location = base + file;
            List<ActivityFile> read = readEntries(location);
            for (int index = 0; index < read.size(); index++) {
                ActivityFile entry = read.get(index);
                entries.add(entry);
                String where = "Catalogue file " + location + ", entry #" + index;
                List<String> incomplete = EntryCompleteness.problems(entry);
                if (!incomplete.isEmpty()) {
                    incomplete.forEach(problem -> problems.add(where + " (id '" + entry.id() + "'): " + problem));
                    continue;
                }
                Activity activity = ActivityMapping.toActivity(entry);
                activities.add(activity);
                String label = where + ": " + CatalogueValidator.label(activity);
                String earlier = firstSeenIn.putIfAbsent(activity.id(), location);
                if (earlier != null) {
                    problems.add(label + ": duplicate id (also in " + earlier + ")");
                }
                validator.validateEntry(activity).forEach(problem -> problems.add(label + ": " + problem));
            }
        }
        List<RetiredFile> retired = manifest.retired() == null ? List.of() : readRetired(base + manifest.retired());
        if (manifest.retired() != null) {
            validator.validateRetired(ActivityMapping.toRetired(retired), activities)
                    .forEach(problem -> problems.add("Catalogue file " + base + manifest.retired() + ": " + problem));
        }
        if (!problems.isEmpty()) {
            throw CatalogueLoadException.invalid(manifestLocation, problems);
        }
        return new Source(manifest.version(), List.copyOf(entries), List.copyOf(retired));
    }

    private CatalogueManifest readManifest(String location) {
        CatalogueManifest manifest;
        try (InputStream in = open(location)) {
            manifest = mapper.readValue(in, CatalogueManifest.class);
        } catch (IOException e) {
            throw new CatalogueLoadException("Catalogue manifest " + location + " is unreadable: " + e.getMessage(), e);
        }
        if (manifest.version() == null || !manifest.version().matches(VERSION_PATTERN)) {
            throw new CatalogueLoadException("Catalogue manifest " + location + ": version must match " + VERSION_PATTERN);
        }
        if (manifest.files() == null || manifest.files().isEmpty()) {
            throw new CatalogueLoadException("Catalogue manifest " + location + ": files must list at least one file");
        }
        return manifest;
    }

    private List<ActivityFile> readEntries(String location) {
        return readArray(location, ActivityFile.class, "activities");
    }

    private List<RetiredFile> readRetired(String location) {
        return readArray(location, RetiredFile.class, "retired ids");
    }

    private <T extends Record> List<T> readArray(String location, Class<T> type, String what) {
        JsonNode entries;
        try (InputStream in = open(location)) {
            entries = mapper.readTree(in);
        } catch (IOException e) {
            throw new CatalogueLoadException("Catalogue file " + location + " is not valid JSON: " + e.getMessage(), e);
        }
        if (entries == null || !entries.isArray()) {
            throw new CatalogueLoadException("Catalogue file " + location + " must hold a JSON array of " + what);
        }
        List<T> read = new ArrayList<>();
        for (int index = 0; index < entries.size(); index++) {
            read.add(toRecord(location, index, entries.get(index), type));
        }
        return read;
    }

    private <T> T toRecord(String location, int index, JsonNode entry, Class<T> type) {
        String where = "Catalogue file " + location + ", entry #" + index + " (id '" + entry.path("id").asText("?") + "'): ";
        List<String> unknown = new ArrayList<>();
        unknownFields(entry, type, "", unknown);
        if (!unknown.isEmpty()) {
            throw new CatalogueLoadException(where + "unknown field(s) " + unknown);
        }
        try {
            return mapper.treeToValue(entry, type);
        } catch (IOException e) {
            throw new CatalogueLoadException(where + describe(e), e);
        }
    }

    /** Stored entries come back through the same strict mapping they were read with. */
    ActivityFile parseStored(String id, String document) {
        try {
            return mapper.readValue(document, ActivityFile.class);
        } catch (IOException e) {
            throw new CatalogueLoadException("Stored catalogue entry " + id + " is unreadable: " + describe(e), e);
        }
    }

    String serialise(ActivityFile entry) {
        try {
            return mapper.writeValueAsString(entry);
        } catch (IOException e) {
            throw new CatalogueLoadException("Cannot store catalogue entry " + entry.id(), e);
        }
    }

    /**
     * Names fields that the entry's record types do not have, at any depth, inside lists too. Done before mapping
     * because Jackson reports a misspelt record field as the missing correct one, hiding the typo an editor has to
     * find. Plain values hold no fields, so it does not descend into them.
     */
    static void unknownFields(JsonNode node, Type type, String path, List<String> unknown) {
        if (node == null || !node.isContainerNode()) {
            return;
        }
        if (node.isArray() && type instanceof ParameterizedType list && list.getActualTypeArguments().length == 1) {
            Type elementType = list.getActualTypeArguments()[0];
            String listPath = path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
            for (int i = 0; i < node.size(); i++) {
                unknownFields(node.get(i), elementType, listPath + "[" + i + "].", unknown);
            }
            return;
        }
        if (!(type instanceof Class<?> recordType) || !recordType.isRecord() || !node.isObject()) {
            return;
        }
        Map<String, Type> components = COMPONENTS.get(recordType);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            Type componentType = components.get(name);
            if (componentType == null) {
                unknown.add(path + name + " (allowed: " + String.join(", ", new TreeSet<>(components.keySet())) + ")");
            } else {
                unknownFields(field.getValue(), componentType, path + name + ".", unknown);
            }
        }
    }

    private static String describe(IOException e) {
        if (e instanceof JsonMappingException mapping) {
            return mapping.getOriginalMessage() + " at " + mapping.getPathReference();
        }
        return e.getMessage();
    }

    private InputStream open(String location) throws IOException {
        InputStream in = classLoader.getResourceAsStream(location);
        if (in == null) {
            throw new CatalogueLoadException("Catalogue resource " + location + " not found on the class path");
        }
        return in;
    }
}
