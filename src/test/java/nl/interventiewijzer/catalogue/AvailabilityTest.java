package nl.interventiewijzer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where an activity runs, and who can reach it from where they live. */
class AvailabilityTest {

    private static final Availability THE_HAGUE_AND_DEN_BOSCH = new Availability(AvailabilityScope.LOCAL, null,
            List.of("'s-Gravenhage", "'s-Hertogenbosch"), null);

    @ParameterizedTest
    @ValueSource(strings = {"'s-Gravenhage", "'S-GRAVENHAGE", "  's-gravenhage ", "Den Haag", "den bosch"})
    void aLocalActivityReachesItsMunicipalitiesByTheirCbsOrCommonNameIgnoringCaseAndSpaces(String municipality) {
        assertThat(THE_HAGUE_AND_DEN_BOSCH.reaches(municipality)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Rijswijk", "Haag"})
    void aLocalActivityDoesNotReachOtherOrUnknownMunicipalities(String municipality) {
        assertThat(THE_HAGUE_AND_DEN_BOSCH.reaches(municipality)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Vlieland"})
    void aNationalActivityReachesEveryone(String municipality) {
        assertThat(Availability.NATIONAL.reaches(municipality)).isTrue();
    }
}
