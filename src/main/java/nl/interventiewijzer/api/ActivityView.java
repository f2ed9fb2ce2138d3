package nl.interventiewijzer.api;

import java.util.List;
import nl.interventiewijzer.catalogue.Access;
import nl.interventiewijzer.catalogue.AccessRoute;
import nl.interventiewijzer.catalogue.AccessType;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.AgeBasis;
import nl.interventiewijzer.catalogue.Approach;
import nl.interventiewijzer.catalogue.Availability;
import nl.interventiewijzer.catalogue.AvailabilityScope;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Delivery;
import nl.interventiewijzer.catalogue.DesignedFor;
import nl.interventiewijzer.catalogue.Eligibility;
import nl.interventiewijzer.catalogue.Evidence;
import nl.interventiewijzer.catalogue.EvidenceSummary;
import nl.interventiewijzer.catalogue.Gender;
import nl.interventiewijzer.catalogue.GroupSize;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Provider;
import nl.interventiewijzer.catalogue.RequirementsBasis;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.SourceDocument;
import nl.interventiewijzer.catalogue.SourceRef;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.catalogue.Threshold;
import nl.interventiewijzer.catalogue.Transport;

/**
 * A catalogue entry as the API answers it (schema {@code Activity} in openapi.yaml). Its own record, so that a field
 * added to the catalogue reaches clients only when this view and the contract say so.
 */
public record ActivityView(
        String id,
        String name,
        Kind kind,
        Evidence evidence,
        EvidenceSummaryView evidenceSummary,
        String description,
        String targetGroup,
        DesignedForView designedFor,
        EligibilityView eligibility,
        DeliveryView delivery,
        List<Provider> deliveredBy,
        List<Approach> approaches,
        GroupSize groupSize,
        Threshold threshold,
        boolean familiarSetting,
        boolean anonymous,
        boolean longTerm,
        String intensity,
        String duration,
        List<Theme> themes,
        String organisation,
        AvailabilityView availability,
        AccessView access,
        SourceView source,
        List<SourceView> otherSources) {

    public record EvidenceSummaryView(String by, Integer year, String finding) {

        static EvidenceSummaryView of(EvidenceSummary summary) {
            return summary == null ? null : new EvidenceSummaryView(summary.by(), summary.year(), summary.finding());
        }
    }

    public record DesignedForView(List<Circumstance> circumstances, Integer minAge, Integer maxAge) {

        static DesignedForView of(DesignedFor designedFor) {
            return new DesignedForView(designedFor.circumstances(), designedFor.minAge(), designedFor.maxAge());
        }
    }

    public record EligibilityView(Integer minAge, Integer maxAge, AgeBasis ageBasis, Gender gender,
            List<Circumstance> requiresAnyOf, List<Circumstance> requiresAllOf, RequirementsBasis requirementsBasis,
            String note) {

        static EligibilityView of(Eligibility eligibility) {
            return new EligibilityView(eligibility.minAge(), eligibility.maxAge(), eligibility.ageBasis(),
                    eligibility.gender(), eligibility.requiresAnyOf(), eligibility.requiresAllOf(),
                    eligibility.requirementsBasis(), eligibility.note());
        }
    }

    public record DeliveryView(List<Setting> settings, Transport transport) {

        static DeliveryView of(Delivery delivery) {
            return new DeliveryView(delivery.settings(), delivery.transport());
        }
    }

    public record AvailabilityView(AvailabilityScope scope, String region, List<String> municipalities, String note) {

        static AvailabilityView of(Availability availability) {
            return new AvailabilityView(availability.scope(), availability.region(), availability.municipalities(),
                    availability.note());
        }
    }

    public record AccessView(AccessType type, List<AccessRoute> via) {

        static AccessView of(Access access) {
            return new AccessView(access.type(), access.via());
        }
    }

    public record SourceView(SourceDocument document, String section) {

        static SourceView of(SourceRef source) {
            return new SourceView(source.document(), source.section());
        }
    }

    static ActivityView of(Activity activity) {
        return new ActivityView(
                activity.id(),
                activity.name(),
                activity.kind(),
                activity.evidence(),
                EvidenceSummaryView.of(activity.evidenceSummary()),
                activity.description(),
                activity.targetGroup(),
                DesignedForView.of(activity.designedFor()),
                EligibilityView.of(activity.eligibility()),
                DeliveryView.of(activity.delivery()),
                activity.deliveredBy(),
                activity.approaches(),
                activity.groupSize(),
                activity.threshold(),
                activity.familiarSetting(),
                activity.anonymous(),
                activity.longTerm(),
                activity.intensity(),
                activity.duration(),
                activity.themes(),
                activity.organisation(),
                AvailabilityView.of(activity.availability()),
                AccessView.of(activity.access()),
                SourceView.of(activity.source()),
                activity.otherSources().stream().map(SourceView::of).toList());
    }
}
