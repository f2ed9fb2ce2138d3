package nl.interventiewijzer.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/** Reads versioned JSON resource files strictly: unknown or missing fields and unknown codes fail the start-up. */
public final class ResourceJson {

    private final ObjectMapper mapper;

    public ResourceJson(ObjectMapper baseMapper) {
        this.mapper = strict(baseMapper);
    }

    /** A copy of the mapper that fails on unknown, missing or duplicated fields and on unknown codes. */
    public static ObjectMapper strict(ObjectMapper baseMapper) {
        return baseMapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);
    }

    public <T> T read(String location, Class<T> type) {
        try (InputStream in = ResourceJson.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + location + " not found on the class path");
            }
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("Resource " + location + " is invalid: " + e.getMessage(), e);
        }
    }
}
