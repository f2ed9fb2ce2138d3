package nl.interventiewijzer.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a manifest into the fabric8 model class for its {@code apiVersion} and {@code kind}, strictly: a field the
 * Kubernetes API does not know (a typo such as {@code readinesProbe}) is an error, as is a duplicate key, an unknown
 * kind or a second YAML document in the file.
 *
 * <p>Why not fabric8's own {@link KubernetesSerialization}, or just {@code FAIL_ON_UNKNOWN_PROPERTIES}: every fabric8
 * model class has a {@code @JsonAnySetter} that collects unknown fields into {@code additionalProperties}, and
 * Jackson never reports an unknown property to a class that has an any-setter. So this reader removes the any-setter
 * (and any {@code ignoreUnknown}) from every bean deserializer; what is left is Jackson's ordinary strictness.
 */
final class StrictManifestReader {

    /** fabric8's registry of model classes, used only to look up the class for an apiVersion and kind. */
    private static final KubernetesSerialization FABRIC8 = new KubernetesSerialization();

    private final ObjectMapper mapper = YAMLMapper.builder(YAMLFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .addModule(new SimpleModule("no-catch-all-fields").setDeserializerModifier(new NoCatchAllFields()))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    /** Reads a Kubernetes object from a file holding exactly one; a failure names the file. */
    HasMetadata read(Path file) throws IOException {
        try {
            return read(Files.readString(file));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a Kubernetes object from YAML holding exactly one. */
    HasMetadata read(String yaml) throws IOException {
        JsonNode tree = singleDocument(yaml);
        String apiVersion = tree.path("apiVersion").asText("");
        String kind = tree.path("kind").asText("");
        Class<? extends KubernetesResource> type = FABRIC8.getRegisteredKubernetesResource(apiVersion, kind);
        if (type == null || !HasMetadata.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(
                    "not a known Kubernetes object: apiVersion '" + apiVersion + "', kind '" + kind + "'");
        }
        // Parsed again from the text, not from the tree, so that an error message gives line and column.
        return (HasMetadata) mapper.readValue(yaml, type);
    }

    /** Reads any other YAML file (e.g. kustomization.yaml) into {@code type}, as strictly. */
    <T> T read(Path file, Class<T> type) throws IOException {
        String yaml = Files.readString(file);
        try {
            singleDocument(yaml);
            return mapper.readValue(yaml, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private JsonNode singleDocument(String yaml) throws IOException {
        try (MappingIterator<JsonNode> documents = mapper.readerFor(JsonNode.class).readValues(yaml)) {
            List<JsonNode> all = documents.readAll();
            if (all.size() != 1 || !all.get(0).isObject()) {
                throw new IllegalArgumentException(
                        "expected exactly one YAML document holding an object, found " + all.size() + " document(s)");
            }
            return all.get(0);
        }
    }

    /** Takes away the catch-all for unknown fields, so that Jackson's FAIL_ON_UNKNOWN_PROPERTIES applies. */
    private static final class NoCatchAllFields extends BeanDeserializerModifier {

        private static final long serialVersionUID = 1L;

        @Override
        public BeanDeserializerBuilder updateBuilder(
                DeserializationConfig config, BeanDescription bean, BeanDeserializerBuilder builder) {
            builder.setAnySetter(null);
            builder.setIgnoreUnknownProperties(false);
            return builder;
        }
    }
}
