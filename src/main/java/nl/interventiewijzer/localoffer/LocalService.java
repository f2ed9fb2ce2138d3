package nl.interventiewijzer.localoffer;

import java.util.List;
import java.util.Locale;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.localoffer.HsdsRecords.Address;
import nl.interventiewijzer.localoffer.HsdsRecords.Attribute;
import nl.interventiewijzer.localoffer.HsdsRecords.Contact;
import nl.interventiewijzer.localoffer.HsdsRecords.CostOption;
import nl.interventiewijzer.localoffer.HsdsRecords.Language;
import nl.interventiewijzer.localoffer.HsdsRecords.Location;
import nl.interventiewijzer.localoffer.HsdsRecords.Organization;
import nl.interventiewijzer.localoffer.HsdsRecords.Phone;
import nl.interventiewijzer.localoffer.HsdsRecords.Schedule;
import nl.interventiewijzer.localoffer.HsdsRecords.Service;
import nl.interventiewijzer.localoffer.HsdsRecords.ServiceArea;
import nl.interventiewijzer.localoffer.HsdsRecords.ServiceAtLocation;

/**
 * One service with everything that belongs to it, resolved and validated: the unit matching, coverage and the HSDS
 * endpoints work with. {@code settings} is how it reaches a person: the setting terms when given, else derived from
 * its locations (a physical place is somewhere to go, a virtual one is online, no place but a phone is by phone), else
 * those of the catalogue activity it instantiates.
 */
public record LocalService(Service service, Organization organization, List<Place> places, List<Schedule> schedules,
        List<ServiceArea> areas, List<Phone> phones, List<Contact> contacts, List<Language> languages,
        List<CostOption> costOptions, List<Attribute> attributes, ServiceLink link, List<Setting> settings) {

    /** A service at one location, with the location and its (first) physical address, if any. */
    public record Place(ServiceAtLocation serviceAtLocation, Location location, Address address) {
    }

    public LocalService {
        places = List.copyOf(places);
        schedules = List.copyOf(schedules);
        areas = List.copyOf(areas);
        phones = List.copyOf(phones);
        contacts = List.copyOf(contacts);
        languages = List.copyOf(languages);
        costOptions = List.copyOf(costOptions);
        attributes = List.copyOf(attributes);
        settings = List.copyOf(settings);
    }

    public String id() {
        return service.id();
    }

    public boolean isActive() {
        return service.status() == ServiceStatus.ACTIVE;
    }

    public boolean serves(String municipality) {
        String wanted = normalise(municipality);
        return areas.stream().anyMatch(area -> normalise(area.name()).equals(wanted));
    }

    /** Municipality names compare without case, outer spaces or the typographic apostrophe ('s-Hertogenbosch). */
    public static String normalise(String municipality) {
        return municipality == null ? "" : municipality.strip().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }
}
