package nl.interventiewijzer.api;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.interventiewijzer.intake.Determination;
import nl.interventiewijzer.intake.ProfileDetermination;
import nl.interventiewijzer.observability.DomainMetrics;
import nl.interventiewijzer.profile.Dimensions;
import nl.interventiewijzer.profile.ProfileDirectory;

// On the event loop: it reads only immutable in-memory data, nothing blocks, so no worker-thread hop (docs/performance.md).
@NonBlocking
@Path("/api/v1/classifications")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ClassificationResource {

    private final ProfileDetermination determination;
    private final ProfileDirectory profiles;
    private final ProfileJson profileViews;
    private final DomainMetrics metrics;

    public ClassificationResource(ProfileDetermination determination, ProfileDirectory profiles, ProfileJson profileViews,
            DomainMetrics metrics) {
        this.determination = determination;
        this.profiles = profiles;
        this.profileViews = profileViews;
        this.metrics = metrics;
    }

    @POST
    public ClassificationResponse classify(ClassificationRequest request) {
        RequestLimits.check(request);
        Determination determined = determination.forClassification(Requests.profileInput(null, request.dimensions(),
                request.answers(), request.deJongGierveld()));
        metrics.classified(determined.profile(), determined.source());
        Dimensions dimensions = determined.dimensions().orElseThrow();
        return new ClassificationResponse(profileViews.view(profiles.describe(determined.profile())), determined.source(),
                new DimensionsInput(dimensions.duration(), dimensions.coping(), dimensions.participationOriented()),
                determined.notes(), determined.intake().map(DerivationView::of).orElse(null),
                determined.loneliness().map(LonelinessView::of).orElse(null));
    }
}
