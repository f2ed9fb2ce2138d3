package nl.interventiewijzer.localoffer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of an HSDS 3.0 tabular package we read, with every column HSDS defines for them (one-to-one fields of
 * schema/simple/schema.csv, openreferral/specification branch 3.0) and the columns that must have a value: those HSDS
 * requires, plus the references our profile needs (docs/local-offer.md). A column outside this list is an error, so a
 * misspelt header never silently loses data.
 */
public enum HsdsTable {
    ORGANIZATIONS("organizations.csv", true,
            List.of("id", "name", "alternate_name", "description", "email", "website", "tax_status", "tax_id",
                    "year_incorporated", "legal_status", "logo", "uri", "parent_organization_id"),
            Set.of("id", "name", "description")),
    SERVICES("services.csv", true,
            List.of("id", "organization_id", "program_id", "name", "alternate_name", "description", "url", "email",
                    "status", "interpretation_services", "application_process", "fees_description", "wait_time", "fees",
                    "accreditations", "eligibility_description", "minimum_age", "maximum_age", "assured_date",
                    "assurer_email", "licenses", "alert", "last_modified"),
            Set.of("id", "organization_id", "name", "status")),
    LOCATIONS("locations.csv", true,
            List.of("id", "location_type", "url", "organization_id", "name", "alternate_name", "description",
                    "transportation", "latitude", "longitude", "external_identifier", "external_identifier_type"),
            Set.of("id", "location_type")),
    ADDRESSES("addresses.csv", true,
            List.of("id", "location_id", "attention", "address_1", "address_2", "city", "region", "state_province",
                    "postal_code", "country", "address_type"),
            Set.of("id", "location_id", "address_1", "city", "state_province", "postal_code", "country", "address_type")),
    SERVICE_AT_LOCATION("service_at_location.csv", true,
            List.of("id", "service_id", "location_id", "description"),
            Set.of("id", "service_id", "location_id")),
    SERVICE_AREAS("service_areas.csv", true,
            List.of("id", "service_id", "service_at_location_id", "name", "description", "extent", "extent_type", "uri"),
            Set.of("id", "name")),
    SCHEDULES("schedules.csv", true,
            List.of("id", "service_id", "location_id", "service_at_location_id", "valid_from", "valid_to", "dtstart",
                    "timezone", "until", "count", "wkst", "freq", "interval", "byday", "byweekno", "bymonthday",
                    "byyearday", "description", "opens_at", "closes_at", "schedule_link", "attending_type", "notes"),
            Set.of("id")),
    TAXONOMY_TERMS("taxonomy_terms.csv", true,
            List.of("id", "code", "name", "description", "parent_id", "taxonomy", "language", "taxonomy_id", "term_uri"),
            Set.of("id", "name", "description")),
    ATTRIBUTES("attributes.csv", true,
            List.of("id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value", "label"),
            Set.of("id", "link_id", "taxonomy_term_id", "link_entity")),
    PHONES("phones.csv", false,
            List.of("id", "location_id", "service_id", "organization_id", "contact_id", "service_at_location_id",
                    "number", "extension", "type", "description"),
            Set.of("id", "number")),
    CONTACTS("contacts.csv", false,
            List.of("id", "organization_id", "service_id", "service_at_location_id", "location_id", "name", "title",
                    "department", "email"),
            Set.of("id")),
    LANGUAGES("languages.csv", false,
            List.of("id", "service_id", "location_id", "phone_id", "name", "code", "note"),
            Set.of("id")),
    COST_OPTIONS("cost_options.csv", false,
            List.of("id", "service_id", "valid_from", "valid_to", "option", "currency", "amount", "amount_description"),
            Set.of("id", "service_id"));

    private final String file;
    private final boolean required;
    private final List<String> columns;
    private final Map<String, Integer> positions = new HashMap<>();
    private final boolean[] mandatoryAt;
    private final boolean[] uuidAt;

    HsdsTable(String file, boolean required, List<String> columns, Set<String> mandatory) {
        this.file = file;
        this.required = required;
        this.columns = columns;
        this.mandatoryAt = new boolean[columns.size()];
        this.uuidAt = new boolean[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            positions.put(columns.get(i), i);
            mandatoryAt[i] = mandatory.contains(columns.get(i));
            uuidAt[i] = isUuidColumn(columns.get(i));
        }
    }

    public String file() {
        return file;
    }

    public boolean required() {
        return required;
    }

    public List<String> columns() {
        return columns;
    }

    /** The column's place in {@link #columns()}, or -1 for a column HSDS does not define for this file. */
    int position(String column) {
        Integer position = positions.get(column);
        return position == null ? -1 : position;
    }

    /** Whether the column at this place in {@link #columns()} must have a value. */
    boolean isMandatoryAt(int position) {
        return mandatoryAt[position];
    }

    /** Whether the column at this place in {@link #columns()} holds a UUID. */
    boolean isUuidAt(int position) {
        return uuidAt[position];
    }

    /** HSDS gives every identifier column the format uuid: the id and each *_id reference. */
    private static boolean isUuidColumn(String column) {
        return column.equals("id") || column.endsWith("_id");
    }

    /**
     * Whether a value has the form of a UUID (RFC 9562: 8-4-4-4-12 hexadecimal digits, either case). A loop, not a
     * regular expression: the loader checks every id cell and reference of a package, tens of thousands at 5,000
     * services, and the expression took 30% of a warm load (docs/performance.md).
     */
    public static boolean isUuid(String value) {
        if (value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** ASCII only, as the format asks: Character.digit would also take other scripts' digits. */
    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
