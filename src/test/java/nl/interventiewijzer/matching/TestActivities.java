package nl.interventiewijzer.matching;

import java.util.List;
import nl.interventiewijzer.catalogue.Access;
import nl.interventiewijzer.catalogue.AccessRoute;
import nl.interventiewijzer.catalogue.AccessType;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Availability;
import nl.interventiewijzer.catalogue.AvailabilityScope;
import nl.interventiewijzer.catalogue.DesignedFor;
import nl.interventiewijzer.catalogue.RequirementsBasis;
import nl.interventiewijzer.catalogue.Transport;
import nl.interventiewijzer.catalogue.AgeBasis;
import nl.interventiewijzer.catalogue.Approach;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.CatalogueValidator;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Delivery;
import nl.interventiewijzer.catalogue.Eligibility;
import nl.interventiewijzer.catalogue.Evidence;
import nl.interventiewijzer.catalogue.EvidenceSummary;
import nl.interventiewijzer.catalogue.Gender;
import nl.interventiewijzer.catalogue.GroupSize;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Provider;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.SourceDocument;
import nl.interventiewijzer.catalogue.SourceRef;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.catalogue.Threshold;

/**
 * Builds small, valid synthetic catalogue entries, so each test controls exactly the property it is about. Defaults: a
 * promising GROUP meeting activity in the neighbourhood, run by volunteers for a larger group, moderate threshold, no
 * transport arranged, no eligibility requirements, made for anyone, national, signed up for directly.
 */
final class TestActivities {

    static final String CATALOGUE_VERSION = "test-1";
    static final String DESCRIPTION = "Een activiteit om anderen te ontmoeten.";
    static final String TARGET_GROUP = "Iedereen die zich eenzaam voelt.";
    static final EvidenceSummary EVIDENCE_SUMMARY =
            new EvidenceSummary("Testinstituut", 2015, "Deelnemers voelen zich minder eenzaam.");

    private static final CatalogueValidator VALIDATOR = new CatalogueValidator();

    private TestActivities() {
    }

    static Builder activity(String id) {
        return new Builder(id);
    }

    static Catalogue catalogue(List<Activity> activities) {
        return new Catalogue(CATALOGUE_VERSION, activities);
    }

    static Catalogue catalogue(Activity... activities) {
        return catalogue(List.of(activities));
    }

    static final class Builder {

        private final String id;
        private String name;
        private Kind kind = Kind.GROUP;
        private Evidence evidence = Evidence.PROMISING;
        private String description = DESCRIPTION;
        private String targetGroup = TARGET_GROUP;
        private Integer minAge;
        private Integer maxAge;
        private AgeBasis ageBasis;
        private Gender gender;
        private List<Circumstance> requiresAnyOf = List.of();
        private List<Circumstance> requiresAllOf = List.of();
        private String eligibilityNote;
        private RequirementsBasis requirementsBasis;
        private List<Circumstance> designedFor = List.of();
        private Integer designedForMinAge;
        private Integer designedForMaxAge;
        private List<Setting> settings = List.of(Setting.NEIGHBOURHOOD);
        private Transport transport = Transport.NOT_ARRANGED;
        private Availability availability = Availability.NATIONAL;
        private Access access = Access.DIRECT;
        private List<Provider> deliveredBy = List.of(Provider.VOLUNTEER);
        private List<Approach> approaches = List.of(Approach.MEETING);
        private GroupSize groupSize = GroupSize.GROUP;
        private Threshold threshold = Threshold.MODERATE;
        private boolean familiarSetting;
        private boolean anonymous;
        private boolean longTerm;
        private List<Theme> themes = List.of();
        private String organisation;
        private boolean evaluated;

        private Builder(String id) {
            this.id = id;
            this.name = "Activiteit " + id;
        }

        Builder named(String value) {
            this.name = value;
            return this;
        }

        Builder kind(Kind value) {
            this.kind = value;
            return this;
        }

        /** A SUBSTANTIATED entry gets the evidence summary the catalogue requires for it. */
        Builder evidence(Evidence value) {
            this.evidence = value;
            return this;
        }

        Builder description(String value) {
            this.description = value;
            return this;
        }

        Builder targetGroup(String value) {
            this.targetGroup = value;
            return this;
        }

        Builder organisation(String value) {
            this.organisation = value;
            return this;
        }

        /** A stated age range, inclusive; either end may be null. */
        Builder ages(Integer min, Integer max) {
            this.minAge = min;
            this.maxAge = max;
            this.ageBasis = AgeBasis.STATED;
            return this;
        }

