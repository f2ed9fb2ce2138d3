package nl.interventiewijzer.catalogue;

import java.util.List;

/** One catalogue entry, as described in docs/catalogue.md. Immutable once loaded. */
public record Activity(
        String id,
        String name,
        Kind kind,
        Evidence evidence,
        EvidenceSummary evidenceSummary,
        String description,
        String targetGroup,
        Eligibility eligibility,
        List<Circumstance> alsoSuits,
        Delivery delivery,
        List<Provider> deliveredBy,
        List<Approach> approaches,
        GroupSize groupSize,
        Threshold threshold,
        Boolean familiarSetting,
        Boolean anonymous,
        Boolean longTerm,
        String intensity,
        String duration,
        List<Theme> themes,
        String organisation,
        SourceRef source) {

    public Activity {
        alsoSuits = copy(alsoSuits);
        deliveredBy = copy(deliveredBy);
        approaches = copy(approaches);
        themes = copy(themes);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    /** The circumstances the activity was made for: the ones it requires and the ones it also suits. */
    public boolean isDesignedFor(Circumstance circumstance) {
        return eligibility.requiresAnyOf().contains(circumstance)
                || eligibility.requiresAllOf().contains(circumstance)
                || alsoSuits.contains(circumstance);
    }
}
