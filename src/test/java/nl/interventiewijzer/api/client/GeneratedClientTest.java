package nl.interventiewijzer.api.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.interventiewijzer.client.ApiClient;
import nl.interventiewijzer.client.ApiException;
import nl.interventiewijzer.client.ApiResponse;
import nl.interventiewijzer.client.api.ActivitiesApi;
import nl.interventiewijzer.client.api.MatchesApi;
import nl.interventiewijzer.client.api.ProfilesApi;
import nl.interventiewijzer.client.model.Activity;
import nl.interventiewijzer.client.model.ActivityList;
import nl.interventiewijzer.client.model.AvailabilityScope;
import nl.interventiewijzer.client.model.Circumstance;
import nl.interventiewijzer.client.model.ClassificationRequest;
import nl.interventiewijzer.client.model.ClassificationResponse;
import nl.interventiewijzer.client.model.Coping;
import nl.interventiewijzer.client.model.DeJongGierveldAnswers;
import nl.interventiewijzer.client.model.Dimensions;
import nl.interventiewijzer.client.model.Duration;
import nl.interventiewijzer.client.model.Evidence;
import nl.interventiewijzer.client.model.Gender;
import nl.interventiewijzer.client.model.Intake;
import nl.interventiewijzer.client.model.Kind;
import nl.interventiewijzer.client.model.Match;
import nl.interventiewijzer.client.model.MatchRequest;
import nl.interventiewijzer.client.model.MatchResponse;
import nl.interventiewijzer.client.model.Mobility;
import nl.interventiewijzer.client.model.Person;
import nl.interventiewijzer.client.model.Profile;
import nl.interventiewijzer.client.model.ProfileCode;
import nl.interventiewijzer.client.model.ProfileList;
import nl.interventiewijzer.client.model.ProfileSource;
import nl.interventiewijzer.client.model.Theme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A partner's view of the service: the Java client openapi-generator 7.25.0 makes from openapi.yaml ({@code -g java
 * --library native}, default options; generated into target/generated-test-sources by the build) calls every
 * operation against the test instance. Any call the generated client cannot make work fails here with the
 * service's problem in the message, as a partner would see it.
 */
@QuarkusTest
class GeneratedClientTest {

    /** Answers that read as an Achterblijver who lost a partner this year (see the intake questionnaire). */
    private static final Map<String, String> RECENTLY_BEREAVED = Map.of(
            "how-long", "LESS_THAN_A_YEAR", "life-event", "PARTNER_DIED",
            "seeking-contact", "WAIT_FOR_OTHERS", "wants-more-contact", "YES");

    @TestHTTPResource("/")
    URI root;

    private ApiClient client;
    private ProfilesApi profiles;
    private ActivitiesApi activities;
    private MatchesApi matches;

    @BeforeEach
    void aGeneratedClientPointedAtTheTestInstance() {
        client = new ApiClient();
        client.updateBaseUri(root.toString().replaceAll("/$", ""));
        profiles = new ProfilesApi(client);
        activities = new ActivitiesApi(client);
        matches = new MatchesApi(client);
    }

    @Test
    void listsTheEightProfiles() throws Exception {
        ProfileList list = profiles.listProfiles(null);

        assertThat(list.getItems()).extracting(Profile::getCode).containsExactlyInAnyOrder(ProfileCode.values());
    }

    @Test
    void readsOneProfile() throws Exception {
        Profile profile = profiles.getProfile(ProfileCode.ACHTERBLIJVERS.getValue(), null);

        assertThat(profile.getCode()).isEqualTo(ProfileCode.ACHTERBLIJVERS);
        assertThat(profile.getSupportDirection().getNl()).isNotBlank();
    }

    /**
     * The contract's 304 is not a 2xx, so the generated client reports it as an exception with code 304: a partner
     * that sends the ETag back must catch that. This pins the behaviour the README's caching note describes.
     */
    @Test
    void aConditionalGetWithTheCurrentEtagReachesTheGeneratedClientAsAnExceptionWithCode304() throws Exception {
        ApiResponse<Profile> first = profiles.getProfileWithHttpInfo(ProfileCode.GEBORGENEN.getValue(), null);
        String etag = first.getHeaders().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("ETag"))
                .map(header -> header.getValue().get(0)).findFirst().orElseThrow();

