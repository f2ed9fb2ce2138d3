package nl.interventiewijzer.localoffer;

import java.nio.file.Path;

/** The test packages under src/test/resources/local-offer-fixtures/: "valid", and broken ones that each break one thing. */
public final class LocalOfferFixtures {

    public static final Path ROOT = Path.of("src/test/resources/local-offer-fixtures");
    public static final String MUNICIPALITY = "Oostervoort";
    public static final String OTHER_MUNICIPALITY = "Westerbroek";
    public static final String VIER_HET_LEVEN_HERE = "5ae4210a-ac9a-5729-bb86-7434712af808";
    public static final String VISITING_SERVICE = "611f36a9-c58e-5492-aa0d-02a1092257aa";
    public static final String ORGANIZATION = "74744292-86f2-5fbb-9231-0a8bdddf8677";

    private LocalOfferFixtures() {
    }

    public static Path fixture(String name) {
        return ROOT.resolve(name);
    }

    public static LocalOffer valid() {
        return new LocalOfferLoader(ShippedCatalogue.CATALOGUE).load(fixture("valid"));
    }
}
