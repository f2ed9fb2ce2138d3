package nl.interventiewijzer.health;

import jakarta.enterprise.context.ApplicationScoped;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.loading.LoadedCatalogue;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the loaded catalogue. The catalogue, profiles, fit model and questionnaire are all built and validated
 * while the service starts, and a failure stops the start, so a running service has them. The catalogue's copy in the
 * embedded database is made just after the start: until it is stored and read back unchanged, readiness is DOWN
 * ({@code stored: false}); if that fails, DOWN with the reason. During a graceful shutdown Quarkus itself reports
 * readiness DOWN.
 */
@Readiness
@ApplicationScoped
public class CatalogueReadiness implements HealthCheck {

    private final Catalogue catalogue;
    private final LoadedCatalogue loaded;

    public CatalogueReadiness(Catalogue catalogue, LoadedCatalogue loaded) {
        this.catalogue = catalogue;
        this.loaded = loaded;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("catalogue")
                .withData("version", catalogue.version())
                .withData("activities", catalogue.size())
                .withData("stored", loaded.isStored());
        if (loaded.storeFailure().isPresent()) {
            return response.down().withData("error", loaded.storeFailure().get()).build();
        }
        return loaded.isStored() ? response.up().build() : response.down().build();
    }
}
