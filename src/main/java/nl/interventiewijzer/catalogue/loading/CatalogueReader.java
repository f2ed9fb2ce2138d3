package nl.interventiewijzer.catalogue.loading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.CatalogueValidator;
import nl.interventiewijzer.support.ResourceJson;

/**
 * Reads the catalogue resource files strictly: an unknown field, an unknown code or a missing field fails, naming the
 * file and the entry. Plain class, so it can be tested without Quarkus.
 */
public final class CatalogueReader {

    private static final String VERSION_PATTERN = "^[0-9A-Za-z][0-9A-Za-z.\\-]*$";

    private final ObjectMapper mapper;
    private final ClassLoader classLoader;

    public CatalogueReader(ObjectMapper baseMapper, ClassLoader classLoader) {
        this.mapper = ResourceJson.strict(baseMapper);
        this.classLoader = classLoader;
    }

    public Catalogue read(String manifestLocation) {
        CatalogueManifest manifest = readManifest(manifestLocation);
        String base = manifestLocation.contains("/") ? manifestLocation.substring(0, manifestLocation.lastIndexOf('/') + 1) : "";
        List<Activity> activities = new ArrayList<>();
        for (String file : manifest.files()) {
            activities.addAll(readActivities(base + file));
        }
        List<String> problems = new CatalogueValidator().validate(activities);
        if (!problems.isEmpty()) {
            throw CatalogueLoadException.invalid(manifestLocation, problems);
        }
        return new Catalogue(manifest.version(), activities);
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

    private List<Activity> readActivities(String location) {
        JsonNode entries;
        try (InputStream in = open(location)) {
            entries = mapper.readTree(in);
        } catch (IOException e) {
            throw new CatalogueLoadException("Catalogue file " + location + " is not valid JSON: " + e.getMessage(), e);
        }
        if (entries == null || !entries.isArray()) {
            throw new CatalogueLoadException("Catalogue file " + location + " must hold a JSON array of activities");
        }
        List<Activity> activities = new ArrayList<>();
        for (int index = 0; index < entries.size(); index++) {
            activities.add(toActivity(location, index, entries.get(index)));
        }
        return activities;
    }

    private Activity toActivity(String location, int index, JsonNode entry) {
        List<String> unknown = new ArrayList<>();
        unknownFields(entry, Activity.class, "", unknown);
        if (!unknown.isEmpty()) {
            throw new CatalogueLoadException("Catalogue file " + location + ", entry #" + index + " (id '"
                    + entry.path("id").asText("?") + "'): unknown field(s) " + unknown);
        }
        try {
            return mapper.treeToValue(entry, Activity.class);
        } catch (IOException e) {
            String id = entry.path("id").asText("?");
            throw new CatalogueLoadException("Catalogue file " + location + ", entry #" + index + " (id '" + id + "'): "
                    + describe(e), e);
        }
    }

    /**
     * Names fields that the entry's record types do not have, at any depth. Done before mapping because Jackson
     * reports a misspelt record field as the missing correct one, hiding the typo an editor has to find.
     */
    static void unknownFields(JsonNode node, Class<?> type, String path, List<String> unknown) {
        if (!type.isRecord() || !node.isObject()) {
            return;
        }
        java.util.Map<String, Class<?>> components = new java.util.HashMap<>();
        for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
            components.put(component.getName(), component.getType());
        }
        node.fieldNames().forEachRemaining(name -> {
            Class<?> componentType = components.get(name);
            if (componentType == null) {
                unknown.add(path + name + " (allowed: " + String.join(", ", new java.util.TreeSet<>(components.keySet())) + ")");
            } else {
                unknownFields(node.get(name), componentType, path + name + ".", unknown);
            }
        });
    }

    private static String describe(IOException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) {
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
