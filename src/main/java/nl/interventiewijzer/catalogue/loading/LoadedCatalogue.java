package nl.interventiewijzer.catalogue.loading;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.Optional;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.support.ResourceJson;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Loads the catalogue at start-up: reads and validates the resource files and builds the in-memory index from them; a
 * catalogue that does not validate stops the start-up. Then, off the start-up thread, it stores the entries in the
 * embedded database, reads them back and checks that what was stored is exactly what is served; readiness waits for
 * that check (see {@code CatalogueReadiness}), liveness and start-up do not. The first database transaction of a
 * fresh JVM is the costliest step of the start (docs/performance.md), and nothing on the request path needs it.
 */
@ApplicationScoped
public class LoadedCatalogue {

    /** Start-up observers that need the catalogue run after this priority. */
    public static final int LOAD_ORDER = 100;

    private static final Logger LOG = Logger.getLogger(LoadedCatalogue.class);

    private final CatalogueConfig config;
    private final ObjectMapper mapper;
    private final ManagedExecutor executor;
    private volatile Catalogue catalogue;
    private volatile boolean stored;
    private volatile String storeFailure;

    public LoadedCatalogue(CatalogueConfig config, ObjectMapper mapper, ManagedExecutor executor) {
        this.config = config;
        this.mapper = ResourceJson.strict(mapper);
        this.executor = executor;
    }

    void onStart(@Observes @Priority(LOAD_ORDER) StartupEvent event) {
        long start = System.nanoTime();
        CatalogueReader reader = new CatalogueReader(mapper, Thread.currentThread().getContextClassLoader());
        CatalogueReader.Source read = reader.readSource(config.manifest());
        catalogue = read.toCatalogue();
        LOG.infof("Catalogue %s loaded: %d entries %s, %d retired ids (read and validated in %d ms)",
                catalogue.version(), catalogue.size(), catalogue.countByKind(), catalogue.retired().size(),
                (System.nanoTime() - start) / 1_000_000);
        executor.runAsync(() -> storeAndCheck(reader, read));
    }

    /** Stores the entries, reads them back, and accepts the store only if it gives back exactly the served catalogue. */
    private void storeAndCheck(CatalogueReader reader, CatalogueReader.Source read) {
        long start = System.nanoTime();
        try {
            Catalogue back = QuarkusTransaction.requiringNew().call(() -> store(reader, read)).toCatalogue();
            Catalogue served = catalogue;
            for (int i = 0; i < served.activities().size(); i++) {
                if (!served.activities().get(i).equals(back.activities().get(i))) {
                    throw new CatalogueLoadException("Catalogue entry " + served.activities().get(i).id()
                            + " read back from the embedded database differs from the file");
                }
            }
            if (!back.version().equals(served.version()) || back.size() != served.size()) {
                throw new CatalogueLoadException("The catalogue read back from the embedded database differs from the files");
            }
            stored = true;
            LOG.infof("Catalogue %s stored in the embedded database and checked in %d ms", served.version(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            storeFailure = "The catalogue could not be stored in the embedded database: " + e.getMessage();
            LOG.error(storeFailure, e);
        }
    }

    /** Whether the catalogue is stored in the embedded database and read back unchanged; readiness waits for it. */
    public boolean isStored() {
        return stored;
    }

    /** Why storing the catalogue failed; empty while it is being stored and once it is. */
    public Optional<String> storeFailure() {
        return Optional.ofNullable(storeFailure);
    }

    /** The loaded catalogue; fails if called before start-up completed, which readiness prevents. */
    public Catalogue get() {
        Catalogue current = catalogue;
        if (current == null) {
            throw new IllegalStateException("The catalogue is not loaded yet");
        }
        return current;
    }

    /**
     * Stores the entries in their file form and reads them back, in id order. The session is cleared after the flush,
     * so the read-back comes from the database's rows and not from the session's own copies. It is a criteria query,
     * not HQL: the first HQL statement of a JVM loads Hibernate's query grammar (about 450 classes), which costs the
     * start-up more than the query itself and is not otherwise needed before the first request.
     */
    private CatalogueReader.Source store(CatalogueReader reader, CatalogueReader.Source read) {
        EntityManager entityManager = ActivityEntity.getEntityManager();
        for (ActivityFile entry : read.entries()) {
            entityManager.persist(toEntity(reader, entry, read.version()));
        }
        entityManager.flush();
        entityManager.clear();
        List<ActivityEntity> stored = entityManager.createQuery(allInIdOrder(entityManager)).getResultList();
        if (stored.size() != read.entries().size()) {
            throw new CatalogueLoadException("Stored " + stored.size() + " catalogue entries, expected "
                    + read.entries().size());
        }
        return new CatalogueReader.Source(read.version(),
                stored.stream().map(entity -> reader.parseStored(entity.id, entity.document)).toList(), read.retired());
    }

    private static CriteriaQuery<ActivityEntity> allInIdOrder(EntityManager entityManager) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<ActivityEntity> query = builder.createQuery(ActivityEntity.class);
        Root<ActivityEntity> activity = query.from(ActivityEntity.class);
        return query.select(activity).orderBy(builder.asc(activity.get("id")));
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
