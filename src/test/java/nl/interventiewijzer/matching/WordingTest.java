package nl.interventiewijzer.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The one place of the matcher's Dutch sentences: complete, and never naming a profile. */
class WordingTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Trait.class)
    void everyTraitHasAPhraseForTheFitSentence(Trait trait) {
        assertThat(Wording.phrase(trait)).isNotBlank();
    }

    @Test
    void openAccessIsWordedSoItHoldsForAnOnlinePlatformToo() {
        assertThat(Wording.phrase(Trait.OPEN_ACCESS)).doesNotContain("binnenlopen");
    }

    @Test
    void partsAreJoinedTheDutchWay() {
        assertThat(Wording.join(List.of())).isEmpty();
        assertThat(Wording.join(List.of("a"))).isEqualTo("a");
        assertThat(Wording.join(List.of("a", "b"))).isEqualTo("a en b");
        assertThat(Wording.join(List.of("a", "b", "c"))).isEqualTo("a, b en c");
    }

    @Test
    void aFitSentenceNamesItsTraitsAndTheLevelInItsCode() {
        assertThat(Wording.fit(FitLevel.GOOD, List.of(Trait.MEETING, Trait.SHARED_ACTIVITY)))
                .isEqualTo(new nl.interventiewijzer.profile.Note("PROFILE_FIT_GOOD",
                        "Dit sluit aan bij wat de persoon kan helpen: ontmoeting met anderen en samen iets ondernemen."));
    }

    @Test
    void aWeakFitSentenceNamesWhatSpeaksAgainstIt() {
        assertThat(Wording.weakFit(List.of(Trait.KIND_COURSE)).text()).isEqualTo("Sluit minder aan bij wat de persoon"
                + " meestal helpt (een cursus of gespreksgroep); voorgesteld om de andere redenen.");
        assertThat(Wording.weakFit(List.of()).text())
                .isEqualTo("Sluit minder aan bij wat de persoon meestal helpt; voorgesteld om de andere redenen.");
    }
}
