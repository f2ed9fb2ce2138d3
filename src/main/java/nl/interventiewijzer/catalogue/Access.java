package nl.interventiewijzer.catalogue;

import java.util.List;
import java.util.Objects;

/** How a person reaches an activity, and through whom when it is not direct. */
public record Access(AccessType type, List<AccessRoute> via) {

    public static final Access DIRECT = new Access(AccessType.DIRECT, List.of());

    public Access {
        via = List.copyOf(Objects.requireNonNull(via, "via"));
    }
}
