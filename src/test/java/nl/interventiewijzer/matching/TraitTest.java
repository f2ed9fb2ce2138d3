package nl.interventiewijzer.matching;

import static nl.interventiewijzer.matching.TestActivities.activity;
import static org.assertj.core.api.Assertions.assertThat;

import nl.interventiewijzer.catalogue.Approach;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Provider;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.Threshold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every trait is derived from what a catalogue entry says, so a fit can be traced back to the entry. */
class TraitTest {

    @Test
    void theDefaultTestActivityHasOnlyItsKindApproachProviderAndGroupSizeTraits() {
        assertThat(Trait.of(activity("standaard").build()))
                .containsExactlyInAnyOrder(Trait.KIND_GROUP, Trait.MEETING, Trait.BY_VOLUNTEER, Trait.LARGE_GROUP);
    }

    @Test
    void anActivityAtThePersonsHomeIsAtHome() {
        assertThat(Trait.of(activity("thuis").at(Setting.HOME, Setting.NEIGHBOURHOOD).build())).contains(Trait.AT_HOME);
    }

    @Test
    void anActivityInTheNeighbourhoodIsNotAtHome() {
        assertThat(Trait.of(activity("buurt").at(Setting.NEIGHBOURHOOD).build())).doesNotContain(Trait.AT_HOME);
    }

    @Test
    void anActivityThatCollectsThePersonHasTransportIncluded() {
        assertThat(Trait.of(activity("ophalen").at(Setting.AWAY).withTransport().build()))
                .contains(Trait.TRANSPORT_INCLUDED);
    }

    @Test
    void aLowThresholdActivityIsLowThreshold() {
        assertThat(Trait.of(activity("laag").threshold(Threshold.LOW).build()))
                .contains(Trait.LOW_THRESHOLD).doesNotContain(Trait.HIGH_THRESHOLD);
    }

    @Test
    void aHighThresholdActivityIsHighThreshold() {
        assertThat(Trait.of(activity("hoog").threshold(Threshold.HIGH).build()))
                .contains(Trait.HIGH_THRESHOLD).doesNotContain(Trait.LOW_THRESHOLD);
    }

    @Test
    void anActivityDeliveredByAProfessionalIsByProfessional() {
        assertThat(Trait.of(activity("professional").deliveredBy(Provider.PROFESSIONAL, Provider.VOLUNTEER).build()))
                .contains(Trait.BY_PROFESSIONAL, Trait.BY_VOLUNTEER);
    }

    @Test
    void settingsOtherThanTheNeighbourhoodAndAwayEachGiveATrait() {
        assertThat(Trait.of(activity("overal").at(Setting.PHONE, Setting.ONLINE, Setting.CARE_FACILITY).build()))
                .contains(Trait.BY_PHONE, Trait.ONLINE, Trait.IN_CARE_FACILITY);
    }

    @Test
    void familiarAnonymousAndLongTermEntriesGiveTheirTraits() {
        assertThat(Trait.of(activity("vertrouwd").familiarSetting().anonymous().longTerm().build()))
                .contains(Trait.FAMILIAR_SETTING, Trait.ANONYMOUS, Trait.LONG_TERM);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Approach.class)
    void everyApproachGivesTheTraitOfTheSameName(Approach approach) {
        assertThat(Trait.of(activity("aanpak").approaches(approach).build())).contains(Trait.valueOf(approach.name()));
    }

    @Test
    void aCommunityApproachHasNoKindTrait() {
        assertThat(Trait.of(activity("wijk").kind(Kind.COMMUNITY).build()))
                .doesNotContain(Trait.KIND_GROUP, Trait.KIND_ONE_ON_ONE, Trait.KIND_COURSE);
    }

    @Test
    void onlyTheThreeKindTraitsAreKinds() {
        assertThat(java.util.Arrays.stream(Trait.values()).filter(Trait::isKind))
                .containsExactlyInAnyOrder(Trait.KIND_GROUP, Trait.KIND_ONE_ON_ONE, Trait.KIND_COURSE);
    }

    @Test
    void aTraitReadsAsADutchPhrase() {
        assertThat(Trait.IN_CARE_FACILITY.phrase()).isEqualTo("in de zorginstelling");
        assertThat(Trait.TRANSPORT_INCLUDED.phrase()).isEqualTo("met ophalen en thuisbrengen");
    }

    @Test
    void aPurposeIncludesTheAgesAtBothEndsOfItsBand() {
        Purpose band = new Purpose(java.util.List.of(), 75, 85);

        assertThat(band.includesAge(75)).isTrue();
        assertThat(band.includesAge(85)).isTrue();
        assertThat(band.includesAge(74)).isFalse();
        assertThat(band.includesAge(86)).isFalse();
    }
}
