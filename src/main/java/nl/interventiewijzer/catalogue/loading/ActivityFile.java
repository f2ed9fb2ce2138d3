package nl.interventiewijzer.catalogue.loading;

import java.util.List;
import nl.interventiewijzer.catalogue.AccessRoute;
import nl.interventiewijzer.catalogue.AccessType;
import nl.interventiewijzer.catalogue.AgeBasis;
import nl.interventiewijzer.catalogue.Approach;
import nl.interventiewijzer.catalogue.AvailabilityScope;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Evidence;
import nl.interventiewijzer.catalogue.Gender;
import nl.interventiewijzer.catalogue.GroupSize;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Provider;
import nl.interventiewijzer.catalogue.RequirementsBasis;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.SourceDocument;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.catalogue.Threshold;
import nl.interventiewijzer.catalogue.Transport;

/**
 * One entry of an activity file, exactly as people write it (docs/catalogue.md): every field is present in the file,
 * but any may be null here until {@link EntryCompleteness} has checked it. Renaming a component renames the field in
 * the file format, so these records change only with the format. The domain never sees this type.
 */
public record ActivityFile(
        String id,
        String name,
        Kind kind,
        Evidence evidence,
        EvidenceSummaryFields evidenceSummary,
        String description,
        String targetGroup,
        DesignedForFields designedFor,
        EligibilityFields eligibility,
        DeliveryFields delivery,
        List<Provider> deliveredBy,
        List<Approach> approaches,
        GroupSize groupSize,
        Threshold threshold,
        Boolean familiarSetting,
        Boolean anonymous,
        Boolean longTerm,
        String intensity,
        String duration,
        List<Theme> themes,
        String organisation,
        AvailabilityFields availability,
        AccessFields access,
        SourceFields source,
        List<SourceFields> otherSources) {

    public record EvidenceSummaryFields(String by, Integer year, String finding) {
    }

    public record DesignedForFields(List<Circumstance> circumstances, Integer minAge, Integer maxAge) {
    }

    public record EligibilityFields(
            Integer minAge,
            Integer maxAge,
            AgeBasis ageBasis,
            Gender gender,
            List<Circumstance> requiresAnyOf,
            List<Circumstance> requiresAllOf,
            RequirementsBasis requirementsBasis,
            String note) {
    }

    public record DeliveryFields(List<Setting> settings, Transport transport) {
    }

    public record AvailabilityFields(AvailabilityScope scope, String region, List<String> municipalities, String note) {
    }

    public record AccessFields(AccessType type, List<AccessRoute> via) {
    }

    public record SourceFields(SourceDocument document, String section) {
    }
}
