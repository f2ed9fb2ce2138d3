package nl.interventiewijzer.localoffer.store;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.interventiewijzer.localoffer.HsdsRecords;
import nl.interventiewijzer.localoffer.LocalOffer;
import nl.interventiewijzer.localoffer.LocalService;
import nl.interventiewijzer.localoffer.ScheduleText;
import org.hibernate.StatelessSession;

/**
 * The directory in the embedded database: stores a validated local offer and answers the HSDS directory queries
 * (paging, text search, taxonomy, organisation and municipality filters) with JPQL. It answers with ids in listing
 * order; the caller nests each from the in-memory offer, so a page costs one query and one count.
 */
@ApplicationScoped
public class LocalOfferStore {

    public static final int MAX_PER_PAGE = 100;

    private final StatelessSession session;

    public LocalOfferStore(StatelessSession session) {
        this.session = session;
    }

    /**
     * Stores a validated offer in the tables Hibernate has just created (the schema is dropped and created at each
     * start, so they are empty). At 5,000 services that is tens of thousands of rows, and readiness waits for them, so
     * they go in through a stateless session: each table's rows as one JDBC batch, without the persistence context's
     * copies, flush and checks, which took a third of the store's time (docs/performance.md).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(LocalOffer offer) {
        session.insertMultiple(offer.organizations().stream().map(LocalOfferStore::organization).toList());
        session.insertMultiple(offer.terms().stream().map(LocalOfferStore::term).toList());
        session.insertMultiple(offer.services().stream().map(service -> service(service.service())).toList());
        Set<String> locations = new HashSet<>();
        List<LocationEntity> places = new ArrayList<>();
        for (LocalService service : offer.services()) {
            for (LocalService.Place place : service.places()) {
                if (locations.add(place.location().id())) {
                    places.add(location(place));
                }
            }
        }
        session.insertMultiple(places);
        session.insertMultiple(offer.services().stream()
                .flatMap(service -> service.places().stream().map(place -> serviceAtLocation(service.id(), place)))
                .toList());
        session.insertMultiple(offer.services().stream()
                .flatMap(service -> service.areas().stream().map(area -> area(service.id(), area))).toList());
        session.insertMultiple(offer.services().stream()
                .flatMap(service -> service.schedules().stream().map(schedule -> schedule(service.id(), schedule)))
                .toList());
        session.insertMultiple(offer.services().stream()
                .flatMap(service -> service.attributes().stream().map(LocalOfferStore::attribute)).toList());
        long stored = countServices(session);
        if (stored != offer.services().size()) {
            throw new IllegalStateException("Stored " + stored + " services, expected " + offer.services().size());
        }
    }

    /** A criteria count, not HQL, so the start-up does not load Hibernate's query grammar for it. */
    private static long countServices(StatelessSession session) {
        CriteriaBuilder builder = session.getCriteriaBuilder();
        CriteriaQuery<Long> count = builder.createQuery(Long.class);
        return session.createQuery(count.select(builder.count(count.from(ServiceEntity.class)))).getSingleResult();
    }

