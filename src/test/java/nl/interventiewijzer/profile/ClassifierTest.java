package nl.interventiewijzer.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassifierTest {

    private final Classifier classifier = new Classifier();

    /** Bijlage 1: the two-way duration of the table, crossed with coping and orientation; both four-way durations per half. */
    @ParameterizedTest(name = "{0} + {1} + oriented={2} -> {3}")
    @CsvSource({
            "SITUATIONAL, ACTIVE, true, ACTIEVEN",
            "THREATENED, ACTIVE, true, ACTIEVEN",
            "SITUATIONAL, ACTIVE, false, GEBORGENEN",
            "THREATENED, ACTIVE, false, GEBORGENEN",
            "SITUATIONAL, PASSIVE, true, ACHTERBLIJVERS",
            "THREATENED, PASSIVE, true, ACHTERBLIJVERS",
            "SITUATIONAL, PASSIVE, false, AFHANKELIJKEN",
            "THREATENED, PASSIVE, false, AFHANKELIJKEN",
            "STRUCTURAL, ACTIVE, true, COMPENSEERDERS",
            "STRUCTURAL_COMPLEX, ACTIVE, true, COMPENSEERDERS",
            "STRUCTURAL, ACTIVE, false, BUITENSTAANDERS",
            "STRUCTURAL_COMPLEX, ACTIVE, false, BUITENSTAANDERS",
            "STRUCTURAL, PASSIVE, true, HOOPVOLLEN",
            "STRUCTURAL_COMPLEX, PASSIVE, true, HOOPVOLLEN",
            "STRUCTURAL, PASSIVE, false, OVERLEVERS",
            "STRUCTURAL_COMPLEX, PASSIVE, false, OVERLEVERS"
    })
    void classifiesFollowingTheBijlageOneTable(Duration duration, Coping coping, boolean oriented, Profile expected) {
        assertThat(classifier.classify(new Dimensions(duration, coping, oriented)).profile()).isEqualTo(expected);
    }

    @Test
    void aThreatenedPersonGetsThePreventionNote() {
        Classification classification = classifier.classify(new Dimensions(Duration.THREATENED, Coping.ACTIVE, true));

        assertThat(classification.notes()).extracting(Note::code).containsExactly("PREVENTION_FOCUS");
    }

    @Test
    void aStructurallyComplexPersonGetsTheProfessionalCareNote() {
        Classification classification = classifier.classify(new Dimensions(Duration.STRUCTURAL_COMPLEX, Coping.PASSIVE, false));

        assertThat(classification.notes()).extracting(Note::code).containsExactly("PROFESSIONAL_CARE");
    }

    @Test
    void plainSituationalAndStructuralDurationsAddNoNote() {
        Set<String> codes = Arrays.stream(new Duration[] {Duration.SITUATIONAL, Duration.STRUCTURAL})
                .flatMap(duration -> classifier.classify(new Dimensions(duration, Coping.ACTIVE, true)).notes().stream())
                .map(Note::code)
                .collect(Collectors.toSet());

        assertThat(codes).isEmpty();
    }

    @Test
    void eachProfileReportsTheCellItCameFrom() {
        for (Profile profile : Profile.values()) {
            Dimensions cell = new Dimensions(profile.tableDuration(), profile.coping(), profile.isParticipationOriented());
            assertThat(Profile.of(cell)).isEqualTo(profile);
        }
    }
}
