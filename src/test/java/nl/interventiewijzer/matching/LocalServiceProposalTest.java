package nl.interventiewijzer.matching;

import static nl.interventiewijzer.matching.MatchingResources.FIT_MODEL;
import static nl.interventiewijzer.matching.TestActivities.activity;
import static nl.interventiewijzer.matching.TestPeople.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import nl.interventiewijzer.catalogue.Approach;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.localoffer.HsdsRecords;
import nl.interventiewijzer.localoffer.LocalOffer;
import nl.interventiewijzer.localoffer.LocalService;
import nl.interventiewijzer.localoffer.ServiceLink;
import nl.interventiewijzer.localoffer.ServiceStatus;
import nl.interventiewijzer.profile.Note;
import nl.interventiewijzer.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * A local service with no catalogue link, proposed in its own right, built in the test: its score (derived fit, the
 * groups it is meant for, shared interests), its reasons and checks, and where it stands among the catalogue's
 * proposals. Expectations come from the fit model and policy, never from a number copied out of the weights file.
 */
class LocalServiceProposalTest {

    private static final String TOWN = "Oostervoort";
    private static final RankingPolicy POLICY = FIT_MODEL.policy();
    private static final Profile PROFILE = Profile.AFHANKELIJKEN;

    private static LocalService service(String id, String name, Kind kind, List<Approach> approaches,
            List<Circumstance> meantFor, List<Theme> themes, Integer minAge, Integer maxAge) {
        HsdsRecords.Service service = new HsdsRecords.Service(id, "org", name, null, "Omschrijving.", null, null,
                ServiceStatus.ACTIVE, null, null, null, minAge, maxAge, null);
        HsdsRecords.Organization organization = new HsdsRecords.Organization("org", "Welzijn Test", null, "Test.", null, null);
        HsdsRecords.ServiceArea area = new HsdsRecords.ServiceArea("area-" + id, id, null, TOWN, null);
        ServiceLink link = new ServiceLink(null, kind, approaches, meantFor, themes, List.of());
        return new LocalService(service, organization, List.of(), List.of(), List.of(area), List.of(), List.of(), List.of(),
                List.of(), List.of(), link, List.of(Setting.HOME));
    }

    private static LocalService visiting(String id, String name) {
        return service(id, name, Kind.ONE_ON_ONE, List.of(Approach.COMPANIONSHIP), List.of(), List.of(), null, null);
    }

    private static LocalServices.Result attach(List<LocalService> services, Person person, int limit) {
        LocalServices local = new LocalServices(new LocalOffer("t", services, List.of(), List.of()), FIT_MODEL);
        Matcher matcher = MatchingResources.matcher(activity("koffie").named("Koffieochtend").build(),
                activity("wandelen").named("Wandelclub").build(), activity("maatje").named("Maatje").kind(Kind.ONE_ON_ONE)
                        .approaches(Approach.COMPANIONSHIP).build());
        MatchQuery query = new MatchQuery(PROFILE, null, person, limit);
        return local.attach(matcher.match(query), query);
    }

    private static LocalServices.Proposal only(LocalServices.Result result) {
        return result.proposals().stream().filter(LocalServices.Proposal::isLocal).findFirst().orElseThrow();
    }

    private static List<String> codes(List<Note> notes) {
        return notes.stream().map(Note::code).toList();
    }

    private static Person inTown() {
        return person().municipality(TOWN).age(80).build();
    }

    private static double fitPoints(LocalService service) {
        return FIT_MODEL.fit(PROFILE, LocalServices.traits(service)).points();
    }

    @Test
    void aServiceWithNothingSharedScoresItsDerivedFit() {
        LocalService service = visiting("s1", "Bezoek");

        LocalServices.Proposal proposal = only(attach(List.of(service), inTown(), 10));

        assertThat(proposal.score()).isEqualTo(fitPoints(service));
        assertThat(codes(proposal.reasons())).containsExactly("PROFILE_FIT_" + proposal.fit().level(), "LOCAL_OFFER");
        assertThat(proposal.reasons().get(1).text()).startsWith("Lokaal aanbod in " + TOWN + " van Welzijn Test;");
        assertThat(proposal.checks()).isEmpty();
    }

    @Test
    void aGroupThePersonBelongsToAddsItsMadeForPointsAndSaysSo() {
        LocalService service = service("s1", "Weduwencafé", Kind.GROUP, List.of(Approach.MEETING),
                List.of(Circumstance.WIDOWED, Circumstance.DEMENTIA), List.of(), null, null);

        LocalServices.Proposal proposal = only(attach(List.of(service),
                person().municipality(TOWN).age(80).with(Circumstance.WIDOWED).build(), 10));

        assertThat(proposal.score()).isEqualTo(fitPoints(service) + POLICY.designedFor(Circumstance.WIDOWED));
        assertThat(codes(proposal.reasons())).contains("DESIGNED_FOR");
        assertThat(proposal.checks()).isEmpty();
    }

    @Test
    void aGroupThePersonWasNotSaidToBelongToIsACheckAndAddsNothing() {
        LocalService service = service("s1", "Weduwencafé", Kind.GROUP, List.of(Approach.MEETING),
                List.of(Circumstance.WIDOWED), List.of(), null, null);

        LocalServices.Proposal proposal = only(attach(List.of(service), inTown(), 10));

        assertThat(proposal.score()).isEqualTo(fitPoints(service));
        assertThat(codes(proposal.checks())).containsExactly("MEANT_FOR");
        assertThat(codes(proposal.reasons())).doesNotContain("DESIGNED_FOR");
    }

