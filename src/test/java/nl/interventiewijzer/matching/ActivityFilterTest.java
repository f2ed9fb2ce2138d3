package nl.interventiewijzer.matching;

import static nl.interventiewijzer.matching.MatchingResources.FIT_MODEL;
import static nl.interventiewijzer.matching.TestActivities.activity;
import static nl.interventiewijzer.matching.TestActivities.catalogue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Approach;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Evidence;
import nl.interventiewijzer.catalogue.GroupSize;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.profile.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Catalogue queries: different filters must all hold, several values of one filter mean "any of these". */
class ActivityFilterTest {

    private static final Activity WALKING_GROUP = activity("wandelgroep").named("Wandelgroep")
            .evidence(Evidence.PROMISING).themes(Theme.NATURE).build();
    private static final Activity MUSEUM_VISITS = activity("museumbezoek").named("Museumbezoek")
            .evidence(Evidence.SUBSTANTIATED).themes(Theme.CULTURE).designedFor(Circumstance.LIVES_ALONE).build();
    private static final Activity BUDDY = activity("maatje").named("Maatje").kind(Kind.ONE_ON_ONE)
            .groupSize(GroupSize.ONE_ON_ONE).evidence(Evidence.PROMISING).themes(Theme.NATURE)
            .requiresAnyOf(Circumstance.PSYCHIATRIC_CONDITION).designedFor(Circumstance.PSYCHIATRIC_CONDITION).build();
    private static final Activity COURSE = activity("computercursus").named("Computercursus").kind(Kind.COURSE)
            .evidence(Evidence.PRACTICE_EXAMPLE).themes(Theme.DISCOVER_AND_LEARN)
            .requiresAllOf(Circumstance.INTELLECTUAL_DISABILITY).designedFor(Circumstance.INTELLECTUAL_DISABILITY).build();
    private static final Activity NEIGHBOURHOOD_APPROACH = activity("wijkaanpak").named("Wijkaanpak")
            .kind(Kind.COMMUNITY).build();

    private static final Catalogue CATALOGUE =
            catalogue(WALKING_GROUP, MUSEUM_VISITS, BUDDY, COURSE, NEIGHBOURHOOD_APPROACH);

    private static final ActivityFilter NO_FILTER = new ActivityFilter(Set.of(), Set.of(), null, Set.of(), Set.of(), null);

    private static ActivityFilter byKinds(Kind... kinds) {
        return new ActivityFilter(Set.of(kinds), Set.of(), null, Set.of(), Set.of(), null);
    }

    private static ActivityFilter byEvidence(Evidence... levels) {
        return new ActivityFilter(Set.of(), Set.of(levels), null, Set.of(), Set.of(), null);
    }

    private static ActivityFilter byThemes(Theme... themes) {
        return new ActivityFilter(Set.of(), Set.of(), null, Set.of(themes), Set.of(), null);
    }

    private static ActivityFilter byCircumstances(Circumstance... circumstances) {
        return new ActivityFilter(Set.of(), Set.of(), null, Set.of(), Set.of(circumstances), null);
    }

    private static ActivityFilter byText(String text) {
        return new ActivityFilter(Set.of(), Set.of(), null, Set.of(), Set.of(), text);
    }

    private static ActivityFilter byProfile(Profile profile) {
        return new ActivityFilter(Set.of(), Set.of(), profile, Set.of(), Set.of(), null);
    }

    private static List<String> ids(List<Activity> activities) {
        return activities.stream().map(Activity::id).toList();
    }

    @Test
    void noFilterListsTheWholeCatalogueByName() {
        assertThat(ids(NO_FILTER.apply(CATALOGUE, FIT_MODEL)))
                .containsExactly("computercursus", "maatje", "museumbezoek", "wandelgroep", "wijkaanpak");
    }

    @Test
    void severalKindsMeanAnyOfThem() {
        assertThat(ids(byKinds(Kind.GROUP, Kind.COURSE).apply(CATALOGUE, FIT_MODEL)))
                .containsExactly("computercursus", "museumbezoek", "wandelgroep");
    }

    @Test
    void severalEvidenceLevelsMeanAnyOfThem() {
        assertThat(ids(byEvidence(Evidence.SUBSTANTIATED, Evidence.PRACTICE_EXAMPLE).apply(CATALOGUE, FIT_MODEL)))
                .containsExactly("computercursus", "museumbezoek");
    }

    @Test
    void severalThemesMeanAnyOfThem() {
        assertThat(ids(byThemes(Theme.NATURE, Theme.CULTURE).apply(CATALOGUE, FIT_MODEL)))
                .containsExactly("maatje", "museumbezoek", "wandelgroep");
    }

    @Test
    void aCircumstanceMatchesActivitiesMadeForIt() {
        ActivityFilter filter = byCircumstances(
                Circumstance.LIVES_ALONE, Circumstance.PSYCHIATRIC_CONDITION, Circumstance.INTELLECTUAL_DISABILITY);

        assertThat(ids(filter.apply(CATALOGUE, FIT_MODEL))).containsExactly("computercursus", "maatje", "museumbezoek");
    }

    @Test
    void differentFiltersMustAllHold() {
        ActivityFilter groupsInNature = new ActivityFilter(
                Set.of(Kind.GROUP), Set.of(), null, Set.of(Theme.NATURE), Set.of(), null);

        assertThat(ids(groupsInNature.apply(CATALOGUE, FIT_MODEL))).containsExactly("wandelgroep");
    }

