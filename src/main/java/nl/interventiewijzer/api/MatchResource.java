package nl.interventiewijzer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.interventiewijzer.api.problem.FieldError;
import nl.interventiewijzer.api.problem.InvalidRequestException;
import nl.interventiewijzer.matching.Match;
import nl.interventiewijzer.matching.MatchQuery;
import nl.interventiewijzer.matching.MatchResult;
import nl.interventiewijzer.matching.Person;
import nl.interventiewijzer.observability.DomainMetrics;
import nl.interventiewijzer.profile.Classification;
import nl.interventiewijzer.profile.Note;
import nl.interventiewijzer.profile.Profile;

@Path("/api/v1/matches")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    private static final List<String> PROFILE_OR_DIMENSIONS = List.of("profile", "dimensions");

    private final Advisor advisor;

    public MatchResource(Advisor advisor) {
        this.advisor = advisor;
    }

    @POST
    public MatchResponse match(@NotNull @Valid MatchRequest request) {
        requireExactlyOneProfileSource(request);
        Profile profile;
        List<Note> notes;
        MatchResponse.ProfileSource source;
        if (request.profile() != null) {
            profile = request.profile();
            notes = List.of();
            source = MatchResponse.ProfileSource.PROFILE;
        } else {
            Classification classification = advisor.classifier().classify(request.dimensions().toDimensions());
            profile = classification.profile();
            notes = classification.notes();
            source = MatchResponse.ProfileSource.DIMENSIONS;
        }
        Person person = request.person() == null ? Person.UNKNOWN : request.person().toPerson();
        int limit = request.limit() == null ? MatchQuery.DEFAULT_LIMIT : request.limit();
        MatchQuery query = new MatchQuery(profile, request.dimensions() == null ? null : request.dimensions().duration(),
                person, limit);
        MatchResult result = advisor.matcher().match(query);
        advisor.metrics().matched(profile);
        advisor.metrics().classified(profile, source == MatchResponse.ProfileSource.PROFILE
                ? DomainMetrics.Source.PROFILE : DomainMetrics.Source.DIMENSIONS);
        return new MatchResponse(ProfileView.of(advisor.profiles().describe(profile)), source, notes,
                advisor.catalogue().version(), result.eligible(),
                result.matches().stream().map(MatchResource::view).toList());
    }

    private static void requireExactlyOneProfileSource(MatchRequest request) {
        boolean hasProfile = request.profile() != null;
        boolean hasDimensions = request.dimensions() != null;
        if (hasProfile == hasDimensions) {
            String message = hasProfile ? "give either profile or dimensions, not both"
                    : "give a profile code or the dimensions to classify";
            throw new InvalidRequestException("Exactly one of profile or dimensions is required: " + message,
                    List.of(new FieldError("profile", message, PROFILE_OR_DIMENSIONS)));
        }
    }

    private static MatchResponse.MatchView view(Match match) {
        return new MatchResponse.MatchView(match.rank(), match.score(),
                new MatchResponse.Fit(match.fit().level(), match.fit().points()), match.activity(), match.reasons(),
                match.checks());
    }
}
