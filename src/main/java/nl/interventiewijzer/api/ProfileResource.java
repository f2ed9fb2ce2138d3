package nl.interventiewijzer.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.interventiewijzer.profile.Profile;

@Path("/api/v1/profiles")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final Advisor advisor;

    public ProfileResource(Advisor advisor) {
        this.advisor = advisor;
    }

    @GET
    public ProfileList list() {
        return new ProfileList(advisor.profiles().all().stream().map(ProfileView::of).toList());
    }

    @GET
    @Path("/{code}")
    public ProfileView get(@PathParam("code") String code) {
        Profile profile = Codes.parse("code", code, Profile.class);
        return ProfileView.of(advisor.profiles().describe(profile));
    }
}