        assertThatThrownBy(() -> profiles.getProfile(ProfileCode.GEBORGENEN.getValue(), etag))
                .isInstanceOfSatisfying(ApiException.class, notModified -> assertThat(notModified.getCode()).isEqualTo(304));
    }

    @Test
    void readsTheIntakeQuestionnaireAndBothFormsOfTheScale() throws Exception {
        Intake intake = profiles.getIntake(null);

        assertThat(intake.getQuestionnaire().getItems()).extracting(item -> item.getId()).contains("how-long");
        assertThat(intake.getDeJongGierveld()).hasSize(2);
    }

    @Test
    void listsActivitiesThroughEveryFilter() throws Exception {
        ActivityList courses = activities.listActivities(null, List.of(Kind.COURSE), List.of(Evidence.SUBSTANTIATED),
                null, null, null, null, null, null, 0, 50);
        ActivityList forAchterblijvers = activities.listActivities(null, null, null, ProfileCode.ACHTERBLIJVERS, null,
                null, null, null, null, null, null);
        ActivityList forWidowed = activities.listActivities(null, null, null, null, null,
                List.of(Circumstance.RECENTLY_WIDOWED, Circumstance.LIVES_ALONE), null, null, null, null, null);
        Theme theme = forAchterblijvers.getItems().stream().flatMap(activity -> activity.getThemes().stream()).findFirst()
                .orElseThrow();
        ActivityList themed = activities.listActivities(null, null, null, null, List.of(theme), null, null, null, null,
                null, null);
        ActivityList searched = activities.listActivities(null, null, null, null, null, null, "Bosshardt", null, null,
                null, null);
        ActivityList local = activities.listActivities(null, null, null, null, null, null, null,
                List.of(AvailabilityScope.LOCAL), null, null, null);
        ActivityList reachableInAmersfoort = activities.listActivities(null, null, null, null, null, null, null, null,
                "Amersfoort", null, null);

        assertThat(courses.getItems()).isNotEmpty().allSatisfy(activity -> {
            assertThat(activity.getKind()).isEqualTo(Kind.COURSE);
            assertThat(activity.getEvidence()).isEqualTo(Evidence.SUBSTANTIATED);
        });
        assertThat(forAchterblijvers.getItems()).isNotEmpty();
        assertThat(forWidowed.getItems()).isNotEmpty();
        assertThat(themed.getItems()).isNotEmpty().allSatisfy(activity -> assertThat(activity.getThemes()).contains(theme));
        assertThat(searched.getItems()).extracting(Activity::getName).contains("Bij Bosshardt");
        assertThat(local.getItems()).isNotEmpty()
                .allSatisfy(activity -> assertThat(activity.getAvailability().getScope()).isEqualTo(AvailabilityScope.LOCAL));
        assertThat(reachableInAmersfoort.getItems()).isNotEmpty().allSatisfy(activity ->
                assertThat(activity.getAvailability().getScope() == AvailabilityScope.NATIONAL
                        || activity.getAvailability().getMunicipalities().contains("Amersfoort")).isTrue());
    }

    @Test
    void readsOneActivity() throws Exception {
        String id = activities.listActivities(null, null, null, null, null, null, null, null, null, 0, 1).getItems().get(0)
                .getId();

        assertThat(activities.getActivity(id, null).getId()).isEqualTo(id);
    }

    @Test
    void classifiesByDimensions() throws Exception {
        ClassificationResponse response = profiles.classify(new ClassificationRequest().dimensions(threatenedPassive()));

        assertThat(response.getProfile().getCode()).isEqualTo(ProfileCode.ACHTERBLIJVERS);
        assertThat(response.getSource()).isEqualTo(ProfileSource.DIMENSIONS);
    }

    @Test
    void classifiesByAnswersWithTheLonelinessScale() throws Exception {
        ClassificationResponse response = profiles.classify(new ClassificationRequest().answers(RECENTLY_BEREAVED)
                .deJongGierveld(shortFormWithASkippedItem()));

        assertThat(response.getProfile().getCode()).isEqualTo(ProfileCode.ACHTERBLIJVERS);
        assertThat(response.getSource()).isEqualTo(ProfileSource.ANSWERS);
        assertThat(response.getDerivation()).isNotNull();
        assertThat(response.getLoneliness()).isNotNull();
    }

    @Test
    void matchesByProfileWithAndWithoutAPerson() throws Exception {
        MatchResponse bare = matches.match(new MatchRequest().profile(ProfileCode.ACHTERBLIJVERS));
        MatchResponse withPerson = matches.match(new MatchRequest().profile(ProfileCode.ACHTERBLIJVERS).limit(5)
                .person(widowOfEightyOne()));

        assertThat(bare.getProfileSource()).isEqualTo(ProfileSource.PROFILE);
        assertThat(bare.getMatches()).hasSize(10);
        assertThat(withPerson.getMatches()).hasSize(5);
        assertThat(withPerson.getMatches()).extracting(Match::getRank).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void matchesByDimensionsWithAndWithoutAPerson() throws Exception {
        MatchResponse bare = matches.match(new MatchRequest().dimensions(threatenedPassive()));
        MatchResponse withPerson = matches.match(new MatchRequest().dimensions(threatenedPassive()).person(widowOfEightyOne()));

        assertThat(bare.getProfileSource()).isEqualTo(ProfileSource.DIMENSIONS);
        assertThat(bare.getProfile().getCode()).isEqualTo(ProfileCode.ACHTERBLIJVERS);
        assertThat(withPerson.getMatches()).isNotEmpty();
    }

    @Test
    void matchesByAnswersWithAndWithoutAPerson() throws Exception {
        MatchResponse bare = matches.match(new MatchRequest().answers(RECENTLY_BEREAVED));
        MatchResponse withPerson = matches.match(new MatchRequest().answers(RECENTLY_BEREAVED).person(widowOfEightyOne())
                .deJongGierveld(shortFormWithASkippedItem()));

        assertThat(bare.getProfileSource()).isEqualTo(ProfileSource.ANSWERS);
        assertThat(bare.getDerivation()).isNotNull();
        assertThat(withPerson.getLoneliness()).isNotNull();
        assertThat(withPerson.getMatches()).isNotEmpty();
    }

    @Test
    void aPersonTheClientLeftEmptyIsAPersonNothingIsKnownAbout() throws Exception {
        MatchResponse empty = matches.match(new MatchRequest().profile(ProfileCode.HOOPVOLLEN).person(new Person()));
        MatchResponse none = matches.match(new MatchRequest().profile(ProfileCode.HOOPVOLLEN));

        assertThat(empty.getMatches()).extracting(match -> match.getActivity().getId())
                .containsExactlyElementsOf(none.getMatches().stream().map(match -> match.getActivity().getId()).toList());
    }

    /**
     * The trap this test exists for: the generated models start with an empty answers map, an empty list for each list
     * in a person and the contract's default limit, and the client sends them all. The service must read them as
     * "not given" (openapi.yaml says so).
     */
    @Test
    void theGeneratedClientSendsEmptyAnswersEmptyListsAndTheDefaultLimitUnasked() throws JsonProcessingException {
        String match = client.getObjectMapper().writeValueAsString(new MatchRequest().profile(ProfileCode.ACHTERBLIJVERS)
                .person(new Person().age(81)));
        String classification = client.getObjectMapper().writeValueAsString(new ClassificationRequest()
                .dimensions(threatenedPassive()));

        assertThat(match).contains("\"answers\":{}", "\"limit\":10", "\"circumstances\":[]", "\"interests\":[]");
        assertThat(classification).contains("\"answers\":{}");
    }

    private static Dimensions threatenedPassive() {
        return new Dimensions().duration(Duration.THREATENED).coping(Coping.PASSIVE).participationOriented(true);
    }

    private static Person widowOfEightyOne() {
        return new Person().age(81).gender(Gender.FEMALE).mobility(Mobility.LIMITED).digitalSkills(false)
                .circumstances(List.of(Circumstance.RECENTLY_WIDOWED, Circumstance.LIVES_ALONE));
    }

    private static DeJongGierveldAnswers shortFormWithASkippedItem() {
        DeJongGierveldAnswers scale = new DeJongGierveldAnswers().form(DeJongGierveldAnswers.FormEnum.SHORT_6);
        for (DeJongGierveldAnswers.AnswersEnum answer : List.of(DeJongGierveldAnswers.AnswersEnum.JA,
                DeJongGierveldAnswers.AnswersEnum.JA, DeJongGierveldAnswers.AnswersEnum.MIN_OF_MEER,
                DeJongGierveldAnswers.AnswersEnum.JA, DeJongGierveldAnswers.AnswersEnum.NEE)) {
            scale.addAnswersItem(answer);
        }
        scale.addAnswersItem(null);
        return scale;
    }
}
