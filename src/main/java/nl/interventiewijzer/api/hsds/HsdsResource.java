package nl.interventiewijzer.api.hsds;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.interventiewijzer.api.Codes;
import nl.interventiewijzer.api.problem.FieldError;
import nl.interventiewijzer.api.problem.InvalidRequestException;
import nl.interventiewijzer.api.problem.ResourceNotFoundException;
import nl.interventiewijzer.localoffer.HsdsRecords;
import nl.interventiewijzer.localoffer.HsdsTable;
import nl.interventiewijzer.localoffer.LocalOffer;
import nl.interventiewijzer.localoffer.LocalService;
import nl.interventiewijzer.localoffer.Taxonomy;
import nl.interventiewijzer.localoffer.store.DirectoryPage;
import nl.interventiewijzer.localoffer.store.LoadedLocalOffer;
import nl.interventiewijzer.localoffer.store.LocalOfferStore;
import nl.interventiewijzer.localoffer.store.ServiceQuery;

/**
 * The HSDS 3.0 read API over the loaded local offer (schema/openapi.json of openreferral/specification, branch 3.0):
 * the directory queries run on the embedded database, each listed id is nested from the in-memory offer.
 */
@Path("/hsds")
@Produces(MediaType.APPLICATION_JSON)
public class HsdsResource {

    static final String HSDS_VERSION = "3.0";
    /** Our profile, described in docs/local-offer.md; a URN, since the service cannot know where its docs are hosted. */
    static final String PROFILE = "urn:interventiewijzer:hsds-profile:1";
    private static final int MAX_SEARCH = 200;

    private final LoadedLocalOffer loaded;
    private final LocalOfferStore store;

    public HsdsResource(LoadedLocalOffer loaded, LocalOfferStore store) {
        this.loaded = loaded;
        this.store = store;
    }

    @GET
    @Path("/")
    public HsdsViews.Info info() {
        return new HsdsViews.Info(HSDS_VERSION, PROFILE,
                "/q/openapi", "A municipality's local offer against loneliness, in Open Referral HSDS 3.0, as loaded by"
                + " Interventiewijzer. Services link to the national catalogue through our taxonomies.",
                Arrays.stream(Taxonomy.values()).map(Taxonomy::hsdsName).toList(), loaded.get().version());
    }

    @GET
    @Path("/services")
    public HsdsViews.Page<HsdsViews.Service> services(@QueryParam("page") @DefaultValue("1") String page,
            @QueryParam("per_page") @DefaultValue("50") String perPage, @QueryParam("search") String search,
            @QueryParam("taxonomy_term_id") String taxonomyTermId, @QueryParam("organization_id") String organizationId,
            @QueryParam("municipality") String municipality) {
        ServiceQuery query = new ServiceQuery(search(search), uuid("taxonomy_term_id", taxonomyTermId),
                uuid("organization_id", organizationId), text("municipality", municipality), number("page", page),
                number("per_page", perPage));
        LocalOffer offer = loaded.get();
        return HsdsViews.Page.of(store.services(query), id -> HsdsViews.Service.of(offer.service(id).orElseThrow(), offer));
    }

    @GET
    @Path("/services/{id}")
    public HsdsViews.Service service(@PathParam("id") String id) {
        LocalOffer offer = loaded.get();
        return offer.service(normalised(id)).map(service -> HsdsViews.Service.of(service, offer))
                .orElseThrow(() -> notFound("service", id));
    }

    @GET
    @Path("/organizations")
    public HsdsViews.Page<HsdsViews.Organization> organizations(@QueryParam("page") @DefaultValue("1") String page,
            @QueryParam("per_page") @DefaultValue("50") String perPage, @QueryParam("search") String search) {
        DirectoryPage found = store.organizations(search(search), number("page", page), number("per_page", perPage));
        return HsdsViews.Page.of(found, id -> organization(id).map(HsdsViews.Organization::of).orElseThrow());
    }

    @GET
    @Path("/organizations/{id}")
    public HsdsViews.Organization organizationById(@PathParam("id") String id) {
        return organization(normalised(id)).map(HsdsViews.Organization::of).orElseThrow(() -> notFound("organization", id));
    }

    @GET
    @Path("/service_at_locations")
    public HsdsViews.Page<HsdsViews.ServiceAtLocationDetail> serviceAtLocations(
            @QueryParam("page") @DefaultValue("1") String page, @QueryParam("per_page") @DefaultValue("50") String perPage,
            @QueryParam("search") String search) {
        DirectoryPage found = store.serviceAtLocations(search(search), number("page", page), number("per_page", perPage));
        return HsdsViews.Page.of(found, id -> serviceAtLocation(id).orElseThrow());
    }

    @GET
    @Path("/service_at_locations/{id}")
    public HsdsViews.ServiceAtLocationDetail serviceAtLocationById(@PathParam("id") String id) {
        return serviceAtLocation(normalised(id)).orElseThrow(() -> notFound("service_at_location", id));
    }

    @GET
    @Path("/taxonomy_terms")
    public HsdsViews.Page<HsdsViews.TaxonomyTerm> taxonomyTerms(@QueryParam("page") @DefaultValue("1") String page,
            @QueryParam("per_page") @DefaultValue("50") String perPage, @QueryParam("search") String search,
            @QueryParam("taxonomy") String taxonomy) {
        DirectoryPage found = store.taxonomyTerms(search(search), text("taxonomy", taxonomy), number("page", page),
                number("per_page", perPage));
        LocalOffer offer = loaded.get();
        return HsdsViews.Page.of(found, id -> offer.term(id).map(HsdsViews.TaxonomyTerm::of).orElseThrow());
    }

    private Optional<HsdsRecords.Organization> organization(String id) {
        return loaded.get().organizations().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    private Optional<HsdsViews.ServiceAtLocationDetail> serviceAtLocation(String id) {
        for (LocalService service : loaded.get().services()) {
            for (LocalService.Place place : service.places()) {
                if (place.serviceAtLocation().id().equals(id)) {
                    return Optional.of(HsdsViews.ServiceAtLocationDetail.of(place, service));
                }
            }
        }
        return Optional.empty();
    }

    private static String normalised(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    private static ResourceNotFoundException notFound(String what, String id) {
        String shown = id.length() > 40 ? id.substring(0, 40) + "..." : id;
        return new ResourceNotFoundException("No " + what + " with id '" + shown + "'");
    }

    private static int number(String parameter, String value) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number < 1 || (parameter.equals("per_page") && number > LocalOfferStore.MAX_PER_PAGE)) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            String range = parameter.equals("per_page") ? "a whole number from 1 to " + LocalOfferStore.MAX_PER_PAGE
                    : "a whole number from 1";
            throw new InvalidRequestException(new FieldError(parameter, "must be " + range));
        }
    }

    private static String uuid(String parameter, String value) {
        if (value == null) {
            return null;
        }
        if (!HsdsTable.isUuid(value)) {
            throw new InvalidRequestException(new FieldError(parameter, "must be a UUID"));
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static String search(String value) {
        return text("search", value);
    }

    /** A blank text asks for nothing; any other is at most {@link #MAX_SEARCH} characters. */
    private static String text(String parameter, String value) {
        return value == null || value.isBlank() ? null : Codes.text(parameter, value, MAX_SEARCH);
    }
}
