package nl.interventiewijzer.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.interventiewijzer.support.ResourceJson;

/** Reads the versioned reference files on the class path strictly, with the application's JSON settings. */
@ApplicationScoped
public class ReferenceFiles {

    private final ResourceJson json;

    public ReferenceFiles(ObjectMapper mapper) {
        this.json = new ResourceJson(mapper);
    }

    public <T> T read(String location, Class<T> type) {
        return json.read(location, type);
    }
}
