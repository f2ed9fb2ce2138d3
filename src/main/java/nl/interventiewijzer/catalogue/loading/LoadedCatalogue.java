package nl.interventiewijzer.catalogue.loading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.support.ResourceJson;
import org.jboss.logging.Logger;

/**
 * Loads the catalogue at start-up: reads and validates the resource files, stores them in the embedded database, and
 * builds the in-memory index from what was stored. A catalogue that does not validate stops the start-up.
 */
@ApplicationScoped
public class LoadedCatalogue {

    /** Start-up observers that need the catalogue run after this priority. */
    public static final int LOAD_ORDER = 100;

    private static final Logger LOG = Logger.getLogger(LoadedCatalogue.class);

    private final CatalogueConfig config;
    private final ObjectMapper mapper;
    private volatile Catalogue catalogue;

    public LoadedCatalogue(CatalogueConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = ResourceJson.strict(mapper);
    }

    void onStart(@Observes @Priority(LOAD_ORDER) StartupEvent event) {
        long start = System.nanoTime();
        Catalogue read = new CatalogueReader(mapper, Thread.currentThread().getContextClassLoader()).read(config.manifest());
        long readAt = System.nanoTime();
        catalogue = QuarkusTransaction.requiringNew().call(() -> store(read));
        LOG.infof("Catalogue %s loaded: %d entries %s (read and validated in %d ms, stored in %d ms)", catalogue.version(),
                catalogue.size(), catalogue.countByKind(), (readAt - start) / 1_000_000, (System.nanoTime() - readAt) / 1_000_000);
    }

    /** The loaded catalogue; fails if called before start-up completed, which readiness prevents. */
    public Catalogue get() {
        Catalogue current = catalogue;
        if (current == null) {
            throw new IllegalStateException("The catalogue is not loaded yet");
        }
        return current;
    }

    private Catalogue store(Catalogue read) {
        ActivityEntity.deleteAll();
        for (Activity activity : read.activities()) {
            toEntity(activity, read.version()).persist();
        }
        ActivityEntity.flush();
        List<ActivityEntity> stored = ActivityEntity.listAll(Sort.by("id"));
        if (stored.size() != read.size()) {
            throw new CatalogueLoadException("Stored " + stored.size() + " catalogue entries, expected " + read.size());
        }
        return new Catalogue(read.version(), stored.stream().map(this::toActivity).toList());
    }

    private ActivityEntity toEntity(Activity activity, String version) {
        ActivityEntity entity = new ActivityEntity();
        entity.id = activity.id();
        entity.name = activity.name();
        entity.kind = activity.kind().name();
        entity.evidence = activity.evidence().name();
        entity.catalogueVersion = version;
        try {
            entity.document = mapper.writeValueAsString(activity);
        } catch (JsonProcessingException e) {
            throw new CatalogueLoadException("Cannot store catalogue entry " + activity.id(), e);
        }
        return entity;
    }

    private Activity toActivity(ActivityEntity entity) {
        try {
            return mapper.readValue(entity.document, Activity.class);
        } catch (JsonProcessingException e) {
            throw new CatalogueLoadException("Stored catalogue entry " + entity.id + " is unreadable", e);
        }
    }
}
