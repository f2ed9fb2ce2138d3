package nl.interventiewijzer.matching;

import static nl.interventiewijzer.localoffer.LocalOfferFixtures.VISITING_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.interventiewijzer.localoffer.LocalOffer;
import nl.interventiewijzer.localoffer.LocalOfferFixtures;
import nl.interventiewijzer.localoffer.LocalService;
import nl.interventiewijzer.localoffer.ShippedCatalogue;
import nl.interventiewijzer.profile.Profile;
import org.junit.jupiter.api.Test;

class LocalServicesTest {

    private static final LocalOffer OFFER = LocalOfferFixtures.valid();
    private static final Matcher MATCHER =
            new Matcher(ShippedCatalogue.CATALOGUE, MatchingResources.FIT_MODEL, MatchingResources.PROFILE_DIRECTORY);
    /** Built for each test, so that a mutation testing run sees what the constructor works out. */
    private final LocalServices local = new LocalServices(OFFER, MatchingResources.FIT_MODEL);

    private LocalServices.Result match(Profile profile, Integer age, String municipality) {
        Person person = new Person(age, null, Set.of(), null, Set.of(), null, municipality);
        MatchQuery query = new MatchQuery(profile, null, person, MatchQuery.MAX_LIMIT);
        return local.attach(MATCHER.match(query), query);
    }

    private static LocalServices.Proposal proposalOf(LocalServices.Result result, String activityId) {
        return result.proposals().stream().filter(p -> p.activity() != null && p.activity().id().equals(activityId))
                .findFirst().orElseThrow();
    }

    private static List<String> localNames(LocalServices.Proposal proposal) {
        return proposal.localServices().stream().map(s -> s.service().name()).toList();
    }

    @Test
    void aCatalogueProposalCarriesItsActiveInstancesInThePersonsMunicipalityOnly() {
        LocalServices.Result result = match(Profile.ACHTERBLIJVERS, 70, "Oostervoort");

        assertThat(localNames(proposalOf(result, "vier-het-leven"))).containsExactly("Vier het Leven Oostervoort");
    }

    @Test
    void anotherMunicipalitySeesItsOwnInstanceAndNeverOostervoorts() {
        LocalServices.Result result = match(Profile.ACHTERBLIJVERS, 70, "westerbroek");

        assertThat(localNames(proposalOf(result, "vier-het-leven"))).containsExactly("Vier het Leven Westerbroek");
        assertThat(result.proposals()).noneMatch(LocalServices.Proposal::isLocal);
    }

    /**
     * The catalogue activities the fixture's services link to, open to anyone here (same ids, no rules of their own), so
     * that only the local offer decides which services a person is offered.
     */
    private static final Matcher OPEN_LINKED_ACTIVITIES = MatchingResources.matcher(
            TestActivities.activity("vier-het-leven").build(), TestActivities.activity("vriendschapskringen").build());

    /** Every local service a person is offered: each proposal's local instances and the services on their own. */
    private List<LocalService> offered(Integer age, String municipality) {
        Person person = new Person(age, null, Set.of(), null, Set.of(), null, municipality);
        MatchQuery query = new MatchQuery(Profile.ACTIEVEN, null, person, MatchQuery.MAX_LIMIT);
        return local.attach(OPEN_LINKED_ACTIVITIES.match(query), query).proposals().stream()
                .flatMap(p -> p.isLocal() ? Stream.of(p.localService()) : p.localServices().stream()).toList();
    }

    private List<String> offeredNames(Integer age) {
        return offered(age, "Oostervoort").stream().map(s -> s.service().name()).toList();
    }

    @Test
    void aPersonIsOfferedWhatAScanOfTheWholeOfferFindsWhateverTheSpellingOfTheMunicipality() {
        for (String municipality : List.of("Oostervoort", "  OOSTERVOORT ", "oostervoort", "Westerbroek", "Nergens")) {
            List<String> scanned = OFFER.activeIn(municipality).stream().filter(s -> s.service().admitsAge(70))
                    .map(s -> s.id()).toList();

            assertThat(offered(70, municipality)).extracting(LocalService::id).as(municipality)
                    .containsExactlyInAnyOrderElementsOf(scanned);
        }
        assertThat(offered(70, "Oostervoort")).hasSize(2);
    }

    @Test
    void aServiceOutsideItsAgeBandNeverAppears() {
        assertThat(offeredNames(25)).contains("Jongerenkring Oostervoort").doesNotContain("Vier het Leven Oostervoort");
        assertThat(offeredNames(70)).contains("Vier het Leven Oostervoort").doesNotContain("Jongerenkring Oostervoort");
        assertThat(offeredNames(null)).contains("Vier het Leven Oostervoort", "Jongerenkring Oostervoort");
        assertThat(offeredNames(70)).doesNotContain("Vier het Leven (gestopt)", "Vier het Leven Westerbroek");
    }

    @Test
    void aLocalServiceWithoutCatalogueLinkIsProposedInItsOwnRightByItsDerivedFit() {
        LocalServices.Result result = match(Profile.AFHANKELIJKEN, 80, "Oostervoort");

        LocalServices.Proposal visiting = result.proposals().stream().filter(LocalServices.Proposal::isLocal)
                .findFirst().orElseThrow();
        assertThat(visiting.localService().id()).isEqualTo(VISITING_SERVICE);
        assertThat(visiting.activity()).isNull();
        assertThat(visiting.fit().points()).isEqualTo(MatchingResources.FIT_MODEL
                .fit(Profile.AFHANKELIJKEN, LocalServices.traits(visiting.localService())).points());
        assertThat(visiting.fit().points()).isPositive();
        assertThat(visiting.reasons()).extracting(n -> n.code()).startsWith("PROFILE_FIT_" + visiting.fit().level())
                .contains("LOCAL_OFFER");
        List<LocalServices.Proposal> before = result.proposals().subList(0, visiting.rank() - 1);
        assertThat(before).allMatch(p -> p.score() >= visiting.score());
        assertThat(result.proposals()).extracting(LocalServices.Proposal::rank)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, result.proposals().size()).boxed().toList());
    }

    @Test
    void aShortListIsTheHeadOfTheLongOneAndCountsTheSameEligibleServices() {
        Person person = new Person(80, null, Set.of(), null, Set.of(), null, "Oostervoort");
        for (Profile profile : Profile.values()) {
            MatchQuery all = new MatchQuery(profile, null, person, MatchQuery.MAX_LIMIT);
            LocalServices.Result full = local.attach(MATCHER.match(all), all);
            for (int limit = 1; limit <= 12; limit++) {
                MatchQuery query = new MatchQuery(profile, null, person, limit);
                LocalServices.Result shortList = local.attach(MATCHER.match(query), query);

                assertThat(shortList.proposals()).as(profile + " limit " + limit)
                        .isEqualTo(full.proposals().subList(0, Math.min(limit, full.proposals().size())));
                assertThat(shortList.eligible()).isEqualTo(full.eligible());
            }
        }
    }

    @Test
    void withoutAMunicipalityTheAnswerIsTheMatchersOwn() {
        MatchQuery query = new MatchQuery(Profile.AFHANKELIJKEN, null, Person.UNKNOWN, 10);
        MatchResult ranked = MATCHER.match(query);

        LocalServices.Result result = local.attach(ranked, query);

        assertThat(result.proposals()).extracting(p -> p.activity().id())
                .containsExactlyElementsOf(ranked.matches().stream().map(m -> m.activity().id()).toList());
        assertThat(result.proposals()).allMatch(p -> p.localServices().isEmpty() && !p.isLocal());
    }
}
