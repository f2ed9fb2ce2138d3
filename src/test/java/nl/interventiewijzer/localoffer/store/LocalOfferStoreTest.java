package nl.interventiewijzer.localoffer.store;

import static nl.interventiewijzer.localoffer.LocalOfferFixtures.MUNICIPALITY;
import static nl.interventiewijzer.localoffer.LocalOfferFixtures.ORGANIZATION;
import static nl.interventiewijzer.localoffer.LocalOfferFixtures.VIER_HET_LEVEN_HERE;
import static nl.interventiewijzer.localoffer.LocalOfferFixtures.VISITING_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import nl.interventiewijzer.localoffer.LocalService;
import nl.interventiewijzer.localoffer.Taxonomy;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(WithLocalOffer.class)
class LocalOfferStoreTest {

    @Inject
    LocalOfferStore store;

    @Inject
    LoadedLocalOffer loaded;

    private DirectoryPage services(String search, String term, String organization, String municipality, int page, int size) {
        return store.services(new ServiceQuery(search, term, organization, municipality, page, size));
    }

    @Test
    void everyLoadedServiceIsStoredAndListedByNameThenId() {
        DirectoryPage all = services(null, null, null, null, 1, 100);

        assertThat(all.totalItems()).isEqualTo(5);
        assertThat(all.ids()).isEqualTo(loaded.get().services().stream().map(LocalService::id).toList());
    }

    @Test
    void pagesCutTheListAndCountThePages() {
        DirectoryPage second = services(null, null, null, null, 2, 2);

        assertThat(second.ids()).hasSize(2);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(services(null, null, null, null, 3, 2).ids()).hasSize(1);
        assertThat(services(null, null, null, null, 9, 2).ids()).isEmpty();
    }

    @Test
    void searchesNameAndDescriptionWithoutCase() {
        assertThat(services("BEZOEK", null, null, null, 1, 10).ids()).containsExactly(VISITING_SERVICE);
        assertThat(services("theatermiddag", null, null, null, 1, 10).ids()).contains(VIER_HET_LEVEN_HERE);
        assertThat(services("zwemmen", null, null, null, 1, 10).ids()).isEmpty();
    }

    @Test
    void filtersByMunicipalityTaxonomyTermAndOrganisation() {
        assertThat(services(null, null, null, "westerbroek", 1, 10).totalItems()).isEqualTo(1);
        assertThat(services(null, null, null, MUNICIPALITY, 1, 10).totalItems()).isEqualTo(4);
        String kindTerm = loaded.get().terms().stream()
                .filter(t -> Taxonomy.KIND.hsdsName().equals(t.taxonomy())).findFirst().orElseThrow().id();
        assertThat(services(null, kindTerm, null, null, 1, 10).ids()).containsExactly(VISITING_SERVICE);
        assertThat(services(null, null, ORGANIZATION, null, 1, 10).totalItems()).isEqualTo(5);
        assertThat(services(null, null, "11111111-2222-4333-8444-555555555555", null, 1, 10).totalItems()).isZero();
    }

    @Test
    void taxonomyTermsFilterByTaxonomy() {
        DirectoryPage kinds = store.taxonomyTerms(null, Taxonomy.KIND.hsdsName(), 1, 10);

        assertThat(kinds.totalItems()).isEqualTo(1);
        assertThat(store.taxonomyTerms(null, null, 1, 100).totalItems()).isEqualTo(loaded.get().terms().size());
    }

    @Test
    @TestTransaction
    void everyLocationAndScheduleOfTheOfferIsStoredToo() {
        long locations = loaded.get().services().stream().flatMap(service -> service.places().stream())
                .map(place -> place.location().id()).distinct().count();
        long schedules = loaded.get().services().stream().mapToLong(service -> service.schedules().size()).sum();

        assertThat(locations).isPositive();
        assertThat(schedules).isPositive();
        assertThat(LocationEntity.count()).isEqualTo(locations);
        assertThat(ScheduleEntity.count()).isEqualTo(schedules);
    }

    /**
     * The rows go in through plain JDBC with hand-written column names; reading them back through the entities, whose
     * columns Hibernate names, shows that every value landed in the column the queries read.
     */
    @Test
    @TestTransaction
    void everyStoredRowReadsBackThroughItsEntityWithTheLoadedValues() {
        List<OfferRows.Table> tables = OfferRows.of(loaded.get());

        assertThat(stored(OrganizationEntity.<OrganizationEntity>listAll(), o -> new Object[] {o.id, o.name, o.description}))
                .containsExactlyInAnyOrderElementsOf(rows(tables, "hsds_organization"));
        assertThat(stored(TaxonomyTermEntity.<TaxonomyTermEntity>listAll(),
                t -> new Object[] {t.id, t.code, t.name, t.taxonomy}))
                .containsExactlyInAnyOrderElementsOf(rows(tables, "hsds_taxonomy_term"));
        assertThat(stored(ServiceEntity.<ServiceEntity>listAll(), s -> new Object[] {s.id, s.organizationId, s.name,
                s.description, s.status, s.minimumAge, s.maximumAge}))
                .containsExactlyInAnyOrderElementsOf(rows(tables, "hsds_service"));
        assertThat(stored(LocationEntity.<LocationEntity>listAll(),
                l -> new Object[] {l.id, l.locationType, l.name, l.street, l.city}))
                .containsExactlyInAnyOrderElementsOf(rows(tables, "hsds_location"));
        assertThat(stored(ServiceAtLocationEntity.<ServiceAtLocationEntity>listAll(),
                x -> new Object[] {x.id, x.serviceId, x.locationId}))
                .containsExactlyInAnyOrderElementsOf(rows(tables, "hsds_service_at_location"));
        assertThat(stored(ServiceAreaEntity.<ServiceAreaEntity>listAll(),
                a -> new Object[] {a.id, a.serviceId, a.name, a.municipality}))
                .containsExactlyInAnyOrderElementsOf(rows(tables, "hsds_service_area"));
        assertThat(stored(ScheduleEntity.<ScheduleEntity>listAll(), s -> new Object[] {s.id, s.serviceId, s.freq, s.byday,
                s.opensAt, s.closesAt, s.text}))
                .containsExactlyInAnyOrderElementsOf(rows(tables, "hsds_schedule"));
        assertThat(stored(AttributeEntity.<AttributeEntity>listAll(),
                a -> new Object[] {a.id, a.linkId, a.linkEntity, a.taxonomyTermId, a.linkType}))
                .containsExactlyInAnyOrderElementsOf(rows(tables, "hsds_attribute"));
    }

    @Test
    void everyTableOfTheOfferHasRowsInTheFixture() {
        assertThat(OfferRows.of(loaded.get())).allSatisfy(table -> assertThat(table.values()).isNotEmpty());
    }

    private static <E> List<List<Object>> stored(List<E> entities, Function<E, Object[]> columns) {
        return entities.stream().map(entity -> Arrays.asList(columns.apply(entity))).toList();
    }

    private static List<List<Object>> rows(List<OfferRows.Table> tables, String name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst().orElseThrow().values().stream()
                .map(Arrays::asList).toList();
    }
}
