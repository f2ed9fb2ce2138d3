package nl.interventiewijzer.catalogue.loading;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.interventiewijzer.catalogue.Catalogue;

/**
 * Makes the loaded catalogue a bean, once, at start-up. It is immutable, so every resource, health check and the
 * matcher share it without locking; a catalogue that does not validate stops the start.
 */
@ApplicationScoped
public class CatalogueProducer {

    @Produces
    @Singleton
    @Startup
    Catalogue catalogue(LoadedCatalogue loaded) {
        return loaded.get();
    }
}
