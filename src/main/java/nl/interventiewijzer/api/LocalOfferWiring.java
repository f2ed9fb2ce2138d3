package nl.interventiewijzer.api;

import jakarta.enterprise.context.ApplicationScoped;
import nl.interventiewijzer.localoffer.LocalOffer;
import nl.interventiewijzer.localoffer.store.LoadedLocalOffer;
import nl.interventiewijzer.matching.LocalServices;

/**
 * Makes the local-offer side of matching once the catalogue, the fit model and the local offer are loaded; immutable
 * afterwards, so requests share it without locking.
 */
@ApplicationScoped
public class LocalOfferWiring {

    private final Advisor advisor;
    private final LoadedLocalOffer loaded;
    private volatile LocalServices localServices;

    public LocalOfferWiring(Advisor advisor, LoadedLocalOffer loaded) {
        this.advisor = advisor;
        this.loaded = loaded;
    }

    public LocalServices localServices() {
        LocalServices current = localServices;
        if (current == null) {
            current = new LocalServices(loaded.get(), advisor.fitModel(), advisor.profiles());
            localServices = current;
        }
        return current;
    }

    public LocalOffer offer() {
        return loaded.get();
    }
}
