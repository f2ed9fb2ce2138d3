package nl.interventiewijzer.api.hsds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.function.Function;
import nl.interventiewijzer.localoffer.HsdsRecords;
import nl.interventiewijzer.localoffer.LocalOffer;
import nl.interventiewijzer.localoffer.LocalService;
import nl.interventiewijzer.localoffer.store.DirectoryPage;

/**
 * The HSDS 3.0 JSON shapes we serve (schema/compiled/service.json and friends, openreferral/specification branch 3.0):
 * snake_case names, absent rather than null for what the package leaves empty, arrays always present.
 */
final class HsdsViews {

    private HsdsViews() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Page<T>(long totalItems, int totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage,
            boolean empty, List<T> contents) {

        static <T> Page<T> of(DirectoryPage page, Function<String, T> view) {
            int pages = page.totalPages();
            return new Page<>(page.totalItems(), pages, page.pageNumber(), page.size(), page.pageNumber() == 1,
                    page.pageNumber() >= pages, page.ids().isEmpty(), page.ids().stream().map(view).toList());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Service(String id, String organizationId, String name, String alternateName, String description, String url,
            String email, String status, String applicationProcess, String feesDescription,
            String eligibilityDescription, Integer minimumAge, Integer maximumAge, String alert,
            Organization organization, List<Phone> phones, List<Schedule> schedules, List<ServiceArea> serviceAreas,
            List<ServiceAtLocation> serviceAtLocations, List<Language> languages, List<CostOption> costOptions,
            List<Contact> contacts, List<Attribute> attributes) {

        static Service of(LocalService local, LocalOffer offer) {
            HsdsRecords.Service s = local.service();
            return new Service(s.id(), s.organizationId(), s.name(), s.alternateName(), s.description(), s.url(),
                    s.email(), s.status().hsds(), s.applicationProcess(), s.feesDescription(), s.eligibilityDescription(),
                    s.minimumAge(), s.maximumAge(), s.alert(), Organization.of(local.organization()),
                    local.phones().stream().map(Phone::of).toList(),
                    local.schedules().stream().map(Schedule::of).toList(),
                    local.areas().stream().map(ServiceArea::of).toList(),
                    local.places().stream().map(ServiceAtLocation::of).toList(),
                    local.languages().stream().map(Language::of).toList(),
                    local.costOptions().stream().map(CostOption::of).toList(),
                    local.contacts().stream().map(Contact::of).toList(),
                    local.attributes().stream().map(a -> Attribute.of(a, offer)).toList());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Organization(String id, String name, String alternateName, String description, String email,
            String website) {

        static Organization of(HsdsRecords.Organization o) {
            return new Organization(o.id(), o.name(), o.alternateName(), o.description(), o.email(), o.website());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Phone(String id, String locationId, String serviceId, String organizationId, String contactId,
            String serviceAtLocationId, String number, String type, String description) {

        static Phone of(HsdsRecords.Phone p) {
            return new Phone(p.id(), p.locationId(), p.serviceId(), p.organizationId(), p.contactId(),
                    p.serviceAtLocationId(), p.number(), p.type(), p.description());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Schedule(String id, String serviceId, String locationId, String serviceAtLocationId, String validFrom,
            String validTo, String freq, Integer interval, String byday, String bymonthday, String opensAt,
            String closesAt, String description) {

        static Schedule of(HsdsRecords.Schedule s) {
            return new Schedule(s.id(), s.serviceId(), s.locationId(), s.serviceAtLocationId(), s.validFrom(),
                    s.validTo(), s.freq(), s.interval(), s.byday(), s.bymonthday(), s.opensAt(), s.closesAt(),
                    s.description());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceArea(String id, String serviceId, String serviceAtLocationId, String name, String description) {

        static ServiceArea of(HsdsRecords.ServiceArea a) {
            return new ServiceArea(a.id(), a.serviceId(), a.serviceAtLocationId(), a.name(), a.description());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceAtLocation(String id, String serviceId, String locationId, String description,
            Location location) {

        static ServiceAtLocation of(LocalService.Place place) {
            HsdsRecords.ServiceAtLocation sal = place.serviceAtLocation();
            return new ServiceAtLocation(sal.id(), sal.serviceId(), sal.locationId(), sal.description(),
                    Location.of(place));
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Location(String id, String locationType, String url, String organizationId, String name,
            String description, String transportation, Double latitude, Double longitude, List<Address> addresses) {

        static Location of(LocalService.Place place) {
            HsdsRecords.Location l = place.location();
            return new Location(l.id(), l.locationType(), l.url(), l.organizationId(), l.name(), l.description(),
                    l.transportation(), l.latitude(), l.longitude(),
                    place.address() == null ? List.of() : List.of(Address.of(place.address())));
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Address(String id, String locationId, String address_1, String address_2, String city, String region,
            String stateProvince, String postalCode, String country, String addressType) {

        static Address of(HsdsRecords.Address a) {
            return new Address(a.id(), a.locationId(), a.address1(), a.address2(), a.city(), a.region(),
                    a.stateProvince(), a.postalCode(), a.country(), a.addressType());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Language(String id, String serviceId, String locationId, String phoneId, String name, String code,
            String note) {

        static Language of(HsdsRecords.Language l) {
            return new Language(l.id(), l.serviceId(), l.locationId(), l.phoneId(), l.name(), l.code(), l.note());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CostOption(String id, String serviceId, String validFrom, String validTo, String option, String currency,
            Double amount, String amountDescription) {

        static CostOption of(HsdsRecords.CostOption c) {
            return new CostOption(c.id(), c.serviceId(), c.validFrom(), c.validTo(), c.option(), c.currency(),
                    c.amount(), c.amountDescription());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Contact(String id, String organizationId, String serviceId, String serviceAtLocationId, String locationId,
            String name, String title, String department, String email) {

        static Contact of(HsdsRecords.Contact c) {
            return new Contact(c.id(), c.organizationId(), c.serviceId(), c.serviceAtLocationId(), c.locationId(),
                    c.name(), c.title(), c.department(), c.email());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Attribute(String id, String linkId, String taxonomyTermId, String linkType, String linkEntity, String value,
            String label, TaxonomyTerm taxonomyTerm) {

        static Attribute of(HsdsRecords.Attribute a, LocalOffer offer) {
            return new Attribute(a.id(), a.linkId(), a.taxonomyTermId(), a.linkType(), a.linkEntity(), a.value(),
                    a.label(), offer.term(a.taxonomyTermId()).map(TaxonomyTerm::of).orElse(null));
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TaxonomyTerm(String id, String code, String name, String description, String parentId, String taxonomy,
            String language, String termUri) {

        static TaxonomyTerm of(HsdsRecords.TaxonomyTerm t) {
            return new TaxonomyTerm(t.id(), t.code(), t.name(), t.description(), t.parentId(), t.taxonomy(),
                    t.language(), t.termUri());
        }
    }

    /** A service-at-location on its own (GET /hsds/service_at_locations), nesting its location. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceAtLocationDetail(String id, String serviceId, String locationId, String description,
            Location location, List<Schedule> schedules, List<Phone> phones, List<ServiceArea> serviceAreas) {

        static ServiceAtLocationDetail of(LocalService.Place place, LocalService service) {
            String salId = place.serviceAtLocation().id();
            return new ServiceAtLocationDetail(salId, service.id(), place.location().id(),
                    place.serviceAtLocation().description(), Location.of(place),
                    service.schedules().stream().filter(s -> salId.equals(s.serviceAtLocationId())).map(Schedule::of).toList(),
                    service.phones().stream().filter(p -> salId.equals(p.serviceAtLocationId())).map(Phone::of).toList(),
                    service.areas().stream().filter(a -> salId.equals(a.serviceAtLocationId())).map(ServiceArea::of).toList());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Info(String version, String profile, String openapiUrl, String description, List<String> taxonomies,
            String localOfferVersion) {
    }
}
