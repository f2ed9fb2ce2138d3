package nl.interventiewijzer.health;

import jakarta.enterprise.context.ApplicationScoped;
import nl.interventiewijzer.localoffer.store.LoadedLocalOffer;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when no local offer is configured, or the configured one loaded; DOWN with the problems by file and row. */
@Readiness
@ApplicationScoped
public class LocalOfferReadiness implements HealthCheck {

    private final LoadedLocalOffer offer;

    public LocalOfferReadiness(LoadedLocalOffer offer) {
        this.offer = offer;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("local-offer")
                .withData("configured", offer.isConfigured());
        if (offer.failure().isPresent()) {
            return response.down().withData("error", offer.failure().get()).build();
        }
        if (!offer.isReady()) {
            return response.down().build();
        }
        return response.up()
                .withData("version", offer.get().version())
                .withData("services", offer.get().services().size())
                .build();
    }
}
