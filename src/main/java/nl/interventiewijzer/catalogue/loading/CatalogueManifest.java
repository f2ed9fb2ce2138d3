package nl.interventiewijzer.catalogue.loading;

import java.util.List;

/**
 * The catalogue's manifest file: its version, the activity files it is made of, and the file of retired ids (null when
 * no id was ever retired).
 */
record CatalogueManifest(String version, List<String> files, String retired) {
}
