package nl.interventiewijzer.localoffer;

import java.util.Arrays;
import java.util.Optional;

/** HSDS 3.0 service status, a closed list in the specification; only {@link #ACTIVE} services are ever proposed. */
public enum ServiceStatus {
    ACTIVE("active"),
    INACTIVE("inactive"),
    DEFUNCT("defunct"),
    TEMPORARILY_CLOSED("temporarily closed");

    private final String hsds;

    ServiceStatus(String hsds) {
        this.hsds = hsds;
    }

    public String hsds() {
        return hsds;
    }

    public static Optional<ServiceStatus> fromHsds(String value) {
        return Arrays.stream(values()).filter(status -> status.hsds.equals(value)).findFirst();
    }
}
