package nl.interventiewijzer.catalogue;

import java.util.List;

public record Delivery(List<Setting> settings, Boolean transportIncluded) {

    public Delivery {
        settings = settings == null ? null : List.copyOf(settings);
    }

    public boolean has(Setting setting) {
        return settings.contains(setting);
    }
}
