package nl.interventiewijzer.localoffer;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.loading.CatalogueReader;

/** The catalogue the service ships, read once: local services link to its ids. */
public final class ShippedCatalogue {

    public static final Catalogue CATALOGUE =
            new CatalogueReader(new ObjectMapper(), ShippedCatalogue.class.getClassLoader()).read("catalogue/catalogue.json");

    private ShippedCatalogue() {
    }
}
