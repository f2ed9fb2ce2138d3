package nl.interventiewijzer.localoffer;

/**
 * Namespace for the Open Referral HSDS 3.0 entities we read from a tabular package. Field names follow the HSDS
 * columns (schema/simple/schema.csv of openreferral/specification, branch 3.0) in camel case; an empty cell is null.
 */
public final class HsdsRecords {

    private HsdsRecords() {
    }

    public record Organization(String id, String name, String alternateName, String description, String email,
            String website) {
    }

    public record Service(String id, String organizationId, String name, String alternateName, String description,
            String url, String email, ServiceStatus status, String applicationProcess, String feesDescription,
            String eligibilityDescription, Integer minimumAge, Integer maximumAge, String alert) {

        public boolean admitsAge(int age) {
            return (minimumAge == null || age >= minimumAge) && (maximumAge == null || age <= maximumAge);
        }
    }

    public record Location(String id, String locationType, String organizationId, String name, String description,
            String url, String transportation, Double latitude, Double longitude) {
    }

    public record Address(String id, String locationId, String address1, String address2, String city, String region,
            String stateProvince, String postalCode, String country, String addressType) {
    }

    public record ServiceAtLocation(String id, String serviceId, String locationId, String description) {
    }

    public record ServiceArea(String id, String serviceId, String serviceAtLocationId, String name,
            String description) {
    }

    public record Schedule(String id, String serviceId, String locationId, String serviceAtLocationId,
            String validFrom, String validTo, String freq, Integer interval, String byday, String bymonthday,
            String opensAt, String closesAt, String description) {
    }

    public record TaxonomyTerm(String id, String code, String name, String description, String parentId,
            String taxonomy, String language, String termUri) {
    }

    public record Attribute(String id, String linkId, String taxonomyTermId, String linkType, String linkEntity,
            String value, String label) {
    }

    public record Phone(String id, String locationId, String serviceId, String organizationId, String contactId,
            String serviceAtLocationId, String number, String type, String description) {
    }

    public record Contact(String id, String organizationId, String serviceId, String serviceAtLocationId,
            String locationId, String name, String title, String department, String email) {
    }

    public record Language(String id, String serviceId, String locationId, String phoneId, String name, String code,
            String note) {
    }

    public record CostOption(String id, String serviceId, String validFrom, String validTo, String option,
            String currency, Double amount, String amountDescription) {
    }
}
