package nl.interventiewijzer.health;

import jakarta.enterprise.context.ApplicationScoped;
import nl.interventiewijzer.catalogue.Catalogue;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the loaded catalogue. The catalogue, profiles, fit model and questionnaire are all built and validated
 * while the service starts, and a failure stops the start, so a running service has them; during a graceful
 * shutdown Quarkus itself reports readiness DOWN.
 */
@Readiness
@ApplicationScoped
public class CatalogueReadiness implements HealthCheck {

    private final Catalogue catalogue;

    public CatalogueReadiness(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("catalogue").up()
                .withData("version", catalogue.version())
                .withData("activities", catalogue.size())
                .build();
    }
}
