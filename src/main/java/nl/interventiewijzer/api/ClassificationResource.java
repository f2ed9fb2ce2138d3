package nl.interventiewijzer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.interventiewijzer.profile.Dimensions;

@Path("/api/v1/classifications")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ClassificationResource {

    private final Advisor advisor;
    private final ProfileDetermination determination;

    public ClassificationResource(Advisor advisor) {
        this.advisor = advisor;
        this.determination = new ProfileDetermination(advisor);
    }

    @POST
    public ClassificationResponse classify(@NotNull @Valid ClassificationRequest request) {
        ProfileDetermination.Determined determined = determination.determine(null, request.dimensions(),
                request.answers(), request.deJongGierveld(), false);
        advisor.metrics().classified(determined.profile(), determined.source());
        Dimensions dimensions = determined.dimensions();
        return new ClassificationResponse(ProfileView.of(advisor.profiles().describe(determined.profile())),
                determined.source(),
                new DimensionsInput(dimensions.duration(), dimensions.coping(), dimensions.participationOriented()),
                determined.notes(), determined.derivation(), determined.loneliness());
    }
}
