package nl.interventiewijzer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.Set;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.matching.Match;
import nl.interventiewijzer.matching.MatchQuery;
import nl.interventiewijzer.matching.MatchResult;
import nl.interventiewijzer.matching.Person;

@Path("/api/v1/matches")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    private final Advisor advisor;
    private final ProfileDetermination determination;

    public MatchResource(Advisor advisor) {
        this.advisor = advisor;
        this.determination = new ProfileDetermination(advisor);
    }

    @POST
    public MatchResponse match(@NotNull @Valid MatchRequest request) {
        ProfileDetermination.Determined determined = determination.determine(request.profile(), request.dimensions(),
                request.answers(), request.deJongGierveld(), true);
        Person person = request.person() == null ? Person.UNKNOWN : request.person().toPerson();
        if (determined.recentlyBereaved()) {
            person = withRecentBereavement(person);
        }
        int limit = request.limit() == null ? MatchQuery.DEFAULT_LIMIT : request.limit();
        MatchQuery query = new MatchQuery(determined.profile(), determined.duration(), person,
                determined.lonelinessContext(), limit);
        MatchResult result = advisor.matcher().match(query);
        advisor.metrics().matched(determined.profile());
        advisor.metrics().classified(determined.profile(), determined.source());
        return new MatchResponse(ProfileView.of(advisor.profiles().describe(determined.profile())), determined.source(),
                determined.notes(), determined.derivation(), determined.loneliness(), advisor.catalogue().version(),
                result.eligible(), result.matches().stream().map(MatchResource::view).toList(),
                result.elsewhere().stream().map(MatchResource::view).toList());
    }

    private static Person withRecentBereavement(Person person) {
        Set<Circumstance> circumstances = EnumSet.of(Circumstance.RECENTLY_WIDOWED);
        circumstances.addAll(person.circumstances());
        return new Person(person.age(), person.gender(), circumstances, person.mobility(), person.interests(),
                person.digitalSkills(), person.municipality());
    }

    private static MatchResponse.MatchView view(Match match) {
        return new MatchResponse.MatchView(match.rank(), match.score(),
                new MatchResponse.Fit(match.fit().level(), match.fit().points()), ActivityView.of(match.activity()), match.reasons(),
                match.checks());
    }
}
