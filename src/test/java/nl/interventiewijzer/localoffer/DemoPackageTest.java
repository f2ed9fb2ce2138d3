package nl.interventiewijzer.localoffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The invented municipality shipped under examples/local-offer must always load, or the README's demo breaks. */
class DemoPackageTest {

    @Test
    void theShippedDemoPackageLoadsWithItsLinkedAndLocalServices() {
        LocalOffer demo = new LocalOfferLoader(ShippedCatalogue.CATALOGUE).load(Path.of("examples/local-offer"));

        assertThat(demo.services()).hasSize(10);
        assertThat(demo.activeIn("Wijkerveen")).hasSize(9);
        assertThat(demo.activeIn("Wijkerveen")).filteredOn(s -> !s.link().isCatalogueActivity()).hasSize(4);
    }
}