    @Transactional
    public DirectoryPage services(ServiceQuery query) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (query.search() != null && !query.search().isBlank()) {
            where.append(" and (lower(s.name) like :text or lower(s.description) like :text)");
            parameters.and("text", like(query.search()));
        }
        if (query.organizationId() != null) {
            where.append(" and s.organizationId = :organization");
            parameters.and("organization", query.organizationId().toLowerCase(Locale.ROOT));
        }
        if (query.taxonomyTermId() != null) {
            where.append(" and exists (select 1 from AttributeEntity a where a.linkId = s.id and a.linkEntity = 'service'"
                    + " and a.taxonomyTermId = :term)");
            parameters.and("term", query.taxonomyTermId().toLowerCase(Locale.ROOT));
        }
        if (query.municipality() != null) {
            where.append(" and exists (select 1 from ServiceAreaEntity r where r.serviceId = s.id"
                    + " and r.municipality = :municipality)");
            parameters.and("municipality", LocalService.normalise(query.municipality()));
        }
        PanacheQuery<ServiceEntity> found = ServiceEntity.find("from ServiceEntity s where " + where,
                Sort.by("name").and("id"), parameters);
        return page(found, query.page(), query.perPage(), entity -> entity.id);
    }

    @Transactional
    public DirectoryPage organizations(String search, int page, int perPage) {
        PanacheQuery<OrganizationEntity> found = search == null || search.isBlank()
                ? OrganizationEntity.findAll(Sort.by("name").and("id"))
                : OrganizationEntity.find("lower(name) like :text or lower(description) like :text",
                        Sort.by("name").and("id"), Parameters.with("text", like(search)));
        return page(found, page, perPage, entity -> entity.id);
    }

    @Transactional
    public DirectoryPage serviceAtLocations(String search, int page, int perPage) {
        String text = search == null || search.isBlank() ? null : like(search);
        PanacheQuery<ServiceAtLocationEntity> found = text == null
                ? ServiceAtLocationEntity.findAll(Sort.by("id"))
                : ServiceAtLocationEntity.find("from ServiceAtLocationEntity x where exists (select 1 from ServiceEntity s"
                        + " where s.id = x.serviceId and (lower(s.name) like :text or lower(s.description) like :text))",
                        Sort.by("id"), Parameters.with("text", text));
        return page(found, page, perPage, entity -> entity.id);
    }

    @Transactional
    public DirectoryPage taxonomyTerms(String search, String taxonomy, int page, int perPage) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (search != null && !search.isBlank()) {
            where.append(" and (lower(name) like :text or lower(code) like :text)");
            parameters.and("text", like(search));
        }
        if (taxonomy != null) {
            where.append(" and taxonomy = :taxonomy");
            parameters.and("taxonomy", taxonomy);
        }
        return page(TaxonomyTermEntity.find(where.toString(), Sort.by("taxonomy").and("code").and("id"), parameters),
                page, perPage, (TaxonomyTermEntity entity) -> entity.id);
    }

    private static <E> DirectoryPage page(PanacheQuery<E> query, int page, int perPage,
            java.util.function.Function<E, String> id) {
        int size = Math.max(1, Math.min(perPage, MAX_PER_PAGE));
        int number = Math.max(1, page);
        long total = query.count();
        List<String> ids = new ArrayList<>();
        query.page(Page.of(number - 1, size)).list().forEach(entity -> ids.add(id.apply(entity)));
        return new DirectoryPage(ids, total, number, size);
    }

    /** A LIKE pattern for a search text: lower case, its own wildcards escaped away. */
    static String like(String search) {
        String text = search.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        return "%" + text + "%";
    }

    private static OrganizationEntity organization(HsdsRecords.Organization organization) {
        OrganizationEntity entity = new OrganizationEntity();
        entity.id = organization.id();
        entity.name = organization.name();
        entity.description = clip(organization.description(), 4000);
        return entity;
    }

    private static ServiceEntity service(HsdsRecords.Service service) {
        ServiceEntity entity = new ServiceEntity();
        entity.id = service.id();
        entity.organizationId = service.organizationId();
        entity.name = service.name();
        entity.description = clip(service.description(), 4000);
        entity.status = service.status().hsds();
        entity.minimumAge = service.minimumAge();
        entity.maximumAge = service.maximumAge();
        return entity;
    }

    private static ServiceAtLocationEntity serviceAtLocation(String serviceId, LocalService.Place place) {
        ServiceAtLocationEntity entity = new ServiceAtLocationEntity();
        entity.id = place.serviceAtLocation().id();
        entity.serviceId = serviceId;
        entity.locationId = place.location().id();
        return entity;
    }

    private static LocationEntity location(LocalService.Place place) {
        LocationEntity entity = new LocationEntity();
        entity.id = place.location().id();
        entity.locationType = place.location().locationType();
        entity.name = place.location().name();
        if (place.address() != null) {
            entity.street = place.address().address1();
            entity.city = place.address().city();
        }
        return entity;
    }

    private static ServiceAreaEntity area(String serviceId, HsdsRecords.ServiceArea area) {
        ServiceAreaEntity entity = new ServiceAreaEntity();
        entity.id = area.id();
        entity.serviceId = serviceId;
        entity.name = area.name();
        entity.municipality = LocalService.normalise(area.name());
        return entity;
    }

    private static ScheduleEntity schedule(String serviceId, HsdsRecords.Schedule schedule) {
        ScheduleEntity entity = new ScheduleEntity();
        entity.id = schedule.id();
        entity.serviceId = serviceId;
        entity.freq = schedule.freq();
        entity.byday = schedule.byday();
        entity.opensAt = schedule.opensAt();
        entity.closesAt = schedule.closesAt();
        entity.text = clip(ScheduleText.of(schedule), 1000);
        return entity;
    }

    private static TaxonomyTermEntity term(HsdsRecords.TaxonomyTerm term) {
        TaxonomyTermEntity entity = new TaxonomyTermEntity();
        entity.id = term.id();
        entity.code = term.code();
        entity.name = term.name();
        entity.taxonomy = term.taxonomy();
        return entity;
    }

    private static AttributeEntity attribute(HsdsRecords.Attribute attribute) {
        AttributeEntity entity = new AttributeEntity();
        entity.id = attribute.id();
        entity.linkId = attribute.linkId();
        entity.linkEntity = attribute.linkEntity();
        entity.taxonomyTermId = attribute.taxonomyTermId();
        entity.linkType = attribute.linkType();
        return entity;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