        Builder onlyFor(Gender value) {
            this.gender = value;
            return this;
        }

        /** Our reading of an age group the source names without a number: soft, it never excludes. */
        Builder interpretedAges(Integer min, Integer max) {
            this.minAge = min;
            this.maxAge = max;
            this.ageBasis = AgeBasis.INTERPRETED;
            return this;
        }

        /** Stated by the source: a hard requirement. */
        Builder requiresAnyOf(Circumstance... values) {
            this.requiresAnyOf = List.of(values);
            this.requirementsBasis = RequirementsBasis.STATED;
            return this;
        }

        /** Stated by the source: hard requirements. */
        Builder requiresAllOf(Circumstance... values) {
            this.requiresAllOf = List.of(values);
            this.requirementsBasis = RequirementsBasis.STATED;
            return this;
        }

        /** Turns the requirements set so far into our reading of the source: soft. */
        Builder requirementsInterpreted() {
            this.requirementsBasis = RequirementsBasis.INTERPRETED;
            return this;
        }

        Builder eligibilityNote(String value) {
            this.eligibilityNote = value;
            return this;
        }

        /** The circumstances the activity was made for (its purpose). */
        Builder designedFor(Circumstance... values) {
            this.designedFor = List.of(values);
            return this;
        }

        /** The age band the activity was made for; either end may be null. */
        Builder designedForAges(Integer min, Integer max) {
            this.designedForMinAge = min;
            this.designedForMaxAge = max;
            return this;
        }

        Builder at(Setting... values) {
            this.settings = List.of(values);
            return this;
        }

        Builder withTransport() {
            this.transport = Transport.ARRANGED;
            return this;
        }

        /** The sources do not say whether transport is arranged. */
        Builder transportNotStated() {
            this.transport = Transport.NOT_STATED;
            return this;
        }

        /** Runs only in these municipalities. */
        Builder localTo(String... municipalities) {
            this.availability = new Availability(AvailabilityScope.LOCAL, null, List.of(municipalities), null);
            return this;
        }

        /** Runs in a region, naming these municipalities. */
        Builder regional(String region, String... municipalities) {
            this.availability = new Availability(AvailabilityScope.REGIONAL, region, List.of(municipalities), null);
            return this;
        }

        Builder access(AccessType type, AccessRoute... via) {
            this.access = new Access(type, List.of(via));
            return this;
        }

        Builder deliveredBy(Provider... values) {
            this.deliveredBy = List.of(values);
            return this;
        }

        Builder approaches(Approach... values) {
            this.approaches = List.of(values);
            return this;
        }

        Builder groupSize(GroupSize value) {
            this.groupSize = value;
            return this;
        }

        Builder threshold(Threshold value) {
            this.threshold = value;
            return this;
        }

        Builder familiarSetting() {
            this.familiarSetting = true;
            return this;
        }

        Builder anonymous() {
            this.anonymous = true;
            return this;
        }

        Builder longTerm() {
            this.longTerm = true;
            return this;
        }

        Builder themes(Theme... values) {
            this.themes = List.of(values);
            return this;
        }

        /** A promising entry that also has an evaluation summary. */
        Builder evaluated() {
            this.evaluated = true;
            return this;
        }

        /** The entry, checked by the catalogue's own validator so tests never run on data the service would refuse. */
        Activity build() {
            Activity activity = new Activity(
                    id,
                    name,
                    kind,
                    evidence,
                    evidence == Evidence.SUBSTANTIATED || evaluated ? EVIDENCE_SUMMARY : null,
                    description,
                    targetGroup,
                    new DesignedFor(designedFor, designedForMinAge, designedForMaxAge),
                    new Eligibility(minAge, maxAge, ageBasis, gender, requiresAnyOf, requiresAllOf, requirementsBasis,
                            eligibilityNote),
                    new Delivery(settings, transport),
                    deliveredBy,
                    approaches,
                    groupSize,
                    threshold,
                    familiarSetting,
                    anonymous,
                    longTerm,
                    null,
                    null,
                    themes,
                    organisation,
                    availability,
                    access,
                    new SourceRef(SourceDocument.HANDREIKING, "Testhoofdstuk"),
                    List.of());
            List<String> problems = VALIDATOR.validate(List.of(activity));
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Invalid test activity: " + problems);
            }
            return activity;
        }
    }
}
