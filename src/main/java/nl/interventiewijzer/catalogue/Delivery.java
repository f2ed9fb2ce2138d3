package nl.interventiewijzer.catalogue;

import java.util.List;
import java.util.Objects;

/** Where an activity takes place and whether the person is collected; either may be not stated. */
public record Delivery(List<Setting> settings, Transport transport) {

    public Delivery {
        settings = List.copyOf(Objects.requireNonNull(settings, "settings"));
    }

    public boolean has(Setting setting) {
        return settings.contains(setting);
    }

    /** The sources do not say where it takes place. */
    public boolean settingsNotStated() {
        return settings.contains(Setting.NOT_STATED);
    }
}
