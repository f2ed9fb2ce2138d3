package nl.interventiewijzer.localoffer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Approach;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.Theme;
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
import nl.interventiewijzer.localoffer.HsdsRecords.TaxonomyTerm;
import nl.interventiewijzer.localoffer.TabularReader.Row;

/**
 * Turns an HSDS tabular package into a validated {@link LocalOffer}. Every problem is collected with its file and row
 * before failing, so an editor fixes a spreadsheet in one round: malformed UUIDs, missing required cells, repeated ids,
 * references to rows that do not exist, unknown status values and codes, impossible ages, a service that says neither
 * which catalogue activity it is nor what kind of help it gives, and a service no municipality can find.
 */
public final class LocalOfferLoader {

    static final int MAX_AGE = 120;
    static final Set<String> LOCATION_TYPES = Set.of("physical", "postal", "virtual");
    static final Set<String> FREQUENCIES = Set.of("WEEKLY", "MONTHLY");
    static final Set<String> LINK_ENTITIES = Set.of("service", "organization", "location", "service_at_location");
    /** Kinds a local service can be; COMMUNITY is a neighbourhood approach, never a service for one person. */
    static final Set<Kind> SERVICE_KINDS = EnumSet.of(Kind.GROUP, Kind.ONE_ON_ONE, Kind.COURSE);

    private final Catalogue catalogue;
    private final List<LocalOfferProblem> problems = new ArrayList<>();

