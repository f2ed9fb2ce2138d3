package nl.interventiewijzer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of the validator rejects a broken entry with a problem that names the entry. */
class CatalogueValidatorTest {

    private static final String ID = "samen-wandelen";
    private static final String NAME = "Samen wandelen";
    private static final String OTHER_ID = "samen-koken";
    private static final String OTHER_NAME = "Samen koken";
    private static final int MIN_AGE = 55;
    private static final int MAX_AGE = 80;

    private final CatalogueValidator validator = new CatalogueValidator();

    @Test
    void aCompleteEntryHasNoProblems() {
        assertThat(validator.validate(List.of(entry().build(), entry().id(OTHER_ID).name(OTHER_NAME).build()))).isEmpty();
    }

    @Test
    void aSecondEntryWithTheSameIdIsADuplicate() {
        List<String> problems = validator.validate(List.of(entry().build(), entry().name(OTHER_NAME).build()));

        assertThat(problems).singleElement().asString()
                .startsWith(label(ID, OTHER_NAME))
                .contains("duplicate id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Samen-wandelen", "samen_wandelen", "samen wandelen", "samen--wandelen", "-samen", "samen-",
            "samen-wandelen!", "één-op-één"})
    void anIdThatIsNotALowercaseHyphenatedSlugIsRejected(String id) {
        assertThat(problemsOf(entry().id(id))).singleElement().asString()
                .startsWith(label(id, NAME))
                .contains("id must match");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void aMissingOrBlankNameIsRejected(String name) {
        assertThat(problemsOf(entry().name(name))).singleElement().asString()
                .startsWith(label(ID, name))
                .contains("name is missing or blank");
    }

    @Test
    void aSubstantiatedEntryWithoutEvidenceSummaryIsRejected() {
        assertThat(problemsOf(entry().evidence(Evidence.SUBSTANTIATED).evidenceSummary(null))).singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains("evidenceSummary is required for SUBSTANTIATED");
    }

    @ParameterizedTest
    @EnumSource(value = Evidence.class, names = "SUBSTANTIATED", mode = EnumSource.Mode.EXCLUDE)
    void anEntryThatIsNotSubstantiatedNeedsNoEvidenceSummary(Evidence evidence) {
        assertThat(problemsOf(entry().evidence(evidence).evidenceSummary(null))).isEmpty();
    }

    @Test
    void aMinimumAgeAboveTheMaximumAgeIsRejected() {
        assertThat(problemsOf(entry().ages(MAX_AGE, MIN_AGE, AgeBasis.STATED))).singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains("minAge " + MAX_AGE + " is above maxAge " + MIN_AGE);
    }

    @Test
    void aMinimumAgeEqualToTheMaximumAgeIsAccepted() {
        assertThat(problemsOf(entry().ages(MIN_AGE, MIN_AGE, AgeBasis.STATED))).isEmpty();
    }

    @Test
    void aMinimumAgeWithoutAgeBasisIsRejected() {
        assertThat(problemsOf(entry().ages(MIN_AGE, null, null))).singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains("ageBasis is required");
    }

    @Test
    void aMaximumAgeWithoutAgeBasisIsRejected() {
        assertThat(problemsOf(entry().ages(null, MAX_AGE, null))).singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains("ageBasis is required");
    }

    @ParameterizedTest
    @EnumSource(AgeBasis.class)
    void anAgeBasisWithoutAnAgeLimitIsRejected(AgeBasis basis) {
        assertThat(problemsOf(entry().ages(null, null, basis))).singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains("ageBasis is set but there is no age limit");
    }

    @Test
    void genderXIsRejected() {
        assertThat(problemsOf(entry().gender(Gender.X))).singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains("gender may only be FEMALE or MALE");
    }

    @ParameterizedTest
    @EnumSource(value = Gender.class, names = {"FEMALE", "MALE"})
    void anActivityForOneGenderIsAccepted(Gender gender) {
        assertThat(problemsOf(entry().gender(gender))).isEmpty();
    }

    @Test
    void anEntryWithoutSettingsIsRejected() {
        assertThat(problemsOf(entry().settings(List.of()))).singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains("delivery.settings must list at least one value");
    }

    @Test
    void anEntryWithoutApproachesIsRejected() {
        assertThat(problemsOf(entry().approaches(List.of()))).singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains("approaches must list at least one value");
    }

    @Test
    void anEntryWithoutSourceIsRejected() {
        assertThat(problemsOf(entry().source(null))).singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains("source is missing");
    }

    @Test
    void aLocalEntryWithoutAMunicipalityIsRejected() {
        assertThat(problemsOf(entry().availability(AvailabilityScope.LOCAL, null, List.of()))).singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains("a LOCAL entry must name at least one municipality");
    }

    @Test
    void aNationalEntryThatNamesMunicipalitiesIsRejected() {
        assertThat(problemsOf(entry().availability(AvailabilityScope.NATIONAL, null, List.of("Utrecht"))))
                .singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains("a NATIONAL entry names no municipalities");
    }

    @Test
    void aNationalEntryWithARegionIsRejected() {
        assertThat(problemsOf(entry().availability(AvailabilityScope.NATIONAL, "Twente", List.of())))
                .singleElement().asString()
                .contains("a NATIONAL entry has no region");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aRegionalEntryWithoutARegionIsRejected(String region) {
        assertThat(problemsOf(entry().availability(AvailabilityScope.REGIONAL, region, List.of()))).singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains("availability.region (REGIONAL) is missing or blank");
    }

    @Test
    void aRegionalEntryWithARegionAndNoMunicipalitiesIsAccepted() {
        assertThat(problemsOf(entry().availability(AvailabilityScope.REGIONAL, "Oost-Groningen", List.of()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " Amersfoort", "Amersfoort "})
    void aBlankOrUntrimmedMunicipalityIsRejected(String municipality) {
        assertThat(problemsOf(entry().availability(AvailabilityScope.LOCAL, null, List.of(municipality))))
                .singleElement().asString()
                .contains("blank or untrimmed name");
    }

    @Test
    void notStatedNextToAStatedProviderIsRejected() {
        assertThat(problemsOf(entry().deliveredBy(List.of(Provider.NOT_STATED, Provider.VOLUNTEER))))
                .singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains("deliveredBy: NOT_STATED must stand alone");
    }

    @Test
    void notStatedAloneAsProviderIsAccepted() {
        assertThat(problemsOf(entry().deliveredBy(List.of(Provider.NOT_STATED)))).isEmpty();
    }

    @Test
    void notStatedNextToAStatedSettingIsRejected() {
        assertThat(problemsOf(entry().settings(List.of(Setting.HOME, Setting.NOT_STATED)))).singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains("delivery.settings: NOT_STATED must stand alone");
    }

    @Test
    void directAccessThroughSomeoneIsRejected() {
        assertThat(problemsOf(entry().access(AccessType.DIRECT, List.of(AccessRoute.GP)))).singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains("DIRECT takes no via");
    }

    @ParameterizedTest
    @EnumSource(value = AccessType.class, names = "DIRECT", mode = EnumSource.Mode.EXCLUDE)
    void accessThatIsNotDirectMustSayThroughWhom(AccessType type) {
        assertThat(problemsOf(entry().access(type, List.of()))).singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains(type + " must name via whom");
    }

    @Test
    void aProfessionalMethodReachedThroughTheWijkteamIsAccepted() {
        assertThat(problemsOf(entry().access(AccessType.PROFESSIONAL_METHOD, List.of(AccessRoute.WIJKTEAM)))).isEmpty();
    }

    @Test
    void aDesignedForAgeBandWhoseMinimumIsAboveItsMaximumIsRejected() {
        assertThat(problemsOf(entry().designedFor(new DesignedFor(List.of(), MAX_AGE, MIN_AGE)))).singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains("designedFor.minAge " + MAX_AGE + " is above maxAge " + MIN_AGE);
    }

    @Test
    void aDesignedForAgeOutsideZeroToAHundredAndTwentyIsRejected() {
        assertThat(problemsOf(entry().designedFor(new DesignedFor(List.of(), null, 130)))).singleElement().asString()
                .contains("designedFor.maxAge 130 is outside 0..120");
    }

    @Test
    void requirementsWithoutABasisAreRejected() {
        assertThat(problemsOf(entry().requirements(List.of(Circumstance.DEMENTIA), null))).singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains("eligibility.requirementsBasis is required");
    }

    @ParameterizedTest
    @EnumSource(RequirementsBasis.class)
    void aRequirementsBasisWithoutRequirementsIsRejected(RequirementsBasis basis) {
        assertThat(problemsOf(entry().requirements(List.of(), basis))).singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains("eligibility.requirementsBasis is set but requiresAnyOf and requiresAllOf are empty");
    }

    @ParameterizedTest
    @EnumSource(RequirementsBasis.class)
    void requirementsWithABasisAreAccepted(RequirementsBasis basis) {
        assertThat(problemsOf(entry().requirements(List.of(Circumstance.DEMENTIA), basis))).isEmpty();
    }

    @Test
    void anOtherSourceWithoutSectionIsRejected() {
        assertThat(problemsOf(entry().otherSources(List.of(new SourceRef(SourceDocument.SOCIAAL_MAAKT_GEZOND, " ")))))
                .singleElement().asString()
                .startsWith(label(ID, NAME))
                .contains("otherSources[0].section is missing or blank");
    }

    // --- retired ids

    @Test
    void aRetiredIdThatIsAlsoALiveIdIsRejected() {
        assertThat(validator.validateRetired(List.of(retired(ID, RetirementStatus.REMOVED, null)), List.of(entry().build())))
                .singleElement().asString()
                .startsWith("retired id '" + ID + "'")
                .contains("is also the id of a live entry");
    }

    @Test
    void aRetiredIdReplacedByAnUnknownIdIsRejected() {
        assertThat(validator.validateRetired(List.of(retired("oud", RetirementStatus.MERGED, "bestaat-niet")),
                List.of(entry().build())))
                .singleElement().asString()
                .startsWith("retired id 'oud'")
                .contains("replacedBy 'bestaat-niet' is not the id of a live entry");
    }

    @Test
    void aMergedIdWithoutReplacementIsRejected() {
        assertThat(validator.validateRetired(List.of(retired("oud", RetirementStatus.MERGED, null)), List.of(entry().build())))
                .singleElement().asString()
                .contains("replacedBy is required for MERGED");
    }

    @Test
    void anIdRetiredTwiceIsRejected() {
        assertThat(validator.validateRetired(List.of(retired("oud", RetirementStatus.REMOVED, null),
                retired("oud", RetirementStatus.REMOVED, null)), List.of(entry().build())))
                .singleElement().asString()
                .contains("retired twice");
    }

    @Test
    void aRetiredIdWithoutReasonIsRejected() {
        RetiredActivity silent = new RetiredActivity("oud", RetirementStatus.REMOVED, null, "2026.12.1", " ");
        assertThat(validator.validateRetired(List.of(silent), List.of(entry().build()))).singleElement().asString()
                .contains("reason is missing or blank");
    }

    @Test
    void aMergedIdPointingToALiveEntryIsAccepted() {
        assertThat(validator.validateRetired(List.of(retired("oud", RetirementStatus.MERGED, ID)), List.of(entry().build())))
                .isEmpty();
    }

    private static RetiredActivity retired(String id, RetirementStatus status, String replacedBy) {
        return new RetiredActivity(id, status, replacedBy, "2026.12.1", "Samengevoegd met een ander item.");
    }

    @Test
    void everyBrokenEntryIsReportedUnderItsOwnName() {
        List<String> problems = validator.validate(List.of(
                entry().source(null).build(),
                entry().id(OTHER_ID).name(OTHER_NAME).approaches(List.of()).build()));

        assertThat(problems).satisfiesExactly(
                first -> assertThat(first).startsWith(label(ID, NAME)).contains("source is missing"),
                second -> assertThat(second).startsWith(label(OTHER_ID, OTHER_NAME)).contains("approaches"));
    }

    private List<String> problemsOf(EntryBuilder entry) {
        return validator.validate(List.of(entry.build()));
    }

    /** How the validator names an entry: its id and its name. */
    private static String label(String id, String name) {
        return "activity '" + id + "' (" + name + ")";
    }

    private static EntryBuilder entry() {
        return new EntryBuilder();
    }

    /** A valid, substantiated group activity; each test breaks one field. */
    private static final class EntryBuilder {
        private String id = ID;
        private String name = NAME;
        private Evidence evidence = Evidence.SUBSTANTIATED;
        private EvidenceSummary evidenceSummary =
                new EvidenceSummary("Testbureau Welzijn", 2015, "Deelnemers voelen zich minder eenzaam.");
        private Integer minAge;
        private Integer maxAge;
        private AgeBasis ageBasis;
        private Gender gender;
        private List<Setting> settings = List.of(Setting.NEIGHBOURHOOD);
        private List<Approach> approaches = List.of(Approach.MEETING, Approach.SHARED_ACTIVITY);
        private SourceRef source = new SourceRef(SourceDocument.HANDREIKING, "3 Onderbouwde activiteiten");
        private DesignedFor designedFor = new DesignedFor(List.of(Circumstance.LIVES_ALONE), 65, null);
        private List<Circumstance> requiresAnyOf = List.of();
        private RequirementsBasis requirementsBasis;
        private Transport transport = Transport.NOT_STATED;
        private List<Provider> deliveredBy = List.of(Provider.VOLUNTEER);
        private Availability availability = new Availability(AvailabilityScope.LOCAL, null, List.of("Amersfoort"),
                "Voorbeeld uit Amersfoort.");
        private Access access = Access.DIRECT;
        private List<SourceRef> otherSources = List.of();

        EntryBuilder designedFor(DesignedFor value) {
            designedFor = value;
            return this;
        }

        EntryBuilder requirements(List<Circumstance> anyOf, RequirementsBasis basis) {
            requiresAnyOf = anyOf;
            requirementsBasis = basis;
            return this;
        }

        EntryBuilder deliveredBy(List<Provider> value) {
            deliveredBy = value;
            return this;
        }

        EntryBuilder availability(AvailabilityScope scope, String region, List<String> municipalities) {
            availability = new Availability(scope, region, municipalities, null);
            return this;
        }

        EntryBuilder access(AccessType type, List<AccessRoute> via) {
            access = new Access(type, via);
            return this;
        }

        EntryBuilder otherSources(List<SourceRef> value) {
            otherSources = value;
            return this;
        }

        EntryBuilder id(String value) {
            id = value;
            return this;
        }

        EntryBuilder name(String value) {
            name = value;
            return this;
        }

        EntryBuilder evidence(Evidence value) {
            evidence = value;
            return this;
        }

        EntryBuilder evidenceSummary(EvidenceSummary value) {
            evidenceSummary = value;
            return this;
        }

        EntryBuilder ages(Integer min, Integer max, AgeBasis basis) {
            minAge = min;
            maxAge = max;
            ageBasis = basis;
            return this;
        }

        EntryBuilder gender(Gender value) {
            gender = value;
            return this;
        }

        EntryBuilder settings(List<Setting> value) {
            settings = value;
            return this;
        }

        EntryBuilder approaches(List<Approach> value) {
            approaches = value;
            return this;
        }

        EntryBuilder source(SourceRef value) {
            source = value;
            return this;
        }

        Activity build() {
            return new Activity(
                    id,
                    name,
                    Kind.GROUP,
                    evidence,
                    evidenceSummary,
                    "Buurtgenoten wandelen wekelijks samen en drinken na afloop koffie.",
                    "Buurtbewoners die meer mensen willen leren kennen.",
                    designedFor,
                    new Eligibility(minAge, maxAge, ageBasis, gender, requiresAnyOf, List.of(), requirementsBasis, null),
                    new Delivery(settings, transport),
                    deliveredBy,
                    approaches,
                    GroupSize.GROUP,
                    Threshold.LOW,
                    false,
                    false,
                    false,
                    "wekelijks",
                    null,
                    List.of(Theme.EXERCISE),
                    null,
                    availability,
                    access,
                    source,
                    otherSources);
        }
    }
}
