package nl.interventiewijzer.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import nl.interventiewijzer.profile.Profile;
import nl.interventiewijzer.profile.ProfileDescription;
import nl.interventiewijzer.profile.ProfileDirectory;

/**
 * The eight profiles' views, and their JSON, made once at start-up. Every classification and match answer carries
 * one (about 1 KB of text); written by Jackson it was most of the 7% of a full match's samples that string encoding
 * still took outside the proposals (docs/performance.md, change 19). See {@link ReadyJson}. The profile directory
 * comes with the start-up event, not by injection: the mapper that reads the directory's file is customised by this
 * bean.
 */
@Singleton
public class ProfileJson extends ReadyJson<Profile, ProfileView> {

    public ProfileJson() {
        super(ProfileView.class, ProfileView::code);
    }

    void build(@Observes StartupEvent event, ProfileDirectory profiles, ObjectMapper mapper) {
        prepare(profiles.all().stream().map(ProfileView::of).toList(), mapper, "Profile");
    }

    /** The profile's view: the one made at start-up, whose JSON is ready; a new one before that. */
    ProfileView view(ProfileDescription description) {
        ProfileView ready = ready(description.code());
        return ready != null ? ready : ProfileView.of(description);
    }
}