    @Test
    void sharedInterestsAddTheirPointsUpToTheMaximumCounted() {
        List<Theme> three = List.of(Theme.NATURE, Theme.CULTURE, Theme.FOOD);
        LocalService service = service("s1", "Uitjes", Kind.GROUP, List.of(Approach.SHARED_ACTIVITY), List.of(), three,
                null, null);
        Person person = new Person(80, null, java.util.Set.of(), null, EnumSet.copyOf(three), null, TOWN);

        LocalServices.Proposal proposal = only(attach(List.of(service), person, 10));

        double counted = Math.min(3, POLICY.get(RankingWeight.MAX_INTERESTS_COUNTED));
        assertThat(proposal.score()).isEqualTo(fitPoints(service) + POLICY.get(RankingWeight.PER_INTEREST) * counted);
        assertThat(codes(proposal.reasons())).contains("INTEREST");
    }

    @Test
    void aThemeTheServiceNamesTwiceCountsOnce() {
        LocalService service = service("s1", "Uitjes", Kind.GROUP, List.of(Approach.SHARED_ACTIVITY), List.of(),
                List.of(Theme.CULTURE, Theme.CULTURE), null, null);
        Person person = new Person(80, null, java.util.Set.of(), null, EnumSet.of(Theme.CULTURE), null, TOWN);

        LocalServices.Proposal proposal = only(attach(List.of(service), person, 10));

        assertThat(POLICY.get(RankingWeight.MAX_INTERESTS_COUNTED)).as("precondition: a second count would show")
                .isGreaterThanOrEqualTo(2);
        assertThat(proposal.score()).isEqualTo(fitPoints(service) + POLICY.get(RankingWeight.PER_INTEREST));
        assertThat(proposal.reasons()).extracting(Note::text).contains("Sluit aan bij de interesse in cultuur.");
    }

    @Test
    void anUnknownAgeIsACheckNamingTheServicesAgeBand() {
        Person ageUnknown = person().municipality(TOWN).build();

        assertThat(only(attach(List.of(service("s1", "A", Kind.GROUP, List.of(Approach.MEETING), List.of(), List.of(),
                65, 80)), ageUnknown, 10)).checks()).extracting(Note::text)
                .containsExactly("Leeftijd niet opgegeven: dit aanbod is voor 65 tot en met 80 jaar.");
        assertThat(only(attach(List.of(service("s1", "A", Kind.GROUP, List.of(Approach.MEETING), List.of(), List.of(),
                65, null)), ageUnknown, 10)).checks()).extracting(Note::text)
                .containsExactly("Leeftijd niet opgegeven: dit aanbod is voor 65 jaar en ouder.");
        assertThat(only(attach(List.of(service("s1", "A", Kind.GROUP, List.of(Approach.MEETING), List.of(), List.of(),
                null, 30)), ageUnknown, 10)).checks()).extracting(Note::text)
                .containsExactly("Leeftijd niet opgegeven: dit aanbod is voor tot en met 30 jaar.");
        assertThat(only(attach(List.of(visiting("s1", "A")), ageUnknown, 10)).checks()).isEmpty();
    }

    @Test
    void aServiceThatFitsBadlyIsProposedWithTheWeakFitSentence() {
        LocalService course = service("s1", "Cursus", Kind.COURSE, List.of(Approach.SKILLS_TRAINING), List.of(), List.of(),
                null, null);
        ProfileFit fit = FIT_MODEL.fit(PROFILE, LocalServices.traits(course));

        LocalServices.Proposal proposal = only(attach(List.of(course), inTown(), 10));

        assertThat(LocalServices.traits(course)).contains(Trait.KIND_COURSE);
        if (fit.level().atLeast(FitLevel.PARTIAL) && !fit.supporting(3).isEmpty()) {
            assertThat(codes(proposal.reasons())).startsWith("PROFILE_FIT_" + fit.level());
        } else {
            assertThat(codes(proposal.reasons())).startsWith("PROFILE_FIT_WEAK");
            assertThat(proposal.reasons().get(0).text()).startsWith("Sluit minder aan bij wat de persoon meestal helpt");
        }
    }

    @Test
    void localServicesOfEqualScoreComeByNameThenById() {
        // The ids sort against the names, so ordering by id alone would give another order than by name, then id.
        List<LocalService> services = List.of(visiting("s1", "Bezoek B"), visiting("s3", "Bezoek A"),
                visiting("s2", "Bezoek A"));

        List<String> ids = attach(services, inTown(), MatchQuery.MAX_LIMIT).proposals().stream()
                .filter(LocalServices.Proposal::isLocal).map(p -> p.localService().id()).toList();

        assertThat(ids).containsExactly("s2", "s3", "s1");
    }

    @Test
    void aLocalServiceStandsAfterEveryProposalScoringAtLeastAsMuchAndBeforeTheFirstScoringLess() {
        LocalServices.Result result = attach(List.of(visiting("s1", "Bezoek")), inTown(), MatchQuery.MAX_LIMIT);
        List<LocalServices.Proposal> proposals = result.proposals();
        int at = proposals.indexOf(only(result));

        assertThat(proposals.subList(0, at)).allMatch(p -> p.score() >= proposals.get(at).score());
        if (at + 1 < proposals.size()) {
            assertThat(proposals.get(at + 1).score()).isLessThan(proposals.get(at).score());
        }
        assertThat(proposals).hasSizeGreaterThan(1);
    }

    @Test
    void theEligibleCountAddsTheLocalServicesToTheCatalogues() {
        LocalServices.Result withTwo = attach(List.of(visiting("s1", "A"), visiting("s2", "B")), inTown(), 1);
        LocalServices.Result withNone = attach(List.of(), inTown(), 1);

        assertThat(withTwo.eligible()).isEqualTo(withNone.eligible() + 2);
        assertThat(withTwo.proposals()).hasSize(1);
    }
}
