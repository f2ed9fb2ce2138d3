package nl.interventiewijzer.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.interventiewijzer.api.problem.FieldError;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.api.problem.InvalidRequestException;
import nl.interventiewijzer.coverage.CoverageCalculator;
import nl.interventiewijzer.coverage.CoverageReport;

/** Coverage of an offer per profile: for a loaded municipality (GET) or a posted list of catalogue activities (POST). */
@Path("/api/v1/coverage")
public class CoverageResource {

    static final String CSV = "text/csv";
    static final String SVG = "image/svg+xml";

    /** The activities of an offer to measure; {@link RequestLimits} checks it before it is read. */
    public record CoverageRequest(List<String> activities) {
    }

    private final Catalogue catalogue;
    private final LocalOfferWiring localOffer;

    public CoverageResource(Catalogue catalogue, LocalOfferWiring localOffer) {
        this.catalogue = catalogue;
        this.localOffer = localOffer;
    }

    private CoverageCalculator calculator() {
        return new CoverageCalculator(catalogue, localOffer.localServices());
    }

    private CoverageReport forMunicipality(String municipality) {
        if (municipality == null || !RequestLimits.isMunicipalityName(municipality.strip())
                || municipality.length() > RequestLimits.MAX_MUNICIPALITY) {
            throw new InvalidRequestException(new FieldError("municipality", RequestLimits.NOT_A_MUNICIPALITY));
        }
        return calculator().forMunicipality(localOffer.offer(), municipality.strip());
    }

    private CoverageReport forActivities(CoverageRequest request) {
        RequestLimits.check(request);
        try {
            return calculator().forActivities(request.activities());
        } catch (CoverageCalculator.UnknownActivityException e) {
            throw new InvalidRequestException(new FieldError("activities[" + e.index() + "]", e.getMessage()));
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CoverageView get(@QueryParam("municipality") String municipality) {
        return CoverageView.of(forMunicipality(municipality));
    }

    @GET
    @Produces(CSV)
    public String getCsv(@QueryParam("municipality") String municipality) {
        return CoverageRendering.csv(forMunicipality(municipality));
    }

    @GET
    @Produces(SVG)
    public String getSvg(@QueryParam("municipality") String municipality) {
        return CoverageRendering.svg(forMunicipality(municipality));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CoverageView post(CoverageRequest request) {
        return CoverageView.of(forActivities(request));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(CSV)
    public String postCsv(CoverageRequest request) {
        return CoverageRendering.csv(forActivities(request));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(SVG)
    public String postSvg(CoverageRequest request) {
        return CoverageRendering.svg(forActivities(request));
    }
}