    public LocalOfferLoader(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public LocalOffer load(Path directory) {
        TabularReader reader = new TabularReader();
        Map<HsdsTable, List<Row>> rows = reader.read(directory);
        problems.addAll(reader.problems());
        if (!problems.isEmpty()) {
            throw new LocalOfferException(problems);
        }
        rows.values().forEach(list -> list.forEach(this::checkCells));
        Map<String, Organization> organizations = index(rows.get(HsdsTable.ORGANIZATIONS), this::organization);
        Map<String, Service> services = index(rows.get(HsdsTable.SERVICES), this::service);
        Map<String, Location> locations = index(rows.get(HsdsTable.LOCATIONS), this::location);
        Map<String, Address> addresses = index(rows.get(HsdsTable.ADDRESSES), this::address);
        Map<String, ServiceAtLocation> sals = index(rows.get(HsdsTable.SERVICE_AT_LOCATION), this::serviceAtLocation);
        Map<String, ServiceArea> areas = index(rows.get(HsdsTable.SERVICE_AREAS), this::serviceArea);
        Map<String, Schedule> schedules = index(rows.get(HsdsTable.SCHEDULES), this::schedule);
        Map<String, TaxonomyTerm> terms = index(rows.get(HsdsTable.TAXONOMY_TERMS), this::term);
        Map<String, Attribute> attributes = index(rows.get(HsdsTable.ATTRIBUTES), this::attribute);
        Map<String, Phone> phones = index(rows.get(HsdsTable.PHONES), this::phone);
        Map<String, Contact> contacts = index(rows.get(HsdsTable.CONTACTS), this::contact);
        Map<String, Language> languages = index(rows.get(HsdsTable.LANGUAGES), this::language);
        Map<String, CostOption> costs = index(rows.get(HsdsTable.COST_OPTIONS), this::costOption);

        References refs = new References(rows);
        refs.check(HsdsTable.SERVICES, "organization_id", organizations, HsdsTable.ORGANIZATIONS);
        refs.check(HsdsTable.LOCATIONS, "organization_id", organizations, HsdsTable.ORGANIZATIONS);
        refs.check(HsdsTable.ADDRESSES, "location_id", locations, HsdsTable.LOCATIONS);
        refs.check(HsdsTable.SERVICE_AT_LOCATION, "service_id", services, HsdsTable.SERVICES);
        refs.check(HsdsTable.SERVICE_AT_LOCATION, "location_id", locations, HsdsTable.LOCATIONS);
        refs.check(HsdsTable.SERVICE_AREAS, "service_id", services, HsdsTable.SERVICES);
        refs.check(HsdsTable.SERVICE_AREAS, "service_at_location_id", sals, HsdsTable.SERVICE_AT_LOCATION);
        for (HsdsTable table : List.of(HsdsTable.SCHEDULES, HsdsTable.PHONES, HsdsTable.CONTACTS, HsdsTable.LANGUAGES)) {
            refs.check(table, "service_id", services, HsdsTable.SERVICES);
            refs.check(table, "location_id", locations, HsdsTable.LOCATIONS);
        }
        for (HsdsTable table : List.of(HsdsTable.SCHEDULES, HsdsTable.PHONES, HsdsTable.CONTACTS)) {
            refs.check(table, "service_at_location_id", sals, HsdsTable.SERVICE_AT_LOCATION);
        }
        refs.check(HsdsTable.PHONES, "organization_id", organizations, HsdsTable.ORGANIZATIONS);
        refs.check(HsdsTable.PHONES, "contact_id", contacts, HsdsTable.CONTACTS);
        refs.check(HsdsTable.CONTACTS, "organization_id", organizations, HsdsTable.ORGANIZATIONS);
        refs.check(HsdsTable.LANGUAGES, "phone_id", phones, HsdsTable.PHONES);
        refs.check(HsdsTable.COST_OPTIONS, "service_id", services, HsdsTable.SERVICES);
        refs.check(HsdsTable.TAXONOMY_TERMS, "parent_id", terms, HsdsTable.TAXONOMY_TERMS);
        refs.check(HsdsTable.ATTRIBUTES, "taxonomy_term_id", terms, HsdsTable.TAXONOMY_TERMS);
        checkAttributeLinks(rows.get(HsdsTable.ATTRIBUTES), services, organizations, locations, sals);
        checkAreaTargets(rows.get(HsdsTable.SERVICE_AREAS));
        if (!problems.isEmpty()) {
            throw new LocalOfferException(problems);
        }
        Resolver resolver = new Resolver(rows, organizations, locations, addresses, sals, areas, schedules, terms,
                attributes, phones, contacts, languages, costs);
        List<LocalService> resolved = services.values().stream().map(resolver::resolve).toList();
        if (!problems.isEmpty()) {
            throw new LocalOfferException(problems);
        }
        return new LocalOffer(reader.version(), resolved, List.copyOf(organizations.values()),
                List.copyOf(terms.values()));
    }

    // ---- cells -------------------------------------------------------------------------------------------------

    private void checkCells(Row row) {
        HsdsTable table = row.table();
        for (int i = 0; i < table.columns().size(); i++) {
            String value = row.at(i);
            if (value == null) {
                if (table.isMandatoryAt(i)) {
                    problems.add(row.problem("'" + table.columns().get(i) + "' is empty; it is required"));
                }
            } else if (table.isUuidAt(i) && !HsdsTable.isUuid(value)) {
                problems.add(row.problem("'" + table.columns().get(i) + "' is not a UUID: '" + shorten(value) + "'"));
            }
        }
    }

    private <T> Map<String, T> index(List<Row> rows, Function<Row, T> mapper) {
        Map<String, T> byId = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (Row row : rows) {
            String id = row.get("id");
            if (id == null) {
                continue;
            }
            String key = id.toLowerCase(java.util.Locale.ROOT);
            Integer earlier = firstRow.putIfAbsent(key, row.number());
            if (earlier != null) {
                problems.add(row.problem("id " + id + " is already used in row " + earlier));
                continue;
            }
            byId.put(key, mapper.apply(row));
        }
        return byId;
    }

    private Integer integer(Row row, String column, int min, int max) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (number != Math.rint(number) || number < min || number > max) {
                problems.add(row.problem("'" + column + "' must be a whole number from " + min + " to " + max + ": '"
                        + shorten(value) + "'"));
                return null;
            }
            return (int) number;
        } catch (NumberFormatException e) {
            problems.add(row.problem("'" + column + "' is not a number: '" + shorten(value) + "'"));
            return null;
        }
    }

    private Double decimal(Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            problems.add(row.problem("'" + column + "' is not a number: '" + shorten(value) + "'"));
            return null;
        }
    }

    private String oneOf(Row row, String column, Set<String> allowed) {
        String value = row.get(column);
        if (value != null && !allowed.contains(value)) {
            problems.add(row.problem("'" + column + "' has unknown value '" + shorten(value) + "'; allowed: "
                    + String.join(", ", allowed.stream().sorted().toList())));
        }
        return value;
    }

    private static String id(Row row, String column) {
        String value = row.get(column);
        return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
    }

    // ---- records -----------------------------------------------------------------------------------------------

    private Organization organization(Row row) {
        return new Organization(id(row, "id"), row.get("name"), row.get("alternate_name"), row.get("description"),
                row.get("email"), row.get("website"));
    }

    private Service service(Row row) {
        ServiceStatus status = null;
        if (row.get("status") != null) {
            status = ServiceStatus.fromHsds(row.get("status")).orElse(null);
            if (status == null) {
                problems.add(row.problem("'status' has unknown value '" + shorten(row.get("status")) + "'; allowed: "
                        + String.join(", ", Arrays.stream(ServiceStatus.values()).map(ServiceStatus::hsds).toList())));
            }
        }
        Integer min = integer(row, "minimum_age", 0, MAX_AGE);
        Integer max = integer(row, "maximum_age", 0, MAX_AGE);
        if (min != null && max != null && min > max) {
            problems.add(row.problem("'minimum_age' " + min + " is above 'maximum_age' " + max));
        }
        return new Service(id(row, "id"), id(row, "organization_id"), row.get("name"), row.get("alternate_name"),
                row.get("description"), row.get("url"), row.get("email"), status, row.get("application_process"),
                row.get("fees_description"), row.get("eligibility_description"), min, max, row.get("alert"));
    }

    private Location location(Row row) {
        oneOf(row, "location_type", LOCATION_TYPES);
        return new Location(id(row, "id"), row.get("location_type"), id(row, "organization_id"), row.get("name"),
                row.get("description"), row.get("url"), row.get("transportation"), decimal(row, "latitude"),
                decimal(row, "longitude"));
    }

    private Address address(Row row) {
        oneOf(row, "address_type", LOCATION_TYPES);
        return new Address(id(row, "id"), id(row, "location_id"), row.get("address_1"), row.get("address_2"),
                row.get("city"), row.get("region"), row.get("state_province"), row.get("postal_code"),
                row.get("country"), row.get("address_type"));
    }

    private ServiceAtLocation serviceAtLocation(Row row) {
        return new ServiceAtLocation(id(row, "id"), id(row, "service_id"), id(row, "location_id"),
                row.get("description"));
    }

    private ServiceArea serviceArea(Row row) {
        return new ServiceArea(id(row, "id"), id(row, "service_id"), id(row, "service_at_location_id"),
                row.get("name"), row.get("description"));
    }

    private Schedule schedule(Row row) {
        oneOf(row, "freq", FREQUENCIES);
        String byday = row.get("byday");
        if (byday != null && !ScheduleText.isByday(byday)) {
            problems.add(row.problem("'byday' is not a list of RFC 5545 days such as TH or 1TH: '" + shorten(byday) + "'"));
        }
        for (String column : List.of("opens_at", "closes_at")) {
            String time = row.get(column);
            if (time != null && !ScheduleText.isTime(time)) {
                problems.add(row.problem("'" + column + "' is not a time HH:MM: '" + shorten(time) + "'"));
            }
        }
        if (row.get("service_id") == null && row.get("service_at_location_id") == null && row.get("location_id") == null) {
            problems.add(row.problem("belongs to nothing: give service_id, service_at_location_id or location_id"));
        }
        return new Schedule(id(row, "id"), id(row, "service_id"), id(row, "location_id"),
                id(row, "service_at_location_id"), row.get("valid_from"), row.get("valid_to"), row.get("freq"),
                integer(row, "interval", 1, 52), byday, row.get("bymonthday"), row.get("opens_at"),
                row.get("closes_at"), row.get("description"));
    }

    private TaxonomyTerm term(Row row) {
        Taxonomy.of(row.get("taxonomy")).ifPresent(taxonomy -> checkCode(row, taxonomy, row.get("code")));
        return new TaxonomyTerm(id(row, "id"), row.get("code"), row.get("name"), row.get("description"),
                id(row, "parent_id"), row.get("taxonomy"), row.get("language"), row.get("term_uri"));
    }

    private void checkCode(Row row, Taxonomy taxonomy, String code) {
        if (code == null) {
            problems.add(row.problem("a term of taxonomy " + taxonomy.hsdsName() + " needs a 'code'"));
            return;
        }
        boolean known = switch (taxonomy) {
            case ACTIVITY -> catalogue.find(code).filter(a -> a.kind().isForIndividuals()).isPresent();
            case KIND -> SERVICE_KINDS.stream().anyMatch(k -> k.name().equals(code));
            case APPROACH -> isConstant(Approach.class, code);
            case CIRCUMSTANCE -> isConstant(Circumstance.class, code);
            case THEME -> isConstant(Theme.class, code);
            case SETTING -> isConstant(Setting.class, code);
        };
        if (!known) {
            String what = taxonomy == Taxonomy.ACTIVITY ? "is no catalogue activity for a person"
                    : "is not a code of " + taxonomy.hsdsName();
            problems.add(row.problem("code '" + shorten(code) + "' " + what));
        }
    }

    private static <E extends Enum<E>> boolean isConstant(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(code));
    }

    private Attribute attribute(Row row) {
        oneOf(row, "link_entity", LINK_ENTITIES);
        return new Attribute(id(row, "id"), id(row, "link_id"), id(row, "taxonomy_term_id"), row.get("link_type"),
                row.get("link_entity"), row.get("value"), row.get("label"));
    }

    private Phone phone(Row row) {
        return new Phone(id(row, "id"), id(row, "location_id"), id(row, "service_id"), id(row, "organization_id"),
                id(row, "contact_id"), id(row, "service_at_location_id"), row.get("number"), row.get("type"),
                row.get("description"));
    }

    private Contact contact(Row row) {
        return new Contact(id(row, "id"), id(row, "organization_id"), id(row, "service_id"),
                id(row, "service_at_location_id"), id(row, "location_id"), row.get("name"), row.get("title"),
                row.get("department"), row.get("email"));
    }

    private Language language(Row row) {
        return new Language(id(row, "id"), id(row, "service_id"), id(row, "location_id"), id(row, "phone_id"),
                row.get("name"), row.get("code"), row.get("note"));
    }

    private CostOption costOption(Row row) {
        return new CostOption(id(row, "id"), id(row, "service_id"), row.get("valid_from"), row.get("valid_to"),
                row.get("option"), row.get("currency"), decimal(row, "amount"), row.get("amount_description"));
    }

    // ---- references --------------------------------------------------------------------------------------------

    private final class References {
        private final Map<HsdsTable, List<Row>> rows;

        References(Map<HsdsTable, List<Row>> rows) {
            this.rows = rows;
        }

        void check(HsdsTable table, String column, Map<String, ?> targets, HsdsTable target) {
            for (Row row : rows.get(table)) {
                String value = id(row, column);
                // A malformed id is reported by checkCells; its form is read again only for an id that names nothing.
                if (value != null && !targets.containsKey(value) && HsdsTable.isUuid(value)) {
                    problems.add(row.problem("'" + column + "' " + value + " names no row of " + target.file()));
                }
            }
        }
    }

    private void checkAttributeLinks(List<Row> rows, Map<String, Service> services, Map<String, Organization> organizations,
            Map<String, Location> locations, Map<String, ServiceAtLocation> sals) {
        Map<String, Map<String, ?>> byEntity = Map.of("service", services, "organization", organizations,
                "location", locations, "service_at_location", sals);
        for (Row row : rows) {
            Map<String, ?> targets = byEntity.get(row.get("link_entity"));
            String linkId = id(row, "link_id");
            if (targets != null && linkId != null && !targets.containsKey(linkId) && HsdsTable.isUuid(linkId)) {
                problems.add(row.problem("'link_id' " + linkId + " names no " + row.get("link_entity") + " of the package"));
            }
        }
    }

    private void checkAreaTargets(List<Row> rows) {
        for (Row row : rows) {
            if (row.get("service_id") == null && row.get("service_at_location_id") == null) {
                problems.add(row.problem("belongs to no service: give service_id or service_at_location_id"));
            }
        }
    }

    // ---- resolution --------------------------------------------------------------------------------------------

    /**
     * The rows of a table by the service (or other row) they point at, and by the service-at-location they point at;
     * a lookup gives the rows pointing at either, in file order, exactly as a filter over the whole table would.
     */
    private static final class Grouped<T> {
        private final List<T> all;
        private final Map<String, List<Integer>> byOwner = new HashMap<>();
        private final Map<String, List<Integer>> byServiceAtLocation = new HashMap<>();

        Grouped(java.util.Collection<T> values, java.util.function.Function<T, String> owner,
                java.util.function.Function<T, String> serviceAtLocation) {
            this.all = List.copyOf(values);
            for (int i = 0; i < all.size(); i++) {
                add(byOwner, owner.apply(all.get(i)), i);
                add(byServiceAtLocation, serviceAtLocation.apply(all.get(i)), i);
            }
        }

        private static void add(Map<String, List<Integer>> index, String key, int position) {
            if (key != null) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(position);
            }
        }

        List<T> of(String owner, Set<String> servicesAtLocation) {
            List<Integer> own = byOwner.getOrDefault(owner, List.of());
            if (servicesAtLocation.isEmpty() || byServiceAtLocation.isEmpty()) {
                // Positions were added in file order, so they are sorted already: the common case needs no set.
                List<T> found = new ArrayList<>(own.size());
                own.forEach(position -> found.add(all.get(position)));
                return List.copyOf(found);
            }
            java.util.SortedSet<Integer> positions = new java.util.TreeSet<>(own);
            servicesAtLocation.forEach(id -> positions.addAll(byServiceAtLocation.getOrDefault(id, List.of())));
            return positions.stream().map(all::get).toList();
        }
    }

    private final class Resolver {
        private final Map<String, Row> serviceRows = new HashMap<>();
        private final Map<String, Organization> organizations;
        private final Map<String, Location> locations;
        private final Map<String, Address> addresses;
        private final Map<String, ServiceAtLocation> sals;
        private final Map<String, ServiceArea> areas;
        private final Map<String, Schedule> schedules;
        private final Map<String, TaxonomyTerm> terms;
        private final Map<String, Attribute> attributes;
        private final Map<String, Phone> phones;
        private final Map<String, Contact> contacts;
        private final Map<String, Language> languages;
        private final Map<String, CostOption> costs;

        Resolver(Map<HsdsTable, List<Row>> rows, Map<String, Organization> organizations, Map<String, Location> locations,
                Map<String, Address> addresses, Map<String, ServiceAtLocation> sals, Map<String, ServiceArea> areas,
                Map<String, Schedule> schedules, Map<String, TaxonomyTerm> terms, Map<String, Attribute> attributes,
                Map<String, Phone> phones, Map<String, Contact> contacts, Map<String, Language> languages,
                Map<String, CostOption> costs) {
            rows.get(HsdsTable.SERVICES).forEach(row -> serviceRows.put(id(row, "id"), row));
            this.organizations = organizations;
            this.locations = locations;
            this.addresses = addresses;
            this.sals = sals;
            this.areas = areas;
            this.schedules = schedules;
            this.terms = terms;
            this.attributes = attributes;
            this.phones = phones;
            this.contacts = contacts;
            this.languages = languages;
            this.costs = costs;
        }

        // Each table grouped once by the ids rows point at, so resolving a service reads its own rows instead of
        // scanning every table (which made loading quadratic: 65 s for 5,000 services, docs/performance.md).
        private Grouped<ServiceAtLocation> salsOf;
        private Grouped<ServiceArea> areasOf;
        private Grouped<Schedule> schedulesOf;
        private Grouped<Phone> phonesOf;
        private Grouped<Contact> contactsOf;
        private Grouped<Language> languagesOf;
        private Grouped<CostOption> costsOf;
        private Grouped<Attribute> attributesOf;
        private Grouped<Address> addressesOf;

        private void group() {
            if (salsOf != null) {
                return;
            }
            salsOf = new Grouped<>(sals.values(), ServiceAtLocation::serviceId, x -> null);
            areasOf = new Grouped<>(areas.values(), ServiceArea::serviceId, ServiceArea::serviceAtLocationId);
            schedulesOf = new Grouped<>(schedules.values(), Schedule::serviceId, Schedule::serviceAtLocationId);
            phonesOf = new Grouped<>(phones.values(), Phone::serviceId, Phone::serviceAtLocationId);
            contactsOf = new Grouped<>(contacts.values(), Contact::serviceId, Contact::serviceAtLocationId);
            languagesOf = new Grouped<>(languages.values(), Language::serviceId, x -> null);
            costsOf = new Grouped<>(costs.values(), CostOption::serviceId, x -> null);
            attributesOf = new Grouped<>(attributes.values(),
                    a -> "service".equals(a.linkEntity()) ? a.linkId() : null, x -> null);
            addressesOf = new Grouped<>(addresses.values(), Address::locationId, x -> null);
        }

        LocalService resolve(Service service) {
            group();
            Row row = serviceRows.get(service.id());
            List<ServiceAtLocation> atLocations = salsOf.of(service.id(), Set.of());
            Set<String> salIds = new java.util.HashSet<>(atLocations.stream().map(ServiceAtLocation::id).toList());
            List<LocalService.Place> places = atLocations.stream().map(this::place).toList();
            List<ServiceArea> served = areasOf.of(service.id(), salIds);
            if (served.isEmpty()) {
                problems.add(row.problem("service " + service.id() + " has no row in service_areas.csv, so no"
                        + " municipality would ever see it"));
            }
            List<Schedule> times = schedulesOf.of(service.id(), salIds);
            List<Phone> numbers = phonesOf.of(service.id(), salIds);
            List<Contact> people = contactsOf.of(service.id(), salIds);
            List<Language> spoken = languagesOf.of(service.id(), Set.of());
            List<CostOption> prices = costsOf.of(service.id(), Set.of());
            List<Attribute> own = attributesOf.of(service.id(), Set.of());
            ServiceLink link = link(row, service, own);
            return new LocalService(service, organizations.get(service.organizationId()), places, times, served,
                    numbers, people, spoken, prices, own, link, settings(link, places, numbers));
        }

        private LocalService.Place place(ServiceAtLocation sal) {
            Location location = locations.get(sal.locationId());
            Address address = addressesOf.of(location.id(), Set.of()).stream()
                    .min(java.util.Comparator.comparing((Address a) -> !"physical".equals(a.addressType())).thenComparing(Address::id))
                    .orElse(null);
            return new LocalService.Place(sal, location, address);
        }

        private ServiceLink link(Row row, Service service, List<Attribute> own) {
            List<String> activities = new ArrayList<>();
            List<Kind> kinds = new ArrayList<>();
            Set<Approach> approaches = EnumSet.noneOf(Approach.class);
            Set<Circumstance> circumstances = EnumSet.noneOf(Circumstance.class);
            Set<Theme> themes = EnumSet.noneOf(Theme.class);
            Set<Setting> settings = EnumSet.noneOf(Setting.class);
            for (Attribute attribute : own) {
                TaxonomyTerm term = terms.get(attribute.taxonomyTermId());
                Taxonomy taxonomy = Taxonomy.of(term.taxonomy()).orElse(null);
                if (taxonomy == null) {
                    continue;
                }
                switch (taxonomy) {
                    case ACTIVITY -> activities.add(term.code());
                    case KIND -> kinds.add(Kind.valueOf(term.code()));
                    case APPROACH -> approaches.add(Approach.valueOf(term.code()));
                    case CIRCUMSTANCE -> circumstances.add(Circumstance.valueOf(term.code()));
                    case THEME -> themes.add(Theme.valueOf(term.code()));
                    case SETTING -> settings.add(Setting.valueOf(term.code()));
                }
            }
            if (activities.size() > 1 || kinds.size() > 1) {
                problems.add(row.problem("service " + service.id() + " is linked to more than one "
                        + (activities.size() > 1 ? "catalogue activity" : "kind") + "; give one"));
            }
            String activityId = activities.isEmpty() ? null : activities.get(0);
            if (activityId == null && (kinds.isEmpty() || approaches.isEmpty())) {
                problems.add(row.problem("service " + service.id() + " has neither a term of "
                        + Taxonomy.ACTIVITY.hsdsName() + " nor a term of " + Taxonomy.KIND.hsdsName() + " with at least"
                        + " one of " + Taxonomy.APPROACH.hsdsName() + " in attributes.csv"));
            }
            Kind kind = kinds.isEmpty() ? null : kinds.get(0);
            if (activityId != null) {
                Activity activity = catalogue.find(activityId).orElseThrow();
                kind = kind == null ? activity.kind() : kind;
                if (approaches.isEmpty()) {
                    approaches.addAll(activity.approaches());
                }
            }
            return new ServiceLink(activityId, kind, List.copyOf(approaches), List.copyOf(circumstances),
                    List.copyOf(themes), List.copyOf(settings));
        }

        private List<Setting> settings(ServiceLink link, List<LocalService.Place> places, List<Phone> numbers) {
            if (!link.settings().isEmpty()) {
                return link.settings();
            }
            Set<Setting> derived = EnumSet.noneOf(Setting.class);
            for (LocalService.Place place : places) {
                derived.add("virtual".equals(place.location().locationType()) ? Setting.ONLINE : Setting.NEIGHBOURHOOD);
            }
            if (derived.isEmpty() && !numbers.isEmpty()) {
                derived.add(Setting.PHONE);
            }
            if (derived.isEmpty() && link.activityId() != null) {
                derived.addAll(catalogue.find(link.activityId()).orElseThrow().delivery().settings());
            }
            return List.copyOf(derived);
        }
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
