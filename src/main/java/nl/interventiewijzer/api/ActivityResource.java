package nl.interventiewijzer.api;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import nl.interventiewijzer.api.problem.ResourceGoneException;
import nl.interventiewijzer.api.problem.ResourceNotFoundException;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.AvailabilityScope;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Evidence;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.RetirementStatus;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.matching.ActivityFilter;
import nl.interventiewijzer.matching.FitModel;
import nl.interventiewijzer.profile.Profile;

// On the event loop: it reads only immutable in-memory data, nothing blocks, so no worker-thread hop (docs/performance.md).
@NonBlocking
@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {

    static final int DEFAULT_PAGE = 100;
    static final int MAX_PAGE = 200;
    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_MUNICIPALITY_LENGTH = 100;

    private final Catalogue catalogue;
    private final FitModel fitModel;
    private final ActivityJson json;

    public ActivityResource(Catalogue catalogue, FitModel fitModel, ActivityJson json) {
        this.catalogue = catalogue;
        this.fitModel = fitModel;
        this.json = json;
    }

    @GET
    public ActivityList list(
            @QueryParam("kind") List<String> kinds,
            @QueryParam("evidence") List<String> evidence,
            @QueryParam("profile") String profile,
            @QueryParam("theme") List<String> themes,
            @QueryParam("circumstance") List<String> circumstances,
            @QueryParam("q") String text,
            @QueryParam("availability") List<String> scopes,
            @QueryParam("municipality") String municipality,
            @QueryParam("offset") String offsetParam,
            @QueryParam("limit") String limitParam) {
        int offset = Codes.integer("offset", offsetParam, 0, 0, Integer.MAX_VALUE);
        int limit = Codes.integer("limit", limitParam, DEFAULT_PAGE, 1, MAX_PAGE);
        ActivityFilter filter = new ActivityFilter(
                Codes.parseAll("kind", kinds, Kind.class),
                Codes.parseAll("evidence", evidence, Evidence.class),
                profile == null || profile.isEmpty() ? null : Codes.parse("profile", profile, Profile.class),
                Codes.parseAll("theme", themes, Theme.class),
                Codes.parseAll("circumstance", circumstances, Circumstance.class),
                Codes.text("q", text, MAX_QUERY_LENGTH),
                Codes.parseAll("availability", scopes, AvailabilityScope.class),
                Codes.text("municipality", municipality, MAX_MUNICIPALITY_LENGTH));
        List<Activity> found = filter.apply(catalogue, fitModel);
        List<ActivityView> page = new ArrayList<>(Math.min(limit, Math.max(0, found.size() - offset)));
        for (int i = offset; i < found.size() && page.size() < limit; i++) {
            page.add(json.view(found.get(i)));
        }
        return new ActivityList(catalogue.version(), found.size(), offset, limit, page);
    }

    @GET
    @Path("/{id}")
    public ActivityView get(@PathParam("id") String id) {
        return catalogue.find(id).map(json::view).orElseThrow(() -> catalogue.findRetired(id)
                .<RuntimeException>map(retired -> new ResourceGoneException("Activity '" + retired.id() + "' was "
                        + (retired.status() == RetirementStatus.MERGED ? "merged into '" + retired.replacedBy() + "'"
                                : "removed") + " in catalogue " + retired.since(), retired.replacedBy(), retired.reason()))
                .orElseGet(() -> new ResourceNotFoundException("No activity with id '" + Codes.shorten(id)
                        + "' in catalogue " + catalogue.version())));
    }
}
