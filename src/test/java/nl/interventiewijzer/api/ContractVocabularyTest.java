package nl.interventiewijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.interventiewijzer.catalogue.AccessRoute;
import nl.interventiewijzer.catalogue.AccessType;
import nl.interventiewijzer.catalogue.Approach;
import nl.interventiewijzer.catalogue.AvailabilityScope;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Provider;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.catalogue.Transport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue's closed vocabularies in openapi.yaml list exactly the codes the service knows. A code added to the
 * data (a new circumstance, say) must reach the contract in the same change, or clients reject our answers.
 */
class ContractVocabularyTest {

    static Stream<Arguments> vocabularies() {
        return Stream.of(
                Arguments.of("Circumstance", Circumstance.class),
                Arguments.of("Provider", Provider.class),
                Arguments.of("Setting", Setting.class),
                Arguments.of("Transport", Transport.class),
                Arguments.of("AvailabilityScope", AvailabilityScope.class),
                Arguments.of("AccessType", AccessType.class),
                Arguments.of("AccessRoute", AccessRoute.class),
                Arguments.of("Approach", Approach.class),
                Arguments.of("Theme", Theme.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vocabularies")
    void theContractListsExactlyTheCodesOfTheVocabulary(String schema, Class<? extends Enum<?>> vocabulary) throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Contract.SPECIFICATION.toFile());
        List<String> listed = new ArrayList<>();
        contract.path("components").path("schemas").path(schema).path("enum").forEach(code -> listed.add(code.asText()));

        assertThat(listed).as(schema).containsExactlyElementsOf(
                Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name).toList());
    }
}
