package nl.interventiewijzer.api;

import java.util.List;
import nl.interventiewijzer.localoffer.HsdsRecords;
import nl.interventiewijzer.localoffer.LocalService;
import nl.interventiewijzer.localoffer.ScheduleText;

/**
 * A local service as a coach needs it: what, who, where (the service's own address, never the person's), when in
 * readable Dutch, how to apply and how to get in touch.
 */
public record LocalServiceView(String id, String name, String description, String organisation, Address address,
        List<String> schedule, String howToApply, Contact contact, List<String> municipalities) {

    public record Address(String street, String postalCode, String city) {
    }

    public record Contact(List<String> phones, String email, String website, String person) {
    }

    static LocalServiceView of(LocalService local) {
        HsdsRecords.Service service = local.service();
        Address address = local.places().stream().filter(place -> place.address() != null).findFirst()
                .map(place -> new Address(place.address().address1(), place.address().postalCode(), place.address().city()))
                .orElse(null);
        String email = service.email() != null ? service.email() : local.organization().email();
        String website = service.url() != null ? service.url() : local.organization().website();
        String person = local.contacts().stream().map(HsdsRecords.Contact::name).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        return new LocalServiceView(service.id(), service.name(), service.description(), local.organization().name(),
                address, local.schedules().stream().map(ScheduleText::of).toList(), service.applicationProcess(),
                new Contact(local.phones().stream().map(HsdsRecords.Phone::number).toList(), email, website, person),
                local.areas().stream().map(HsdsRecords.ServiceArea::name).distinct().toList());
    }
}
