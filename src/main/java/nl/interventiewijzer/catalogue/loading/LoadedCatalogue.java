package nl.interventiewijzer.catalogue.loading;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
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
        CatalogueReader reader = new CatalogueReader(mapper, Thread.currentThread().getContextClassLoader());
        CatalogueReader.Source read = reader.readSource(config.manifest());
        long readAt = System.nanoTime();
        catalogue = QuarkusTransaction.requiringNew().call(() -> store(reader, read)).toCatalogue();
        LOG.infof("Catalogue %s loaded: %d entries %s, %d retired ids (read and validated in %d ms, stored in %d ms)",
                catalogue.version(), catalogue.size(), catalogue.countByKind(), catalogue.retired().size(),
                (readAt - start) / 1_000_000, (System.nanoTime() - readAt) / 1_000_000);
    }

    /** The loaded catalogue; fails if called before start-up completed, which readiness prevents. */
    public Catalogue get() {
        Catalogue current = catalogue;
        if (current == null) {
            throw new IllegalStateException("The catalogue is not loaded yet");
        }
        return current;
    }

    /** Stores the entries in their file form and reads them back; the domain catalogue is built from what was stored. */
    private CatalogueReader.Source store(CatalogueReader reader, CatalogueReader.Source read) {
        ActivityEntity.deleteAll();
        for (ActivityFile entry : read.entries()) {
            toEntity(reader, entry, read.version()).persist();
        }
        ActivityEntity.flush();
        List<ActivityEntity> stored = ActivityEntity.listAll(Sort.by("id"));
        if (stored.size() != read.entries().size()) {
            throw new CatalogueLoadException("Stored " + stored.size() + " catalogue entries, expected "
                    + read.entries().size());
        }
        return new CatalogueReader.Source(read.version(),
                stored.stream().map(entity -> reader.parseStored(entity.id, entity.document)).toList(), read.retired());
    }

    private static ActivityEntity toEntity(CatalogueReader reader, ActivityFile entry, String version) {
        ActivityEntity entity = new ActivityEntity();
        entity.id = entry.id();
        entity.name = entry.name();
        entity.kind = entry.kind().name();
        entity.evidence = entry.evidence().name();
        entity.catalogueVersion = version;
        entity.document = reader.serialise(entry);
        return entity;
    }
}
