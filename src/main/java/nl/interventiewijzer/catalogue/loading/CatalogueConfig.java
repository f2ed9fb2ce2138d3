package nl.interventiewijzer.catalogue.loading;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "interventiewijzer.catalogue")
public interface CatalogueConfig {

    /** Class-path location of the catalogue manifest, which names the version and the activity files. */
    @WithDefault("catalogue/catalogue.json")
    String manifest();
}
