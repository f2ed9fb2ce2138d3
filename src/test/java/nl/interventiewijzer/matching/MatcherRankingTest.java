package nl.interventiewijzer.matching;

import static nl.interventiewijzer.matching.MatchingResources.FIT_MODEL;
import static nl.interventiewijzer.matching.MatchingResources.ids;
import static nl.interventiewijzer.matching.MatchingResources.matchFor;
import static nl.interventiewijzer.matching.MatchingResources.matcher;
import static nl.interventiewijzer.matching.MatchingResources.reasonCodes;
import static nl.interventiewijzer.matching.TestActivities.activity;
import static nl.interventiewijzer.matching.TestPeople.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Approach;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Evidence;
import nl.interventiewijzer.catalogue.GroupSize;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Provider;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.catalogue.Threshold;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.Note;
import nl.interventiewijzer.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * Profile fit leads; person context, duration and evidence move things within it (domain brief, "Matching:
 * principles" 2 to 4). Where two activities are compared, the one expected first has the id that sorts last, so the
 * id tie-break can never produce the expected order by itself.
 */
class MatcherRankingTest {

    // One-on-one, at home, companionship: the Achterblijvers direction.
    private static final Activity HOME_VISIT = activity("vriendschappelijk-huisbezoek")
            .kind(Kind.ONE_ON_ONE)
            .approaches(Approach.COMPANIONSHIP)
            .deliveredBy(Provider.TRAINED_VOLUNTEER)
            .groupSize(GroupSize.ONE_ON_ONE)
            .at(Setting.HOME)
            .build();
    private static final Activity OPEN_WALK_IN = activity("open-inloop")
            .approaches(Approach.MEETING)
            .groupSize(GroupSize.OPEN)
            .threshold(Threshold.LOW)
            .build();

    private static final Activity REFLECTION_COURSE = activity("zingeving-cursus")
            .kind(Kind.COURSE)
            .approaches(Approach.REFLECTION)
            .deliveredBy(Provider.PROFESSIONAL)
            .groupSize(GroupSize.SMALL_GROUP)
            .build();
    private static final Activity VOLUNTEERING_GROUP = activity("buurt-vrijwilligers")
            .approaches(Approach.VOLUNTEERING)
            .build();

    private static final Activity OUTREACH = activity("zorgmijders-outreach")
            .kind(Kind.ONE_ON_ONE)
            .approaches(Approach.OUTREACH, Approach.BASIC_NEEDS, Approach.PRACTICAL_HELP)
            .deliveredBy(Provider.PROFESSIONAL)
            .groupSize(GroupSize.ONE_ON_ONE)
            .threshold(Threshold.LOW)
            .at(Setting.HOME)
            .build();
    private static final Activity SKILLS_COURSE = activity("assertiviteit-cursus")
            .kind(Kind.COURSE)
            .approaches(Approach.SKILLS_TRAINING)
            .groupSize(GroupSize.SMALL_GROUP)
            .threshold(Threshold.HIGH)
            .build();

    private static final Person ANYONE = Person.UNKNOWN;

    private static MatchResult match(Profile profile, Duration duration, Person person, Activity... activities) {
        return matcher(activities).match(new MatchQuery(profile, duration, person, MatchQuery.DEFAULT_LIMIT));
    }

    private static MatchResult match(Profile profile, Person person, Activity... activities) {
        return match(profile, null, person, activities);
    }

    private static Match only(MatchResult result) {
        assertThat(result.matches()).hasSize(1);
        return result.matches().get(0);
    }

    @Test
    void forAchterblijversAHomeVisitForCompanionshipOutranksAnOpenWalkInGroup() {
        MatchResult result = match(Profile.ACHTERBLIJVERS, ANYONE, OPEN_WALK_IN, HOME_VISIT);

        assertThat(ids(result)).containsExactly(HOME_VISIT.id(), OPEN_WALK_IN.id());
    }

    @Test
    void forActievenTheSameOpenWalkInGroupOutranksTheHomeVisit() {
        MatchResult result = match(Profile.ACTIEVEN, ANYONE, OPEN_WALK_IN, HOME_VISIT);

        assertThat(ids(result)).containsExactly(OPEN_WALK_IN.id(), HOME_VISIT.id());
    }

    @Test
    void forCompenseerdersAReflectionCourseOutranksAVolunteeringGroup() {
        MatchResult result = match(Profile.COMPENSEERDERS, ANYONE, VOLUNTEERING_GROUP, REFLECTION_COURSE);

        assertThat(ids(result)).containsExactly(REFLECTION_COURSE.id(), VOLUNTEERING_GROUP.id());
    }

    @Test
    void forOverleversOutreachForBasicNeedsOutranksACourse() {
        MatchResult result = match(Profile.OVERLEVERS, ANYONE, SKILLS_COURSE, OUTREACH);

        assertThat(ids(result)).containsExactly(OUTREACH.id(), SKILLS_COURSE.id());
    }

    // --- person context

    private static final Person WITH_CANCER = person().with(Circumstance.CANCER).build();
    private static final Activity FOR_PEOPLE_WITH_CANCER = activity("kanker-ontmoetingsgroep")
            .requiresAnyOf(Circumstance.CANCER)
            .designedFor(Circumstance.CANCER)
            .approaches(Approach.MEETING)
            .build();
    private static final Activity SLIGHTLY_BETTER_FIT = activity("buurtgroep")
            .approaches(Approach.MEETING, Approach.SHARED_ACTIVITY)
            .build();

    @Test
    void anActivityMadeForACircumstanceThePersonNamesSaysItWasDesignedForThem() {
        Match match = only(match(Profile.ACTIEVEN, WITH_CANCER, FOR_PEOPLE_WITH_CANCER));

        assertThat(match.reasons()).contains(new Note("DESIGNED_FOR", "Speciaal opgezet voor mensen met kanker."));
    }

    @Test
    void anActivityMadeForACircumstanceThePersonNamesRisesAboveASlightlyBetterProfileFit() {
        assertThat(FIT_MODEL.fit(Profile.ACTIEVEN, SLIGHTLY_BETTER_FIT).points())
                .as("precondition: the other activity fits the profile better")
                .isGreaterThan(FIT_MODEL.fit(Profile.ACTIEVEN, FOR_PEOPLE_WITH_CANCER).points());

        MatchResult result = match(Profile.ACTIEVEN, WITH_CANCER, SLIGHTLY_BETTER_FIT, FOR_PEOPLE_WITH_CANCER);

        assertThat(ids(result)).containsExactly(FOR_PEOPLE_WITH_CANCER.id(), SLIGHTLY_BETTER_FIT.id());
    }

    @Test
    void anActivityMadeForThePersonsAgeBandSaysSoAndScoresHigher() {
        Activity forTheOldest = activity("tachtig-plus-soos").designedForAges(80, null).build();
        Person eightyTwo = person().age(82).build();
        Person seventy = person().age(70).build();

        Match forThem = only(match(Profile.ACTIEVEN, eightyTwo, forTheOldest));
        Match tooYoungForTheBand = only(match(Profile.ACTIEVEN, seventy, forTheOldest));
        Match ageUnknown = only(match(Profile.ACTIEVEN, ANYONE, forTheOldest));

        assertThat(forThem.reasons()).contains(new Note("DESIGNED_FOR_AGE", "Opgezet voor mensen van 80 jaar en ouder."));
        assertThat(reasonCodes(tooYoungForTheBand)).doesNotContain("DESIGNED_FOR_AGE", "DESIGNED_FOR");
        assertThat(reasonCodes(ageUnknown)).doesNotContain("DESIGNED_FOR_AGE", "DESIGNED_FOR");
        assertThat(forThem.score()).isGreaterThan(tooYoungForTheBand.score());
    }

    /** Living alone is a precondition of a lodger scheme, not its purpose (issue 8): no "made for you". */
    @Test
    void aRequirementTheActivityWasNotMadeForGivesNoMadeForYouReason() {
        Activity lodgerScheme = activity("student-op-kamers").requiresAnyOf(Circumstance.LIVES_ALONE).build();
        Activity madeForLivingAlone = activity("eetgroep").designedFor(Circumstance.LIVES_ALONE).build();
        Person livingAlone = person().with(Circumstance.LIVES_ALONE).build();

        Match precondition = only(match(Profile.ACTIEVEN, livingAlone, lodgerScheme));
        Match purpose = only(match(Profile.ACTIEVEN, livingAlone, madeForLivingAlone));

        assertThat(reasonCodes(precondition)).doesNotContain("DESIGNED_FOR", "DESIGNED_FOR_AGE");
        assertThat(purpose.reasons()).contains(new Note("DESIGNED_FOR", "Speciaal opgezet voor alleenwonenden."));
        assertThat(purpose.score() - precondition.score())
                .isCloseTo(FIT_MODEL.policy().designedFor(Circumstance.LIVES_ALONE), within(0.01));
    }

    @Test
    void anActivityServingAnInterestOfThePersonNamesTheInterestAndScoresHigher() {
        Activity walking = activity("wandelgroep").themes(Theme.NATURE, Theme.EXERCISE).build();
        Person natureLover = person().interestedIn(Theme.NATURE, Theme.CULTURE).build();

        Match forThem = only(match(Profile.ACTIEVEN, natureLover, walking));
        Match forAnyone = only(match(Profile.ACTIEVEN, ANYONE, walking));

        assertThat(forThem.reasons()).contains(new Note("INTEREST", "Sluit aan bij de interesse in natuur."));
        assertThat(forThem.score()).isGreaterThan(forAnyone.score());
    }

    // --- evidence

    @Test
    void aSubstantiatedActivityOutranksAPromisingOneWithTheSameFit() {
        Activity promising = activity("buurtkring").evidence(Evidence.PROMISING).build();
        Activity substantiated = activity("zilveren-kring").evidence(Evidence.SUBSTANTIATED).build();

        MatchResult result = match(Profile.ACTIEVEN, ANYONE, promising, substantiated);

        assertThat(ids(result)).containsExactly(substantiated.id(), promising.id());
        assertThat(reasonCodes(matchFor(result, substantiated.id()))).contains("EVIDENCE_SUBSTANTIATED");
    }

    @Test
    void aSubstantiatedActivityNeverOutranksAPromisingOneWithAFitOnePointBetter() {
        Activity substantiated = activity("buurtkring").evidence(Evidence.SUBSTANTIATED).build();
        Activity promisingBetterFit = activity("zilveren-kring")
                .evidence(Evidence.PROMISING)
                .approaches(Approach.MEETING, Approach.NETWORK_BUILDING)
                .build();
        assertThat(FIT_MODEL.fit(Profile.ACTIEVEN, promisingBetterFit).points())
                .as("precondition: the promising activity fits exactly one point better")
                .isEqualTo(FIT_MODEL.fit(Profile.ACTIEVEN, substantiated).points() + 1);

        MatchResult result = match(Profile.ACTIEVEN, ANYONE, substantiated, promisingBetterFit);

        assertThat(ids(result)).containsExactly(promisingBetterFit.id(), substantiated.id());
    }

    // --- duration and bereavement

    private static final Activity LOW_THRESHOLD_MEETING = activity("koffieochtend")
            .approaches(Approach.MEETING)
            .threshold(Threshold.LOW)
            .build();
    private static final Activity BY_A_PROFESSIONAL = activity("wijkteam-begeleiding")
            .kind(Kind.ONE_ON_ONE)
            .approaches(Approach.COACHING)
            .deliveredBy(Provider.PROFESSIONAL)
            .groupSize(GroupSize.ONE_ON_ONE)
            .build();

    @Test
    void aThreatenedDurationAddsPreventionToALowThresholdMeetingActivity() {
        Match threatened = only(match(Profile.ACTIEVEN, Duration.THREATENED, ANYONE, LOW_THRESHOLD_MEETING));
        Match situational = only(match(Profile.ACTIEVEN, Duration.SITUATIONAL, ANYONE, LOW_THRESHOLD_MEETING));

        assertThat(reasonCodes(threatened)).contains("PREVENTION");
        assertThat(reasonCodes(situational)).doesNotContain("PREVENTION");
        assertThat(threatened.score()).isGreaterThan(situational.score());
    }

    @Test
    void aThreatenedDurationAddsNoPreventionToADemandingActivity() {
        Activity demanding = activity("intensieve-training").approaches(Approach.MEETING).threshold(Threshold.HIGH).build();

        Match match = only(match(Profile.ACTIEVEN, Duration.THREATENED, ANYONE, demanding));

        assertThat(reasonCodes(match)).doesNotContain("PREVENTION");
    }

    @Test
    void aStructurallyComplexDurationAddsProfessionalCareToAnActivityByAProfessional() {
        Match complex = only(match(Profile.OVERLEVERS, Duration.STRUCTURAL_COMPLEX, ANYONE, BY_A_PROFESSIONAL));
        Match structural = only(match(Profile.OVERLEVERS, Duration.STRUCTURAL, ANYONE, BY_A_PROFESSIONAL));

        assertThat(reasonCodes(complex)).contains("PROFESSIONAL_CARE");
        assertThat(reasonCodes(structural)).doesNotContain("PROFESSIONAL_CARE");
        assertThat(complex.score()).isGreaterThan(structural.score());
    }

    @Test
    void aStructurallyComplexDurationAddsNoProfessionalCareToAnActivityByVolunteers() {
        Match match = only(match(Profile.OVERLEVERS, Duration.STRUCTURAL_COMPLEX, ANYONE, LOW_THRESHOLD_MEETING));

        assertThat(reasonCodes(match)).doesNotContain("PROFESSIONAL_CARE");
    }

    @Test
    void aRecentlyWidowedPersonGetsBereavementSupportNamedAsSuchAndScoredHigher() {
        Activity bereavementVisits = activity("bezoekdienst-rouw")
                .kind(Kind.ONE_ON_ONE)
                .approaches(Approach.BEREAVEMENT_SUPPORT, Approach.COMPANIONSHIP)
                .groupSize(GroupSize.ONE_ON_ONE)
                .at(Setting.HOME)
                .build();
        Person recentlyWidowed = person().with(Circumstance.RECENTLY_WIDOWED).build();
        Person widowedLongAgo = person().with(Circumstance.WIDOWED).build();

        Match recent = only(match(Profile.ACHTERBLIJVERS, recentlyWidowed, bereavementVisits));
        Match longAgo = only(match(Profile.ACHTERBLIJVERS, widowedLongAgo, bereavementVisits));

        assertThat(reasonCodes(recent)).contains("RECENT_BEREAVEMENT");
        assertThat(reasonCodes(longAgo)).doesNotContain("RECENT_BEREAVEMENT");
        assertThat(recent.score()).isGreaterThan(longAgo.score());
    }

    // --- kind of loneliness (De Jong Gierveld subscales)

    private static final LonelinessContext EMOTIONAL = new LonelinessContext(true, false);
    private static final LonelinessContext SOCIAL = new LonelinessContext(false, true);

    private static Match onlyWith(LonelinessContext loneliness, Activity activity) {
        return only(matcher(activity).match(new MatchQuery(Profile.ACTIEVEN, null, ANYONE, loneliness, 10)));
    }

    @Test
    void emotionalLonelinessFavoursCompanionshipWithAReason() {
        Match emotional = onlyWith(EMOTIONAL, HOME_VISIT);
        Match unknown = onlyWith(LonelinessContext.UNKNOWN, HOME_VISIT);

        assertThat(reasonCodes(emotional)).contains("EMOTIONAL_LONELINESS");
        assertThat(emotional.score()).isGreaterThan(unknown.score());
    }

    @Test
    void socialLonelinessFavoursMeetingOthersWithAReason() {
        Match social = onlyWith(SOCIAL, OPEN_WALK_IN);
        Match unknown = onlyWith(LonelinessContext.UNKNOWN, OPEN_WALK_IN);

        assertThat(reasonCodes(social)).contains("SOCIAL_LONELINESS");
        assertThat(social.score()).isGreaterThan(unknown.score());
    }

    @Test
    void emotionalLonelinessAddsNothingToAnActivityForMeetingOthers() {
        assertThat(onlyWith(EMOTIONAL, OPEN_WALK_IN).score()).isEqualTo(onlyWith(LonelinessContext.UNKNOWN, OPEN_WALK_IN).score());
    }
}
