package nl.interventiewijzer.api;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.interventiewijzer.profile.Profile;
import nl.interventiewijzer.profile.ProfileDirectory;

// On the event loop: it reads only immutable in-memory data, nothing blocks, so no worker-thread hop (docs/performance.md).
@NonBlocking
@Path("/api/v1/profiles")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final ProfileDirectory profiles;
    private final ProfileJson views;

    public ProfileResource(ProfileDirectory profiles, ProfileJson views) {
        this.profiles = profiles;
        this.views = views;
    }

    @GET
    public ProfileList list() {
        return new ProfileList(profiles.all().stream().map(views::view).toList());
    }

    @GET
    @Path("/{code}")
    public ProfileView get(@PathParam("code") String code) {
        Profile profile = Codes.parse("code", code, Profile.class);
        return views.view(profiles.describe(profile));
    }
}
