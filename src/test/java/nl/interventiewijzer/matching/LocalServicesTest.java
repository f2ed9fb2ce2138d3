package nl.interventiewijzer.matching;

import static nl.interventiewijzer.localoffer.LocalOfferFixtures.VISITING_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.localoffer.LocalOffer;
import nl.interventiewijzer.localoffer.LocalOfferFixtures;
import nl.interventiewijzer.localoffer.LocalService;
import nl.interventiewijzer.localoffer.ShippedCatalogue;
import nl.interventiewijzer.profile.Profile;
import org.junit.jupiter.api.Test;

class LocalServicesTest {

    private static final LocalOffer OFFER = LocalOfferFixtures.valid();
    /** The matcher's answer when nothing of the catalogue is eligible: only local services can be proposed. */
    private static final MatchResult NOTHING_RANKED = new MatchResult(0, List.of(), List.of());
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

    /**
     * Two offers of services on their own: each service described on its own, and 45 services sharing 5 descriptions,
     * so that many score alike and are scored as one set.
     */
    private static final List<LocalOffer> MANY = List.of(SyntheticOffer.onTheirOwn(40, 11), SyntheticOffer.alike(45, 5, 11));

    /**
     * Among many services on their own, looked at best bound first and stopping at the first that cannot enter: for
     * every profile and several persons, a short list is the head of one long enough never to be full (so never cut
     * short), and counts the same eligible services.
     */
    @Test
    void amongManyServicesOnTheirOwnAShortListIsTheHeadOfOneThatIsNeverCutShort() {
        for (LocalOffer offer : MANY) {
            assertShortListsAreHeadsOfTheLongOne(new LocalServices(offer, MatchingResources.FIT_MODEL));
        }
    }

    private static void assertShortListsAreHeadsOfTheLongOne(LocalServices many) {
        List<Person> people = List.of(
                new Person(70, null, Set.of(), null, Set.of(), null, SyntheticOffer.MUNICIPALITY),
                new Person(null, null, Set.of(Circumstance.LIVES_ALONE, Circumstance.WIDOWED), null,
                        Set.of(Theme.NATURE, Theme.CULTURE), null, SyntheticOffer.MUNICIPALITY),
                new Person(30, null, Set.of(Circumstance.CHRONIC_ILLNESS), null, Set.of(Theme.EXERCISE), null,
                        SyntheticOffer.MUNICIPALITY));
        for (Person person : people) {
            for (Profile profile : Profile.values()) {
                MatchQuery all = new MatchQuery(profile, null, person, MatchQuery.MAX_LIMIT);
                LocalServices.Result full = many.attach(NOTHING_RANKED, all);
                assertThat(full.proposals()).as("never full").hasSizeLessThan(MatchQuery.MAX_LIMIT).isNotEmpty();
                for (int limit = 1; limit <= 12; limit++) {
                    MatchQuery query = new MatchQuery(profile, null, person, limit);
                    LocalServices.Result shortList = many.attach(NOTHING_RANKED, query);

                    assertThat(shortList.proposals()).as(profile + " limit " + limit + " " + person)
                            .isEqualTo(full.proposals().subList(0, Math.min(limit, full.proposals().size())));
                    assertThat(shortList.eligible()).isEqualTo(full.eligible());
                }
            }
        }
    }

    /** Services on their own with equal scores come by name, then by id; the synthetic offers have ties of both kinds. */
    @Test
    void servicesOnTheirOwnWithEqualScoresComeByNameThenById() {
        for (LocalOffer offer : MANY) {
            assertTiesComeByNameThenId(new LocalServices(offer, MatchingResources.FIT_MODEL));
        }
    }

    private static void assertTiesComeByNameThenId(LocalServices many) {
        Person person = new Person(70, null, Set.of(), null, Set.of(), null, SyntheticOffer.MUNICIPALITY);
        List<LocalServices.Proposal> proposals = many.attach(NOTHING_RANKED,
                new MatchQuery(Profile.ACTIEVEN, null, person, MatchQuery.MAX_LIMIT)).proposals();

        int sameName = 0;
        int otherName = 0;
        for (int i = 1; i < proposals.size(); i++) {
            LocalService before = proposals.get(i - 1).localService();
            LocalService after = proposals.get(i).localService();
            if (proposals.get(i - 1).score() != proposals.get(i).score()) {
                continue;
            }
            int byName = before.service().name().compareTo(after.service().name());
            assertThat(byName).as(before.id() + " before " + after.id()).isLessThanOrEqualTo(0);
            if (byName == 0) {
                assertThat(before.id()).isLessThan(after.id());
                sameName++;
            } else {
                otherName++;
            }
        }
        assertThat(sameName).as("ties between services of one name").isPositive();
        assertThat(otherName).as("ties between services of different names").isPositive();
    }

