package nl.interventiewijzer.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import nl.interventiewijzer.localoffer.LocalService;

/**
 * Each local service's view, and its JSON, made the first time an answer shows the service and kept: a match for a
 * person in a municipality with a local offer carries a few local services on each proposal, and each was made again
 * from the offer's records (its schedule worded anew) and walked by reflection in every answer (docs/performance.md,
 * change 33). The offer is fixed for the life of the process, so a service's view never changes. Made on first use
 * rather than at start-up, so that a large offer does not lengthen the start.
 *
 * <p>Keeping them keeps nothing about a person: a view is made from the offer's records only. {@link #MAX_KEPT}
 * guards memory all the same (about 1 KB a service).
 */
@Singleton
public class LocalServiceJson extends ReadyJson<String, LocalServiceView> {

    /** More than the largest offers we know of (a city's sociale kaart holds some thousands); a guard, not a budget. */
    static final int MAX_KEPT = 50_000;

    private volatile ObjectMapper mapper;

    public LocalServiceJson() {
        super(LocalServiceView.class, LocalServiceView::id);
    }

    /** The service's own mapper, to write views as it writes them; views asked for before start-up are not kept. */
    void capture(@Observes StartupEvent event, ObjectMapper serviceMapper) {
        mapper = serviceMapper;
    }

    /** The view of this local service: the one kept for it, whose JSON is ready, or a new one kept if there is room. */
    LocalServiceView view(LocalService local) {
        return readyOrKept(local.service().id(), () -> LocalServiceView.of(local), mapper, MAX_KEPT);
    }
}
