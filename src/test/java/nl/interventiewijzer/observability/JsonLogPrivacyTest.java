package nl.interventiewijzer.observability;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/** The privacy checks again with the console writing JSON lines, as k8s/configmap.yaml switches it on in a cluster. */
@QuarkusTest
@TestProfile(JsonLogPrivacyTest.JsonLogs.class)
class JsonLogPrivacyTest extends LogPrivacyTest {

    public static class JsonLogs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.console.json.enabled", "true");
        }
    }

    @Override
    boolean expectsJson() {
        return true;
    }
}
