package nl.interventiewijzer.app;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.interventiewijzer.profile.ProfileDirectory;

/** The eight profiles' descriptions, read and validated once at start-up. */
@ApplicationScoped
public class ProfileProducer {

    static final String PROFILES = "profiles/profiles.json";

    @Produces
    @Singleton
    @Startup
    ProfileDirectory profiles(ReferenceFiles files) {
        return new ProfileDirectory(files.read(PROFILES, ProfileDirectory.File.class));
    }
}
