package nl.interventiewijzer.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks catalogue entries beyond what their types enforce. Every problem names the entry, so a bad edit to the
 * data fails the start-up with a message an editor can act on (the reader adds the file).
 */
public final class CatalogueValidator {

    static final Pattern ID_PATTERN = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final int MAX_AGE = 120;
    private static final int FIRST_PLAUSIBLE_YEAR = 1950;
    private static final int LAST_PLAUSIBLE_YEAR = 2100;

    /** Every entry's own problems and the duplicate ids, each prefixed with {@link #label(Activity)}. */
    public List<String> validate(List<Activity> activities) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Activity activity : activities) {
            String label = label(activity);
            if (activity.id() != null && !seen.add(activity.id())) {
                problems.add(label + ": duplicate id");
            }
            validateEntry(activity).forEach(problem -> problems.add(label + ": " + problem));
        }
        return problems;
    }

    /** How problems name an entry: its id and its name. */
    public static String label(Activity activity) {
        return "activity '" + activity.id() + "' (" + activity.name() + ")";
    }

    /** The problems of one entry on its own, without its label. */
    public List<String> validateEntry(Activity activity) {
        List<String> problems = new ArrayList<>();
        requireText(problems, "id", activity.id());
        if (activity.id() != null && !ID_PATTERN.matcher(activity.id()).matches()) {
            problems.add("id must match " + ID_PATTERN.pattern());
        }
        requireText(problems, "name", activity.name());
        requireText(problems, "description", activity.description());
        requireText(problems, "targetGroup", activity.targetGroup());
        require(problems, "kind", activity.kind());
        require(problems, "evidence", activity.evidence());
        require(problems, "groupSize", activity.groupSize());
        require(problems, "threshold", activity.threshold());
        requireNonEmpty(problems, "deliveredBy", activity.deliveredBy());
        aloneIfPresent(problems, "deliveredBy", activity.deliveredBy(), Provider.NOT_STATED);
        requireNonEmpty(problems, "approaches", activity.approaches());
        validateEvidence(problems, activity);
        validateDesignedFor(problems, activity.designedFor());
        if (namesOneTwice(activity.themes())) {
            problems.add("themes lists a theme twice: " + activity.themes());
        }
        validateEligibility(problems, activity.eligibility());
        validateDelivery(problems, activity.delivery());
        validateAvailability(problems, activity.availability());
        validateAccess(problems, activity.access());
        validateSource(problems, "source", activity.source());
        for (int i = 0; i < activity.otherSources().size(); i++) {
            validateSource(problems, "otherSources[" + i + "]", activity.otherSources().get(i));
        }
        return problems;
    }

    /**
     * Retired ids: each names where it went and why, never collides with a live id, and a replacement is a live
     * entry. Each problem names the retired id.
     */
    public List<String> validateRetired(List<RetiredActivity> retired, List<Activity> live) {
        Set<String> liveIds = new HashSet<>();
        live.forEach(activity -> liveIds.add(activity.id()));
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RetiredActivity entry : retired) {
            String label = "retired id '" + entry.id() + "'";
            List<String> own = new ArrayList<>();
            requireText(own, "id", entry.id());
            if (entry.id() != null && !ID_PATTERN.matcher(entry.id()).matches()) {
                own.add("id must match " + ID_PATTERN.pattern());
            }
            if (entry.id() != null && !seen.add(entry.id())) {
                own.add("retired twice");
            }
            if (liveIds.contains(entry.id())) {
                own.add("is also the id of a live entry; a retired id may not be reused");
            }
            require(own, "status", entry.status());
            requireText(own, "since", entry.since());
            requireText(own, "reason", entry.reason());
            if (entry.status() == RetirementStatus.MERGED && entry.replacedBy() == null) {
                own.add("replacedBy is required for MERGED (the entry it was merged into)");
            }
            if (entry.replacedBy() != null && !liveIds.contains(entry.replacedBy())) {
                own.add("replacedBy '" + entry.replacedBy() + "' is not the id of a live entry");
            }
            own.forEach(problem -> problems.add(label + ": " + problem));
        }
        return problems;
    }

    private void validateEvidence(List<String> problems, Activity activity) {
        EvidenceSummary summary = activity.evidenceSummary();
        if (activity.evidence() == Evidence.SUBSTANTIATED && summary == null) {
            problems.add("evidenceSummary is required for SUBSTANTIATED activities");
        }
        if (summary != null) {
            requireText(problems, "evidenceSummary.by", summary.by());
            requireText(problems, "evidenceSummary.finding", summary.finding());
            if (summary.year() != null && (summary.year() < FIRST_PLAUSIBLE_YEAR || summary.year() > LAST_PLAUSIBLE_YEAR)) {
                problems.add("evidenceSummary.year " + summary.year() + " is not a plausible year");
            }
        }
    }

    private void validateDesignedFor(List<String> problems, DesignedFor designedFor) {
        if (designedFor == null) {
            problems.add("designedFor is missing");
            return;
        }
        checkAgeRange(problems, "designedFor", designedFor.minAge(), designedFor.maxAge());
        if (namesOneTwice(designedFor.circumstances())) {
            problems.add("designedFor.circumstances lists a group twice: " + designedFor.circumstances());
        }
    }

    /** A list of a closed vocabulary names each value once (the matcher counts them, and words them as a list). */
    private static boolean namesOneTwice(List<?> values) {
        return values != null && new HashSet<>(values).size() != values.size();
    }

    private void validateEligibility(List<String> problems, Eligibility eligibility) {
        if (eligibility == null) {
            problems.add("eligibility is missing");
            return;
        }
        checkAgeRange(problems, "eligibility", eligibility.minAge(), eligibility.maxAge());
        if (eligibility.hasAgeLimit() && eligibility.ageBasis() == null) {
            problems.add("eligibility.ageBasis is required when an age limit is set (STATED or INTERPRETED)");
        }
        if (!eligibility.hasAgeLimit() && eligibility.ageBasis() != null) {
            problems.add("eligibility.ageBasis is set but there is no age limit");
        }
        if (eligibility.hasRequirements() && eligibility.requirementsBasis() == null) {
            problems.add("eligibility.requirementsBasis is required when requiresAnyOf or requiresAllOf lists a"
                    + " circumstance (STATED or INTERPRETED)");
        }
        if (!eligibility.hasRequirements() && eligibility.requirementsBasis() != null) {
            problems.add("eligibility.requirementsBasis is set but requiresAnyOf and requiresAllOf are empty");
        }
        if (eligibility.gender() == Gender.X) {
            problems.add("eligibility.gender may only be FEMALE or MALE (or null)");
        }
    }

    private void checkAgeRange(List<String> problems, String prefix, Integer minAge, Integer maxAge) {
        checkAge(problems, prefix + ".minAge", minAge);
        checkAge(problems, prefix + ".maxAge", maxAge);
        if (minAge != null && maxAge != null && minAge > maxAge) {
            problems.add(prefix + ".minAge " + minAge + " is above maxAge " + maxAge);
        }
    }

    private void checkAge(List<String> problems, String field, Integer age) {
        if (age != null && (age < 0 || age > MAX_AGE)) {
            problems.add(field + " " + age + " is outside 0.." + MAX_AGE);
        }
    }

    private void validateDelivery(List<String> problems, Delivery delivery) {
        if (delivery == null) {
            problems.add("delivery is missing");
            return;
        }
        requireNonEmpty(problems, "delivery.settings", delivery.settings());
        aloneIfPresent(problems, "delivery.settings", delivery.settings(), Setting.NOT_STATED);
        require(problems, "delivery.transport", delivery.transport());
    }

    private void validateAvailability(List<String> problems, Availability availability) {
        if (availability == null) {
            problems.add("availability is missing");
            return;
        }
        if (availability.scope() == null) {
            problems.add("availability.scope is missing");
            return;
        }
        for (String municipality : availability.municipalities()) {
            if (municipality == null || municipality.isBlank() || !municipality.equals(municipality.strip())) {
                problems.add("availability.municipalities has a blank or untrimmed name '" + municipality + "'");
            }
        }
        switch (availability.scope()) {
            case NATIONAL -> {
                if (!availability.municipalities().isEmpty()) {
                    problems.add("availability: a NATIONAL entry names no municipalities, found "
                            + availability.municipalities());
                }
                if (availability.region() != null) {
                    problems.add("availability: a NATIONAL entry has no region, found '" + availability.region() + "'");
                }
            }
            case REGIONAL -> requireText(problems, "availability.region (REGIONAL)", availability.region());
            case LOCAL -> {
                if (availability.municipalities().isEmpty()) {
                    problems.add("availability: a LOCAL entry must name at least one municipality");
                }
            }
        }
        if (availability.note() != null && availability.note().isBlank()) {
            problems.add("availability.note is blank; write null when there is nothing to say");
        }
    }

    private void validateAccess(List<String> problems, Access access) {
        if (access == null) {
            problems.add("access is missing");
            return;
        }
        if (access.type() == null) {
            problems.add("access.type is missing");
            return;
        }
        if (access.type() == AccessType.DIRECT && !access.via().isEmpty()) {
            problems.add("access: DIRECT takes no via, found " + access.via());
        }
        if (access.type() != AccessType.DIRECT && access.via().isEmpty()) {
            problems.add("access: " + access.type() + " must name via whom (via is empty)");
        }
        if (namesOneTwice(access.via())) {
            problems.add("access.via lists a route twice: " + access.via());
        }
    }

    private void validateSource(List<String> problems, String field, SourceRef source) {
        if (source == null) {
            problems.add(field + " is missing");
            return;
        }
        require(problems, field + ".document", source.document());
        requireText(problems, field + ".section", source.section());
    }

    /** A "not stated" code means the sources are silent; next to a stated value it would contradict itself. */
    private static <T> void aloneIfPresent(List<String> problems, String field, List<T> values, T notStated) {
        if (values != null && values.contains(notStated) && values.size() > 1) {
            problems.add(field + ": " + notStated + " must stand alone, found " + values);
        }
    }

    private static void require(List<String> problems, String field, Object value) {
        if (value == null) {
            problems.add(field + " is missing");
        }
    }

    private static void requireText(List<String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field + " is missing or blank");
        }
    }

    private static void requireNonEmpty(List<String> problems, String field, List<?> value) {
        if (value == null || value.isEmpty()) {
            problems.add(field + " must list at least one value");
        }
    }
}
