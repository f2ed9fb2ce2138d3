package nl.interventiewijzer.localoffer.store;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Optional;
import nl.interventiewijzer.catalogue.loading.LoadedCatalogue;
import nl.interventiewijzer.localoffer.LocalOffer;
import nl.interventiewijzer.localoffer.LocalOfferException;
import nl.interventiewijzer.localoffer.LocalOfferLoader;
import org.jboss.logging.Logger;

/**
 * Loads the configured local offer at start-up, after the catalogue it links to: reads and validates the package,
 * stores it in the embedded database for the directory queries, and keeps the validated offer as the immutable index
 * matching reads. A package that does not load keeps readiness DOWN with the problems by file and row; the service
 * itself still starts, so an operator can read why on the health endpoint and in the log.
 */
@ApplicationScoped
public class LoadedLocalOffer {

    private static final Logger LOG = Logger.getLogger(LoadedLocalOffer.class);

    private final LocalOfferConfig config;
    private final LoadedCatalogue catalogue;
    private final LocalOfferStore store;
    private volatile LocalOffer offer;
    private volatile String failure;

    public LoadedLocalOffer(LocalOfferConfig config, LoadedCatalogue catalogue, LocalOfferStore store) {
        this.config = config;
        this.catalogue = catalogue;
        this.store = store;
    }

    void onStart(@Observes @Priority(LoadedCatalogue.LOAD_ORDER + 2) StartupEvent event) {
        Optional<Path> path = config.path();
        if (path.isEmpty()) {
            offer = LocalOffer.EMPTY;
            LOG.info("No local offer configured (interventiewijzer.local-offer.path): the national catalogue only");
            return;
        }
        long start = System.nanoTime();
        try {
            LocalOffer loaded = new LocalOfferLoader(catalogue.get()).load(path.get());
            long read = System.nanoTime();
            store.store(loaded);
            offer = loaded;
            LOG.infof("Local offer %s loaded from %s: %d services (read and validated in %d ms, stored in %d ms)",
                    loaded.version(), path.get(), loaded.services().size(), (read - start) / 1_000_000,
                    (System.nanoTime() - read) / 1_000_000);
        } catch (LocalOfferException e) {
            failure = e.getMessage();
            LOG.error(failure);
        } catch (RuntimeException e) {
            failure = "The local offer in " + path.get() + " could not be stored: " + e.getMessage();
            LOG.error(failure, e);
        }
    }

    public boolean isConfigured() {
        return config.path().isPresent();
    }

    /** Why the configured offer did not load; empty once it loaded, or when none is configured. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public boolean isReady() {
        return offer != null && failure == null;
    }

    /** The loaded offer; the empty offer when none is configured or it failed (readiness then reports DOWN). */
    public LocalOffer get() {
        LocalOffer current = offer;
        return current == null || failure != null ? LocalOffer.EMPTY : current;
    }
}
