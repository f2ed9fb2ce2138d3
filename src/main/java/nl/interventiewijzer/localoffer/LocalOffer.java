package nl.interventiewijzer.localoffer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.interventiewijzer.localoffer.HsdsRecords.Organization;
import nl.interventiewijzer.localoffer.HsdsRecords.TaxonomyTerm;

/**
 * A loaded, validated local offer: an immutable in-memory index the matching path reads (requests never touch the
 * database there). Services are ordered by name, then id, so every listing is deterministic.
 */
public final class LocalOffer {

    public static final LocalOffer EMPTY = new LocalOffer("none", List.of(), List.of(), List.of());

    private final String version;
    private final List<LocalService> services;
    private final List<Organization> organizations;
    private final List<TaxonomyTerm> terms;
    private final Map<String, LocalService> byId;
    private final Map<String, TaxonomyTerm> termsById;

    public LocalOffer(String version, List<LocalService> services, List<Organization> organizations,
            List<TaxonomyTerm> terms) {
        this.version = version;
        this.services = services.stream()
                .sorted(Comparator.comparing((LocalService s) -> s.service().name()).thenComparing(LocalService::id))
                .toList();
        this.organizations = List.copyOf(organizations);
        this.terms = List.copyOf(terms);
        this.byId = this.services.stream().collect(Collectors.toUnmodifiableMap(LocalService::id, Function.identity()));
        this.termsById = this.terms.stream().collect(Collectors.toUnmodifiableMap(TaxonomyTerm::id, Function.identity()));
    }

    /** A short digest of the package's files, so answers can say which offer they came from. */
    public String version() {
        return version;
    }

    public List<LocalService> services() {
        return services;
    }

    public List<Organization> organizations() {
        return organizations;
    }

    public List<TaxonomyTerm> terms() {
        return terms;
    }

    public Optional<LocalService> service(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<TaxonomyTerm> term(String id) {
        return Optional.ofNullable(termsById.get(id));
    }

    /** The active services for a municipality, as CBS spells it (case and outer spaces do not matter). */
    public List<LocalService> activeIn(String municipality) {
        return services.stream().filter(LocalService::isActive).filter(s -> s.serves(municipality)).toList();
    }

    public boolean isEmpty() {
        return services.isEmpty();
    }
}
