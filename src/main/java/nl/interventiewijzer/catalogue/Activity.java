package nl.interventiewijzer.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * One catalogue entry as the domain sees it: plain values, non-null lists, and "not stated" as explicit codes
 * ({@link Transport#NOT_STATED}, {@link Provider#NOT_STATED}, {@link Setting#NOT_STATED}). Immutable. The file format
 * lives in {@code catalogue.loading}, the API's view in {@code api}; this type is neither.
 */
public record Activity(
        String id,
        String name,
        Kind kind,
        Evidence evidence,
        EvidenceSummary evidenceSummary,
        String description,
        String targetGroup,
        DesignedFor designedFor,
        Eligibility eligibility,
        Delivery delivery,
        List<Provider> deliveredBy,
        List<Approach> approaches,
        GroupSize groupSize,
        Threshold threshold,
        boolean familiarSetting,
        boolean anonymous,
        boolean longTerm,
        String intensity,
        String duration,
        List<Theme> themes,
        String organisation,
        Availability availability,
        Access access,
        SourceRef source,
        List<SourceRef> otherSources) {

    public Activity {
        deliveredBy = List.copyOf(Objects.requireNonNull(deliveredBy, "deliveredBy"));
        approaches = List.copyOf(Objects.requireNonNull(approaches, "approaches"));
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
        otherSources = List.copyOf(Objects.requireNonNull(otherSources, "otherSources"));
    }

    /** The activity was made for people in this circumstance (its purpose, never merely a precondition). */
    public boolean isDesignedFor(Circumstance circumstance) {
        return designedFor.circumstances().contains(circumstance);
    }

    /** A professional delivers it, as the sources state; a not-stated provider never counts. */
    public boolean isDeliveredByProfessional() {
        return deliveredBy.contains(Provider.PROFESSIONAL);
    }
}
