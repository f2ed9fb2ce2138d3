package nl.interventiewijzer.catalogue.loading;

import java.util.List;
import nl.interventiewijzer.catalogue.Access;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Availability;
import nl.interventiewijzer.catalogue.Delivery;
import nl.interventiewijzer.catalogue.DesignedFor;
import nl.interventiewijzer.catalogue.Eligibility;
import nl.interventiewijzer.catalogue.EvidenceSummary;
import nl.interventiewijzer.catalogue.RetiredActivity;
import nl.interventiewijzer.catalogue.SourceRef;

/** From the file types to the domain records. Only for entries {@link EntryCompleteness} found complete. */
final class ActivityMapping {

    private ActivityMapping() {
    }

    static Activity toActivity(ActivityFile entry) {
        return new Activity(
                entry.id(),
                entry.name(),
                entry.kind(),
                entry.evidence(),
                evidenceSummary(entry.evidenceSummary()),
                entry.description(),
                entry.targetGroup(),
                new DesignedFor(entry.designedFor().circumstances(), entry.designedFor().minAge(),
                        entry.designedFor().maxAge()),
                eligibility(entry.eligibility()),
                new Delivery(entry.delivery().settings(), entry.delivery().transport()),
                entry.deliveredBy(),
                entry.approaches(),
                entry.groupSize(),
                entry.threshold(),
                entry.familiarSetting(),
                entry.anonymous(),
                entry.longTerm(),
                entry.intensity(),
                entry.duration(),
                entry.themes(),
                entry.organisation(),
                new Availability(entry.availability().scope(), entry.availability().region(),
                        entry.availability().municipalities(), entry.availability().note()),
                new Access(entry.access().type(), entry.access().via()),
                source(entry.source()),
                entry.otherSources().stream().map(ActivityMapping::source).toList());
    }

    static RetiredActivity toRetired(RetiredFile entry) {
        return new RetiredActivity(entry.id(), entry.status(), entry.replacedBy(), entry.since(), entry.reason());
    }

    static List<RetiredActivity> toRetired(List<RetiredFile> entries) {
        return entries.stream().map(ActivityMapping::toRetired).toList();
    }

    private static EvidenceSummary evidenceSummary(ActivityFile.EvidenceSummaryFields fields) {
        return fields == null ? null : new EvidenceSummary(fields.by(), fields.year(), fields.finding());
    }

    private static Eligibility eligibility(ActivityFile.EligibilityFields fields) {
        return new Eligibility(fields.minAge(), fields.maxAge(), fields.ageBasis(), fields.gender(), fields.requiresAnyOf(),
                fields.requiresAllOf(), fields.requirementsBasis(), fields.note());
    }

    private static SourceRef source(ActivityFile.SourceFields fields) {
        return fields == null ? null : new SourceRef(fields.document(), fields.section());
    }
}
