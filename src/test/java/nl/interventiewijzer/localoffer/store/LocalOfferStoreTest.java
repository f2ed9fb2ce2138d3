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
}
