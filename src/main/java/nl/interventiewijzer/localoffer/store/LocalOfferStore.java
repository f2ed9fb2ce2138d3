package nl.interventiewijzer.localoffer.store;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.interventiewijzer.localoffer.LocalOffer;
import nl.interventiewijzer.localoffer.LocalService;
import org.hibernate.StatelessSession;

/**
 * The directory in the embedded database: stores a validated local offer and answers the HSDS directory queries
 * (paging, text search, taxonomy, organisation and municipality filters) with JPQL. It answers with ids in listing
 * order; the caller nests each from the in-memory offer, so a page costs one query and one count.
 */
@ApplicationScoped
public class LocalOfferStore {

    public static final int MAX_PER_PAGE = 100;
    /** Rows per JDBC batch: H2 copies a batch's values until it runs, so one batch per table would copy a whole table. */
    private static final int BATCH = 1000;

    private final StatelessSession session;

    public LocalOfferStore(StatelessSession session) {
        this.session = session;
    }

    /**
     * Stores a validated offer in the tables Hibernate has just created (the schema is dropped and created at each
     * start, so they are empty). At 5,000 services that is tens of thousands of rows, and readiness waits for them, so
     * each table goes in as plain JDBC batches of one prepared insert: Hibernate's per-entity work (the stateless
     * session's insert events, reading each entity's fields, binding by type) was a third of the store's time, and
     * with tens of thousands of rows it made that code hot enough to be compiled during the start (docs/performance.md).
     * The rows go in the same transaction, and the entities read them back for the queries below.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(LocalOffer offer) {
        List<OfferRows.Table> tables = OfferRows.of(offer);
        session.doWork(connection -> {
            for (OfferRows.Table table : tables) {
                insert(connection, table);
            }
        });
        long stored = countServices(session);
        if (stored != offer.services().size()) {
            throw new IllegalStateException("Stored " + stored + " services, expected " + offer.services().size());
        }
    }

    private static void insert(Connection connection, OfferRows.Table table) throws SQLException {
        int width = table.columns().size();
        String sql = "insert into " + table.name() + " (" + String.join(", ", table.columns()) + ") values ("
                + "?, ".repeat(width - 1) + "?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : table.values()) {
                for (int column = 0; column < width; column++) {
                    statement.setObject(column + 1, row[column]);
                }
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
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
}
