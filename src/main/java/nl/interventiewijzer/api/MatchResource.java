package nl.interventiewijzer.api;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.intake.Determination;
import nl.interventiewijzer.intake.IntakeContext;
import nl.interventiewijzer.intake.IntakeResult;
import nl.interventiewijzer.intake.ProfileDetermination;
import nl.interventiewijzer.matching.LocalServices;
import java.util.List;
import nl.interventiewijzer.matching.LonelinessContext;
import nl.interventiewijzer.matching.Match;
import nl.interventiewijzer.matching.MatchResult;
import nl.interventiewijzer.matching.MatchQuery;
import nl.interventiewijzer.matching.Matcher;
import nl.interventiewijzer.matching.Person;
import nl.interventiewijzer.observability.DomainMetrics;
import nl.interventiewijzer.profile.ProfileDirectory;

// On the event loop: it reads only immutable in-memory data, nothing blocks, so no worker-thread hop (docs/performance.md).
@NonBlocking
@Path("/api/v1/matches")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    private final ProfileDetermination determination;
    private final Matcher matcher;
    private final ProfileDirectory profiles;
    private final Catalogue catalogue;
    private final DomainMetrics metrics;
    private final LocalOfferWiring localOffer;
    private final ActivityJson json;
    private final ProfileJson profileViews;
    private final LocalServiceJson localServiceViews;

    public MatchResource(ProfileDetermination determination, Matcher matcher, ProfileDirectory profiles,
            Catalogue catalogue, DomainMetrics metrics, LocalOfferWiring localOffer, ActivityJson json,
            ProfileJson profileViews, LocalServiceJson localServiceViews) {
        this.determination = determination;
        this.matcher = matcher;
        this.profiles = profiles;
        this.catalogue = catalogue;
        this.metrics = metrics;
        this.localOffer = localOffer;
        this.json = json;
        this.profileViews = profileViews;
        this.localServiceViews = localServiceViews;
    }

    @POST
    public MatchResponse match(MatchRequest request) {
        RequestLimits.check(request);
        Determination determined = determination.forMatching(Requests.profileInput(request.profile(),
                request.dimensions(), request.answers(), request.deJongGierveld()));
        Person person = PersonInput.toPerson(request.person(),
                determined.intake().map(IntakeResult::context).orElse(IntakeContext.NONE),
                determined.circumstancesFromIntake());
        int limit = request.limit() == null ? MatchQuery.DEFAULT_LIMIT : request.limit();
        LonelinessContext loneliness = determined.loneliness()
                .map(scale -> new LonelinessContext(scale.emotional(), scale.social()))
                .orElse(LonelinessContext.UNKNOWN);
        MatchQuery query = new MatchQuery(determined.profile(), determined.duration(), person, loneliness, limit);
        MatchResult ranked = matcher.match(query);
        LocalServices.Result result = localOffer.localServices().attach(ranked, query);
        metrics.matched(determined.profile());
        metrics.classified(determined.profile(), determined.source());
        return new MatchResponse(profileViews.view(profiles.describe(determined.profile())), determined.source(),
                determined.notes(), determined.intake().map(DerivationView::of).orElse(null),
                determined.loneliness().map(LonelinessView::of).orElse(null), catalogue.version(),
                result.eligible(), result.proposals().stream().map(this::view).toList(),
                ranked.elsewhere().stream().map(this::elsewhere).toList());
    }

    private MatchResponse.MatchView view(LocalServices.Proposal proposal) {
        return new MatchResponse.MatchView(proposal.rank(), proposal.score(),
                new MatchResponse.Fit(proposal.fit().level(), proposal.fit().points()), proposal.activity() == null ? null : json.view(proposal.activity()),
                proposal.reasons(), proposal.checks(), proposal.isLocal(),
                proposal.isLocal() ? localServiceViews.view(proposal.localService()) : null,
                proposal.localServices().stream().map(localServiceViews::view).toList());
    }

    /** An example from elsewhere: a local project of another municipality, to ask about locally; never local offer. */
    private MatchResponse.MatchView elsewhere(Match match) {
        return new MatchResponse.MatchView(match.rank(), match.score(),
                new MatchResponse.Fit(match.fit().level(), match.fit().points()), json.view(match.activity()),
                match.reasons(), match.checks(), false, null, List.of());
    }
}