    @Test
    void everyFilterAtOnceKeepsOnlyWhatMeetsThemAll() {
        ActivityFilter all = new ActivityFilter(
                Set.of(Kind.GROUP, Kind.ONE_ON_ONE),
                Set.of(Evidence.PROMISING, Evidence.SUBSTANTIATED),
                null,
                Set.of(Theme.NATURE, Theme.CULTURE),
                Set.of(Circumstance.LIVES_ALONE, Circumstance.PSYCHIATRIC_CONDITION),
                "m");

        assertThat(ids(all.apply(CATALOGUE, FIT_MODEL))).containsExactly("maatje", "museumbezoek");
    }

    static Stream<Arguments> textInEachField() {
        return Stream.of(
                Arguments.of("name", "SCHAAK", activity("gezocht").named("Schaakclub De Toren").build()),
                Arguments.of("description", "Schaak", activity("gezocht").description("Een schaakmiddag in het buurthuis.").build()),
                Arguments.of("targetGroup", "schaak", activity("gezocht").targetGroup("Ouderen die van SCHAAKspel houden.").build()),
                Arguments.of("organisation", "ScHaAk", activity("gezocht").organisation("Schaakbond").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textInEachField")
    void textSearchIgnoresCaseInNameDescriptionTargetGroupAndOrganisation(String field, String text, Activity found) {
        Activity other = activity("ander").named("Breiclub").organisation("Buurthuis").build();

        assertThat(ids(byText(text).apply(catalogue(found, other), FIT_MODEL))).containsExactly("gezocht");
    }

    @Test
    void aBlankTextFiltersNothing() {
        assertThat(byText("   ").apply(CATALOGUE, FIT_MODEL)).hasSize(CATALOGUE.size());
    }

    @Test
    void aProfileKeepsOnlyGoodAndStrongFitsBestFirst() {
        Activity strong = activity("zomerfeest").named("Zomerfeest")
                .approaches(Approach.MEETING, Approach.SHARED_ACTIVITY).build();
        Activity good = activity("buurtgroep").named("Buurtgroep").approaches(Approach.MEETING).build();
        Activity partial = activity("koffie-aan-huis").named("Koffie aan huis").kind(Kind.ONE_ON_ONE)
                .groupSize(GroupSize.ONE_ON_ONE).approaches(Approach.MEETING).build();
        Activity weak = activity("aanloop").named("Aanloop").kind(Kind.ONE_ON_ONE).groupSize(GroupSize.ONE_ON_ONE)
                .approaches(Approach.COMPANIONSHIP).build();
        assertThat(Stream.of(strong, good, partial, weak).map(a -> FIT_MODEL.fit(Profile.ACTIEVEN, a).level()))
                .as("precondition: one activity per fit level")
                .containsExactly(FitLevel.STRONG, FitLevel.GOOD, FitLevel.PARTIAL, FitLevel.WEAK);

        List<Activity> listed = byProfile(Profile.ACTIEVEN).apply(catalogue(weak, partial, good, strong), FIT_MODEL);

        assertThat(ids(listed)).containsExactly("zomerfeest", "buurtgroep");
    }

    @Test
    void aProfileNeverListsACommunityApproachHoweverWellItsTraitsFit() {
        Activity community = activity("wijkfeest").kind(Kind.COMMUNITY)
                .approaches(Approach.MEETING, Approach.SHARED_ACTIVITY, Approach.VOLUNTEERING).build();
        assertThat(FIT_MODEL.fit(Profile.ACTIEVEN, community).level()).isEqualTo(FitLevel.STRONG);

        assertThat(byProfile(Profile.ACTIEVEN).apply(catalogue(community), FIT_MODEL)).isEmpty();
    }

    @Test
    void filteringOnRecentlyWidowedAlsoFindsActivitiesForTheWidowed() {
        Activity forWidows = activity("weduwenkring").designedFor(Circumstance.WIDOWED).build();
        ActivityFilter filter = new ActivityFilter(Set.of(), Set.of(), null, Set.of(), Set.of(Circumstance.RECENTLY_WIDOWED), null);

        assertThat(filter.apply(catalogue(forWidows), FIT_MODEL)).containsExactly(forWidows);
    }

    private static final Activity AMERSFOORT_ONLY = activity("amersfoort").named("Amersfoorts project").localTo("Amersfoort")
            .build();
    private static final Catalogue WITH_LOCAL = catalogue(WALKING_GROUP, AMERSFOORT_ONLY);

    private static ActivityFilter where(Set<nl.interventiewijzer.catalogue.AvailabilityScope> scopes, String municipality) {
        return new ActivityFilter(Set.of(), Set.of(), null, Set.of(), Set.of(), null, scopes, municipality);
    }

    @Test
    void aScopeKeepsOnlyActivitiesOfThatScope() {
        assertThat(ids(where(Set.of(nl.interventiewijzer.catalogue.AvailabilityScope.LOCAL), null).apply(WITH_LOCAL, FIT_MODEL)))
                .containsExactly("amersfoort");
        assertThat(ids(where(Set.of(nl.interventiewijzer.catalogue.AvailabilityScope.NATIONAL), null).apply(WITH_LOCAL, FIT_MODEL)))
                .containsExactly("wandelgroep");
    }

    @Test
    void aMunicipalityKeepsWhatReachesIt() {
        assertThat(ids(where(Set.of(), " Amersfoort ").apply(WITH_LOCAL, FIT_MODEL)))
                .containsExactlyInAnyOrder("amersfoort", "wandelgroep");
        assertThat(ids(where(Set.of(), "Utrecht").apply(WITH_LOCAL, FIT_MODEL))).containsExactly("wandelgroep");
    }

    @Test
    void aBlankMunicipalityFiltersNothing() {
        assertThat(where(Set.of(), "  ").municipality()).isNull();
        assertThat(where(Set.of(), "  ").apply(WITH_LOCAL, FIT_MODEL)).hasSize(2);
    }
}
