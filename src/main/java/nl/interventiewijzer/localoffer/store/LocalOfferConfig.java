package nl.interventiewijzer.localoffer.store;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

@ConfigMapping(prefix = "interventiewijzer.local-offer")
public interface LocalOfferConfig {

    /**
     * Directory of a municipality's HSDS 3.0 tabular package (environment INTERVENTIEWIJZER_LOCAL_OFFER_PATH). Without
     * it the service runs on the national catalogue alone.
     */
    Optional<Path> path();
}
