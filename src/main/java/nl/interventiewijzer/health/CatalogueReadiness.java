package nl.interventiewijzer.health;

import jakarta.enterprise.context.ApplicationScoped;
import nl.interventiewijzer.api.Advisor;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the catalogue, the profiles and the fit model are loaded and valid. */
@Readiness
@ApplicationScoped
public class CatalogueReadiness implements HealthCheck {

    private final Advisor advisor;

    public CatalogueReadiness(Advisor advisor) {
        this.advisor = advisor;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("catalogue");
        if (!advisor.isReady()) {
            return response.down().build();
        }
        return response.up()
                .withData("version", advisor.catalogue().version())
                .withData("activities", advisor.catalogue().size())
                .build();
    }
}
