package nl.interventiewijzer.catalogue.loading;

import java.util.List;

/** The catalogue's manifest file: its version and the activity files it is made of. */
record CatalogueManifest(String version, List<String> files) {
}
