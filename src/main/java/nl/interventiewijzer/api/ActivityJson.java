package nl.interventiewijzer.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.loading.LoadedCatalogue;

/**
 * Each catalogue entry's view, and its JSON, made once at start-up: the activities list, a single activity and every
 * proposal of a match write these bytes (about 2 KB an entry, the larger part of a match answer). See
 * {@link ReadyJson}.
 */
@Singleton
public class ActivityJson extends ReadyJson<String, ActivityView> {

    /** Made after the catalogue is loaded (its own start-up observer runs at {@link LoadedCatalogue#LOAD_ORDER}). */
    static final int BUILD_ORDER = LoadedCatalogue.LOAD_ORDER + 5;

    public ActivityJson() {
        super(ActivityView.class, ActivityView::id);
    }

    void build(@Observes @Priority(BUILD_ORDER) StartupEvent event, Catalogue catalogue, ObjectMapper mapper) {
        prepare(catalogue.activities().stream().map(ActivityView::of).toList(), mapper, "Activity");
    }

    /** The view of a catalogue entry: the one made at start-up, whose JSON is ready; a new one for anything else. */
    ActivityView view(Activity activity) {
        ActivityView ready = ready(activity.id());
        return ready != null ? ready : ActivityView.of(activity);
    }
}
