package nl.interventiewijzer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of the validator rejects a broken entry with a problem that names the entry. */
class CatalogueValidatorTest {

    private static final String ID = "samen-wandelen";
    private static final String NAME = "Samen wandelen";
    private static final EvidenceSummary SUMMARY =
            new EvidenceSummary("Testbureau Welzijn", 2015, "Deelnemers voelen zich minder eenzaam.");
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


    // --- each required part, and the plausible ranges

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            description   | description is missing or blank
            targetGroup   | targetGroup is missing or blank
            kind          | kind is missing
            groupSize     | groupSize is missing
            threshold     | threshold is missing
            transport     | delivery.transport is missing
            eligibility   | eligibility is missing
            delivery      | delivery is missing
            designedFor   | designedFor is missing
            availability  | availability is missing
            access        | access is missing
            deliveredBy   | deliveredBy must list at least one value
            """)
    void anEntryWithoutARequiredPartIsRejectedNamingThePart(String part, String expected) {
        EntryBuilder entry = entry();
        switch (part) {
            case "description" -> entry.description(" ");
            case "targetGroup" -> entry.targetGroup(null);
            case "kind" -> entry.kind(null);
            case "groupSize" -> entry.groupSize(null);
            case "threshold" -> entry.threshold(null);
            case "transport" -> entry.transport(null);
            case "eligibility" -> entry.withoutEligibility();
            case "delivery" -> entry.withoutDelivery();
            case "designedFor" -> entry.designedFor(null);
            case "availability" -> entry.availability(null);
            case "access" -> entry.access(null);
            case "deliveredBy" -> entry.deliveredBy(List.of());
            default -> throw new IllegalArgumentException(part);
        }

        assertThat(problemsOf(entry)).singleElement().asString()
                .isEqualTo(label(ID, NAME) + ": " + expected);
    }

    @Test
    void anEntryWithoutEvidenceIsRejected() {
        assertThat(problemsOf(entry().evidence(null))).singleElement().asString()
                .isEqualTo(label(ID, NAME) + ": evidence is missing");
    }

    @Test
    void anEntryWithoutIdIsRejectedOnceAndNeverADuplicate() {
        assertThat(validator.validate(List.of(entry().id(null).build(), entry().id(null).name(OTHER_NAME).build())))
                .containsExactly(label(null, NAME) + ": id is missing or blank", label(null, OTHER_NAME) + ": id is missing or blank");
    }

    @Test
    void anAvailabilityWithoutScopeIsRejected() {
        assertThat(problemsOf(entry().availability(new Availability(null, null, List.of(), null)))).singleElement().asString()
                .isEqualTo(label(ID, NAME) + ": availability.scope is missing");
    }

    @Test
    void anAccessWithoutTypeIsRejected() {
        assertThat(problemsOf(entry().access(new Access(null, List.of(AccessRoute.GP))))).singleElement().asString()
                .isEqualTo(label(ID, NAME) + ": access.type is missing");
    }

    @Test
    void aGroupNamedTwiceInDesignedForIsRejected() {
        DesignedFor twice = new DesignedFor(List.of(Circumstance.WIDOWED, Circumstance.WIDOWED), null, null);
        assertThat(problemsOf(entry().designedFor(twice))).singleElement().asString()
                .isEqualTo(label(ID, NAME) + ": designedFor.circumstances lists a group twice: [WIDOWED, WIDOWED]");
    }

    @Test
    void aThemeNamedTwiceIsRejected() {
        assertThat(problemsOf(entry().themes(List.of(Theme.NATURE, Theme.CULTURE, Theme.NATURE)))).singleElement()
                .asString().isEqualTo(label(ID, NAME) + ": themes lists a theme twice: [NATURE, CULTURE, NATURE]");
    }

    @Test
    void aRouteNamedTwiceIsRejected() {
        assertThat(problemsOf(entry().access(AccessType.REFERRAL, List.of(AccessRoute.GP, AccessRoute.GP))))
                .singleElement().asString()
                .isEqualTo(label(ID, NAME) + ": access.via lists a route twice: [GP, GP]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aBlankAvailabilityNoteIsRejected(String note) {
        assertThat(problemsOf(entry().availabilityNote(note))).singleElement().asString()
                .contains("availability.note is blank");
    }

    @ParameterizedTest
    @ValueSource(ints = {1949, 2101})
    void anImplausibleYearOfTheEvidenceIsRejected(int year) {
        assertThat(problemsOf(entry().evidenceSummary(new EvidenceSummary(SUMMARY.by(), year, SUMMARY.finding()))))
                .singleElement().asString()
                .isEqualTo(label(ID, NAME) + ": evidenceSummary.year " + year + " is not a plausible year");
    }

    @ParameterizedTest
    @ValueSource(ints = {1950, 2100})
    void theFirstAndLastPlausibleYearsAreAccepted(int year) {
        assertThat(problemsOf(entry().evidenceSummary(new EvidenceSummary(SUMMARY.by(), year, SUMMARY.finding())))).isEmpty();
    }

    @Test
    void evidenceWithoutAYearIsAccepted() {
        assertThat(problemsOf(entry().evidenceSummary(new EvidenceSummary(SUMMARY.by(), null, SUMMARY.finding())))).isEmpty();
    }

    @Test
    void evidenceMustSayWhoFoundWhat() {
        assertThat(problemsOf(entry().evidenceSummary(new EvidenceSummary(" ", 2015, null))))
                .containsExactly(label(ID, NAME) + ": evidenceSummary.by is missing or blank",
                        label(ID, NAME) + ": evidenceSummary.finding is missing or blank");
    }

    @Test
    void aPromisingEntryWithAnIncompleteEvidenceSummaryIsStillRejected() {
        assertThat(problemsOf(entry().evidence(Evidence.PROMISING).evidenceSummary(new EvidenceSummary(null, 2015, "x"))))
                .singleElement().asString().contains("evidenceSummary.by is missing or blank");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 120})
    void theYoungestAndOldestAgesAreAccepted(int age) {
        assertThat(problemsOf(entry().ages(age, age, AgeBasis.STATED))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"-1, minAge -1", "121, minAge 121"})
    void anAgeOutsideZeroToAHundredAndTwentyIsRejected(int age, String expected) {
        assertThat(problemsOf(entry().ages(age, null, AgeBasis.STATED))).singleElement().asString()
                .isEqualTo(label(ID, NAME) + ": eligibility." + expected + " is outside 0..120");
    }

    @Test
    void aMaximumAgeAboveAHundredAndTwentyIsRejected() {
        assertThat(problemsOf(entry().ages(null, 121, AgeBasis.STATED))).singleElement().asString()
                .isEqualTo(label(ID, NAME) + ": eligibility.maxAge 121 is outside 0..120");
    }

    @Test
    void anOtherSourceWithoutDocumentIsRejected() {
        assertThat(problemsOf(entry().otherSources(List.of(new SourceRef(null, "3")))))
                .singleElement().asString()
                .isEqualTo(label(ID, NAME) + ": otherSources[0].document is missing");
    }

    @Test
    void everyOtherSourceIsCheckedUnderItsOwnIndex() {
        SourceRef fine = new SourceRef(SourceDocument.HANDREIKING, "3");
        assertThat(problemsOf(entry().otherSources(List.of(fine, new SourceRef(SourceDocument.HANDREIKING, null)))))
                .singleElement().asString().contains("otherSources[1].section is missing or blank");
    }

    @Test
    void aRetiredIdThatIsNoSlugIsRejected() {
        assertThat(validator.validateRetired(List.of(retired("Oud Item", RetirementStatus.REMOVED, null)), List.of(entry().build())))
                .singleElement().asString()
                .startsWith("retired id 'Oud Item'").contains("id must match");
    }

    @Test
    void aRetiredEntryMustSayItsStatusAndSince() {
        RetiredActivity bare = new RetiredActivity("oud", null, null, null, "Weg.");
        assertThat(validator.validateRetired(List.of(bare), List.of(entry().build())))
                .containsExactly("retired id 'oud': status is missing", "retired id 'oud': since is missing or blank");
    }

    @Test
    void aRetiredEntryWithoutIdIsRejected() {
        RetiredActivity bare = new RetiredActivity(null, RetirementStatus.REMOVED, null, "2026.12.1", "Weg.");
        assertThat(validator.validateRetired(List.of(bare), List.of(entry().build())))
                .containsExactly("retired id 'null': id is missing or blank");
    }

    @Test
    void aRemovedIdMayNameWhereItsPeopleCanGo() {
        assertThat(validator.validateRetired(List.of(retired("oud", RetirementStatus.REMOVED, ID)), List.of(entry().build())))
                .isEmpty();
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
        private Kind kind = Kind.GROUP;
        private String description = "Buurtgenoten wandelen wekelijks samen en drinken na afloop koffie.";
        private String targetGroup = "Buurtbewoners die meer mensen willen leren kennen.";
        private GroupSize groupSize = GroupSize.GROUP;
        private Threshold threshold = Threshold.LOW;
        private boolean noEligibility;
        private boolean noDelivery;
        private String availabilityNote = "Voorbeeld uit Amersfoort.";
        private List<Theme> themes = List.of(Theme.EXERCISE);

        EntryBuilder themes(List<Theme> value) {
            themes = value;
            return this;
        }

        EntryBuilder kind(Kind value) {
            kind = value;
            return this;
        }

        EntryBuilder description(String value) {
            description = value;
            return this;
        }

        EntryBuilder targetGroup(String value) {
            targetGroup = value;
            return this;
        }

        EntryBuilder groupSize(GroupSize value) {
            groupSize = value;
            return this;
        }

        EntryBuilder threshold(Threshold value) {
            threshold = value;
            return this;
        }

        EntryBuilder transport(Transport value) {
            transport = value;
            return this;
        }

        EntryBuilder withoutEligibility() {
            noEligibility = true;
            return this;
        }

        EntryBuilder withoutDelivery() {
            noDelivery = true;
            return this;
        }

        EntryBuilder availability(Availability value) {
            availability = value;
            return this;
        }

        EntryBuilder availabilityNote(String value) {
            availability = new Availability(availability.scope(), availability.region(), availability.municipalities(), value);
            return this;
        }

        EntryBuilder access(Access value) {
            access = value;
            return this;
        }

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
                    kind,
                    evidence,
                    evidenceSummary,
                    description,
                    targetGroup,
                    designedFor,
                    noEligibility ? null
                            : new Eligibility(minAge, maxAge, ageBasis, gender, requiresAnyOf, List.of(), requirementsBasis, null),
                    noDelivery ? null : new Delivery(settings, transport),
                    deliveredBy,
                    approaches,
                    groupSize,
                    threshold,
                    false,
                    false,
                    false,
                    "wekelijks",
                    null,
                    themes,
                    null,
                    availability,
                    access,
                    source,
                    otherSources);
        }
    }
}