    /**
     * A long list, never full, holds every service the person's age admits, each with the score it has in an offer of
     * its own: whether or not it shares its description with others.
     */
    @Test
    void aLongListHoldsEveryAdmittedServiceScoredAsIfItStoodAlone() {
        Person person = new Person(70, null, Set.of(Circumstance.LIVES_ALONE, Circumstance.WIDOWED), null,
                Set.of(Theme.NATURE, Theme.CULTURE), null, SyntheticOffer.MUNICIPALITY);
        for (LocalOffer offer : MANY) {
            for (Profile profile : Profile.values()) {
                List<LocalServices.Proposal> all = new LocalServices(offer, MatchingResources.FIT_MODEL)
                        .attach(NOTHING_RANKED, new MatchQuery(profile, null, person, MatchQuery.MAX_LIMIT)).proposals();

                assertThat(all).extracting(p -> p.localService().id()).as(offer.version() + " " + profile)
                        .containsExactlyInAnyOrderElementsOf(offer.services().stream()
                                .filter(s -> s.service().admitsAge(70)).map(LocalService::id).toList());
                for (LocalServices.Proposal proposal : all) {
                    assertThat(proposal.score()).as(proposal.localService().id())
                            .isEqualTo(scoreAlone(offer, proposal.localService(), profile, person));
                }
            }
        }
    }

    /** A service whose age band starts or ends at the person's age is proposed; one year outside it, not. */
    @Test
    void theServicesProposedAreThoseTheAgeAdmitsAtEveryEdgeOfEveryBand() {
        for (LocalOffer offer : MANY) {
            LocalServices many = new LocalServices(offer, MatchingResources.FIT_MODEL);
            for (Integer age : edgesOfTheAgeBands(offer)) {
                Person person = new Person(age, null, Set.of(), null, Set.of(), null, SyntheticOffer.MUNICIPALITY);
                List<LocalServices.Proposal> all = many.attach(NOTHING_RANKED,
                        new MatchQuery(Profile.ACTIEVEN, null, person, MatchQuery.MAX_LIMIT)).proposals();

                assertThat(all).extracting(p -> p.localService().id()).as(offer.version() + " age " + age)
                        .containsExactlyInAnyOrderElementsOf(offer.services().stream()
                                .filter(s -> s.service().admitsAge(age)).map(LocalService::id).toList());
            }
        }
    }

    private static double scoreAlone(LocalOffer offer, LocalService service, Profile profile, Person person) {
        LocalOffer alone = new LocalOffer("alone", List.of(service), offer.organizations(), List.of());
        return new LocalServices(alone, MatchingResources.FIT_MODEL)
                .attach(NOTHING_RANKED, new MatchQuery(profile, null, person, 1)).proposals().get(0).score();
    }

    /**
     * The eligible count adds the services on their own that the person's age admits, counted from sorted age limits:
     * the same as a scan of the offer at every edge of every band, one year inside and outside, and without an age.
     */
    @Test
    void theEligibleCountOfServicesOnTheirOwnIsWhatTheAgeAdmitsAtEveryEdgeOfEveryBand() {
        LocalOffer offer = SyntheticOffer.onTheirOwn(40, 5);
        LocalServices many = new LocalServices(offer, MatchingResources.FIT_MODEL);
        for (Integer age : edgesOfTheAgeBands(offer)) {
            long admitted = offer.services().stream().filter(service -> service.service().admitsAge(age)).count();
            assertThat(eligible(many, age)).as("age " + age).isEqualTo(admitted);
        }
        assertThat(eligible(many, null)).as("age not given").isEqualTo(offer.services().size());
    }

    private static Set<Integer> edgesOfTheAgeBands(LocalOffer offer) {
        Set<Integer> ages = new TreeSet<>();
        for (LocalService service : offer.services()) {
            for (Integer edge : Arrays.asList(service.service().minimumAge(), service.service().maximumAge())) {
                if (edge != null) {
                    ages.addAll(List.of(edge - 1, edge, edge + 1));
                }
            }
        }
        assertThat(ages).as("the offer has age bands").hasSizeGreaterThan(6);
        return ages;
    }

    private static int eligible(LocalServices services, Integer age) {
        Person person = new Person(age, null, Set.of(), null, Set.of(), null, SyntheticOffer.MUNICIPALITY);
        return services.attach(NOTHING_RANKED, new MatchQuery(Profile.ACTIEVEN, null, person, 1)).eligible();
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
