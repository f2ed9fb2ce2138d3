package nl.interventiewijzer.localoffer.store;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Runs the service with the valid test package (municipality Oostervoort) as its local offer. */
public class WithLocalOffer implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("interventiewijzer.local-offer.path", "src/test/resources/local-offer-fixtures/valid");
    }
}
