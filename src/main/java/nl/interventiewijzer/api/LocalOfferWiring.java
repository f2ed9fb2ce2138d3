package nl.interventiewijzer.api;

import jakarta.enterprise.context.ApplicationScoped;
import nl.interventiewijzer.localoffer.LocalOffer;
import nl.interventiewijzer.localoffer.store.LoadedLocalOffer;
import nl.interventiewijzer.matching.FitModel;
import nl.interventiewijzer.matching.LocalServices;

/**
 * Makes the local-offer side of matching once the catalogue, the fit model and the local offer are loaded; immutable
 * afterwards, so requests share it without locking.
 */
@ApplicationScoped
public class LocalOfferWiring {

    private final FitModel fitModel;
    private final LoadedLocalOffer loaded;
    private volatile LocalServices localServices;

    public LocalOfferWiring(FitModel fitModel, LoadedLocalOffer loaded) {
        this.fitModel = fitModel;
        this.loaded = loaded;
    }

    public LocalServices localServices() {
        LocalServices current = localServices;
        if (current == null) {
            current = new LocalServices(loaded.get(), fitModel);
            localServices = current;
        }
        return current;
    }

    public LocalOffer offer() {
        return loaded.get();
    }
}
