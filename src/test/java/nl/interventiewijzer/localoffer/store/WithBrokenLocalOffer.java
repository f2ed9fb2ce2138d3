package nl.interventiewijzer.localoffer.store;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Runs the service with a package whose service names an organisation that does not exist. */
public class WithBrokenLocalOffer implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("interventiewijzer.local-offer.path", "src/test/resources/local-offer-fixtures/broken-reference");
    }
}
