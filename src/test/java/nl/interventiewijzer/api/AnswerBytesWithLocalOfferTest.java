package nl.interventiewijzer.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

@QuarkusTest
@TestProfile(AnswerBytesWithLocalOfferTest.WithDemoLocalOffer.class)
class AnswerBytesWithLocalOfferTest extends AnswerBytes {

    @Override
    void assertLocalServices(int answersWithLocalServices) {
        assertTrue(answersWithLocalServices > 0, "matches for Wijkerveen carry the demo's local services");
    }

    /** The demo package of examples/local-offer (municipality Wijkerveen) attached as the local offer. */
    public static class WithDemoLocalOffer implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("interventiewijzer.local-offer.path", "examples/local-offer");
        }
    }
}
