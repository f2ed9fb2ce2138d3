package nl.interventiewijzer.localoffer.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.interventiewijzer.localoffer.HsdsRecords;
import nl.interventiewijzer.localoffer.LocalOffer;
import nl.interventiewijzer.localoffer.LocalService;
import nl.interventiewijzer.localoffer.ScheduleText;

/**
 * A validated offer laid out as the directory's tables: for each, its name, its columns and one array of values per
 * row, in column order. The table and column names are those Hibernate generates for the entities of this package
 * (the table name of {@code @Table}, a column per field, named as the field); {@code LocalOfferStoreTest} reads every
 * row back through the entities, so a name that drifts fails there and at start-up, not silently.
 */
final class OfferRows {

    /** The lengths of the description and schedule columns of the entities. */
    private static final int MAX_DESCRIPTION = 4000;
    private static final int MAX_SCHEDULE_TEXT = 1000;

    /** One table's rows: {@code values} holds, per row, one value per column in the order of {@code columns}. */
    record Table(String name, List<String> columns, List<Object[]> values) {
    }

    private OfferRows() {
    }

    /** Every table the directory queries, in the order they are written, referenced ones first. */
    static List<Table> of(LocalOffer offer) {
        List<Object[]> organizations = new ArrayList<>();
        offer.organizations().forEach(organization -> organizations.add(organization(organization)));
        List<Object[]> terms = new ArrayList<>();
        offer.terms().forEach(term -> terms.add(term(term)));
        List<Object[]> services = new ArrayList<>();
        List<Object[]> locations = new ArrayList<>();
        List<Object[]> serviceAtLocations = new ArrayList<>();
        List<Object[]> areas = new ArrayList<>();
        List<Object[]> schedules = new ArrayList<>();
        List<Object[]> attributes = new ArrayList<>();
        Set<String> locationIds = new HashSet<>();
        for (LocalService service : offer.services()) {
            services.add(service(service.service()));
            for (LocalService.Place place : service.places()) {
                if (locationIds.add(place.location().id())) {
                    locations.add(location(place));
                }
                serviceAtLocations.add(serviceAtLocation(service.id(), place));
            }
            service.areas().forEach(area -> areas.add(area(service.id(), area)));
            service.schedules().forEach(schedule -> schedules.add(schedule(service.id(), schedule)));
            service.attributes().forEach(attribute -> attributes.add(attribute(attribute)));
        }
        return List.of(
                new Table("hsds_organization", List.of("id", "name", "description"), organizations),
                new Table("hsds_taxonomy_term", List.of("id", "code", "name", "taxonomy"), terms),
                new Table("hsds_service", List.of("id", "organizationId", "name", "description", "status", "minimumAge",
                        "maximumAge"), services),
                new Table("hsds_location", List.of("id", "locationType", "name", "street", "city"), locations),
                new Table("hsds_service_at_location", List.of("id", "serviceId", "locationId"), serviceAtLocations),
                new Table("hsds_service_area", List.of("id", "serviceId", "name", "municipality"), areas),
                new Table("hsds_schedule", List.of("id", "serviceId", "freq", "byday", "opensAt", "closesAt", "text"),
                        schedules),
                new Table("hsds_attribute", List.of("id", "linkId", "linkEntity", "taxonomyTermId", "linkType"),
                        attributes));
    }

    private static Object[] organization(HsdsRecords.Organization organization) {
        return new Object[] {organization.id(), organization.name(), clip(organization.description(), MAX_DESCRIPTION)};
    }

    private static Object[] term(HsdsRecords.TaxonomyTerm term) {
        return new Object[] {term.id(), term.code(), term.name(), term.taxonomy()};
    }

    private static Object[] service(HsdsRecords.Service service) {
        return new Object[] {service.id(), service.organizationId(), service.name(),
                clip(service.description(), MAX_DESCRIPTION), service.status().hsds(), service.minimumAge(),
                service.maximumAge()};
    }

    private static Object[] location(LocalService.Place place) {
        HsdsRecords.Address address = place.address();
        return new Object[] {place.location().id(), place.location().locationType(), place.location().name(),
                address == null ? null : address.address1(), address == null ? null : address.city()};
    }

    private static Object[] serviceAtLocation(String serviceId, LocalService.Place place) {
        return new Object[] {place.serviceAtLocation().id(), serviceId, place.location().id()};
    }

    private static Object[] area(String serviceId, HsdsRecords.ServiceArea area) {
        return new Object[] {area.id(), serviceId, area.name(), LocalService.normalise(area.name())};
    }

    private static Object[] schedule(String serviceId, HsdsRecords.Schedule schedule) {
        return new Object[] {schedule.id(), serviceId, schedule.freq(), schedule.byday(), schedule.opensAt(),
                schedule.closesAt(), clip(ScheduleText.of(schedule), MAX_SCHEDULE_TEXT)};
    }

    private static Object[] attribute(HsdsRecords.Attribute attribute) {
        return new Object[] {attribute.id(), attribute.linkId(), attribute.linkEntity(), attribute.taxonomyTermId(),
                attribute.linkType()};
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
