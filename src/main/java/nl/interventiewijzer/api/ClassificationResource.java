package nl.interventiewijzer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.interventiewijzer.observability.DomainMetrics;
import nl.interventiewijzer.profile.Classification;

@Path("/api/v1/classifications")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ClassificationResource {

    private final Advisor advisor;

    public ClassificationResource(Advisor advisor) {
        this.advisor = advisor;
    }

    @POST
    public ClassificationResponse classify(@NotNull @Valid ClassificationRequest request) {
        Classification classification = advisor.classifier().classify(request.dimensions().toDimensions());
        advisor.metrics().classified(classification.profile(), DomainMetrics.Source.DIMENSIONS);
        return new ClassificationResponse(ProfileView.of(advisor.profiles().describe(classification.profile())),
                request.dimensions(), classification.notes());
    }
}
