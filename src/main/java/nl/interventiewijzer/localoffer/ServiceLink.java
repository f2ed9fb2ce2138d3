package nl.interventiewijzer.localoffer;

import java.util.List;
import nl.interventiewijzer.catalogue.Approach;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.Theme;

/**
 * What a local service means to matching: either a local instance of a catalogue activity ({@code activityId}), or,
 * with no such link, its own kind and approaches from which its traits and fit are derived. Circumstances (link type
 * eligibility), themes and settings are optional either way; empty lists mean "not stated".
 */
public record ServiceLink(String activityId, Kind kind, List<Approach> approaches, List<Circumstance> circumstances,
        List<Theme> themes, List<Setting> settings) {

    public ServiceLink {
        approaches = List.copyOf(approaches);
        circumstances = List.copyOf(circumstances);
        themes = List.copyOf(themes);
        settings = List.copyOf(settings);
    }

    public boolean isCatalogueActivity() {
        return activityId != null;
    }
}
