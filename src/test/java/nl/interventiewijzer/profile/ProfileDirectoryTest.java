package nl.interventiewijzer.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.interventiewijzer.support.ResourceJson;
import org.junit.jupiter.api.Test;

class ProfileDirectoryTest {

    private static final ProfileDirectory.File SHIPPED =
            new ResourceJson(new ObjectMapper()).read("profiles/profiles.json", ProfileDirectory.File.class);

    private static ProfileDescription described(Profile code) {
        return new ProfileDescription(code, new LocalizedText("naam " + code, "name " + code),
                new LocalizedText("strategie", "strategy"), new LocalizedText("richting", "direction"), "Machielse 2011");
    }

    private static List<ProfileDescription> allEight() {
        return new ArrayList<>(Arrays.stream(Profile.values()).map(ProfileDirectoryTest::described).toList());
    }

    @Test
    void theShippedFileDescribesEveryProfileAndCarriesItsVersion() {
        ProfileDirectory directory = new ProfileDirectory(SHIPPED);

        assertThat(directory.version()).isEqualTo(SHIPPED.version()).isNotBlank();
        assertThat(directory.all()).extracting(ProfileDescription::code).containsExactly(Profile.values());
        assertThat(directory.describe(Profile.HOOPVOLLEN).name().nl()).isEqualTo("Hoopvollen");
    }

    @Test
    void descriptionsComeInTheOrderOfTheTableWhateverTheOrderGiven() {
        List<ProfileDescription> reversed = allEight();
        java.util.Collections.reverse(reversed);

        assertThat(new ProfileDirectory(reversed).all()).extracting(ProfileDescription::code)
                .containsExactly(Profile.values());
    }

    @Test
    void eachProfileIsDescribedByItsOwnDescription() {
        ProfileDirectory directory = new ProfileDirectory(allEight());

        for (Profile profile : Profile.values()) {
            assertThat(directory.describe(profile)).isEqualTo(described(profile));
        }
    }

    @Test
    void descriptionsBuiltInCodeAreUnversioned() {
        assertThat(new ProfileDirectory(allEight()).version()).isEqualTo(ProfileDirectory.UNVERSIONED);
    }

    @Test
    void aFileWithoutAVersionIsRejected() {
        assertThatThrownBy(() -> new ProfileDirectory(new ProfileDirectory.File(" ", allEight())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no version");
    }

    @Test
    void aMissingProfileIsRejectedByName() {
        List<ProfileDescription> seven = allEight();
        seven.remove(3);

        assertThatThrownBy(() -> new ProfileDirectory(seven))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Profile " + Profile.values()[3] + " has no description");
    }

    @Test
    void aProfileDescribedTwiceIsRejected() {
        List<ProfileDescription> nine = allEight();
        nine.add(described(Profile.ACTIEVEN));

        assertThatThrownBy(() -> new ProfileDirectory(nine))
                .isInstanceOf(IllegalStateException.class).hasMessage("Profile ACTIEVEN is described twice");
    }

    @Test
    void aDescriptionWithoutACodeIsRejected() {
        List<ProfileDescription> withoutCode = allEight();
        withoutCode.add(new ProfileDescription(null, new LocalizedText("a", "b"), new LocalizedText("a", "b"),
                new LocalizedText("a", "b"), "source"));

        assertThatThrownBy(() -> new ProfileDirectory(withoutCode)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyTextNeedsBothADutchAndAnEnglishVersion() {
        LocalizedText ok = new LocalizedText("nl", "en");
        for (LocalizedText bad : Arrays.asList(null, new LocalizedText(" ", "en"), new LocalizedText("nl", ""),
                new LocalizedText(null, "en"), new LocalizedText("nl", null))) {
            for (int slot = 0; slot < 3; slot++) {
                List<ProfileDescription> profiles = allEight();
                profiles.set(0, new ProfileDescription(Profile.ACTIEVEN, slot == 0 ? bad : ok, slot == 1 ? bad : ok,
                        slot == 2 ? bad : ok, "source"));

                assertThatThrownBy(() -> new ProfileDirectory(profiles))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage("Profile ACTIEVEN lacks a Dutch or English text");
            }
        }
    }

    @Test
    void everyDescriptionNamesItsSource() {
        for (String source : Arrays.asList(null, "", "  ")) {
            List<ProfileDescription> profiles = allEight();
            LocalizedText text = new LocalizedText("nl", "en");
            profiles.set(0, new ProfileDescription(Profile.ACTIEVEN, text, text, text, source));

            assertThatThrownBy(() -> new ProfileDirectory(profiles))
                    .isInstanceOf(IllegalStateException.class).hasMessage("Profile ACTIEVEN lacks its source");
        }
    }
}
