package nl.interventiewijzer.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import nl.interventiewijzer.app.DataVersion;
import nl.interventiewijzer.localoffer.LocalOffer;
import nl.interventiewijzer.localoffer.store.LoadedLocalOffer;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * GET answers depend only on the loaded data, so they carry an ETag of its version and may be cached; a matching
 * If-None-Match gets a 304. The data is the catalogue, profiles, fit weights and questionnaire, and the local offer
 * when one is loaded (the coverage report reads it): a new package gives a new ETag. POST answers describe a person
 * and must never be stored by any cache.
 */
public class CachingHeaders {

    static final String CACHEABLE = "public, max-age=300";
    static final String NEVER_STORE = "no-store";

    private final DataVersion version;
    private final LoadedLocalOffer localOffer;
    private final String withoutLocalOffer;

    public CachingHeaders(DataVersion version, LoadedLocalOffer localOffer) {
        this.version = version;
        this.localOffer = localOffer;
        this.withoutLocalOffer = "\"" + version.value() + "\"";
    }

    private String etag() {
        LocalOffer offer = localOffer.get();
        return offer == LocalOffer.EMPTY ? withoutLocalOffer : "\"" + version.value() + "-l" + offer.version() + "\"";
    }

    @ServerResponseFilter
    public void addCachingHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        if (!"GET".equals(request.getMethod())) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NEVER_STORE);
            return;
        }
        if (response.getStatus() != 200) {
            return;
        }
        String etag = etag();
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHEABLE);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }
}
