package nl.interventiewijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.interventiewijzer.profile.Profile;
import nl.interventiewijzer.profile.ProfileDirectory;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileJsonTest {

    @Inject
    ProfileJson views;

    @Inject
    ProfileDirectory profiles;

    @Test
    void everyProfileIsAnsweredWithTheViewMadeAtStartUp() {
        for (Profile profile : Profile.values()) {
            ProfileView first = views.view(profiles.describe(profile));

            assertThat(views.view(profiles.describe(profile))).isSameAs(first);
            assertThat(first.code()).isEqualTo(profile);
        }
    }
}
