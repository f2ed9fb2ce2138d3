package nl.interventiewijzer.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks catalogue entries beyond what their types enforce. Every problem names the entry, so a bad edit to the
 * data fails the start-up with a message an editor can act on.
 */
public final class CatalogueValidator {

    static final Pattern ID_PATTERN = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final int MAX_AGE = 120;

    public List<String> validate(List<Activity> activities) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Activity activity : activities) {
            String label = "activity '" + activity.id() + "' (" + activity.name() + ")";
            if (activity.id() != null && !seen.add(activity.id())) {
                problems.add(label + ": duplicate id");
            }
            validateEntry(activity).forEach(problem -> problems.add(label + ": " + problem));
        }
        return problems;
    }

    List<String> validateEntry(Activity activity) {
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
        require(problems, "familiarSetting", activity.familiarSetting());
        require(problems, "anonymous", activity.anonymous());
        require(problems, "longTerm", activity.longTerm());
        require(problems, "alsoSuits", activity.alsoSuits());
        require(problems, "themes", activity.themes());
        requireNonEmpty(problems, "deliveredBy", activity.deliveredBy());
        requireNonEmpty(problems, "approaches", activity.approaches());
        validateEvidence(problems, activity);
        validateEligibility(problems, activity.eligibility());
        validateDelivery(problems, activity.delivery());
        validateSource(problems, activity.source());
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
            if (summary.year() != null && (summary.year() < 1950 || summary.year() > 2100)) {
                problems.add("evidenceSummary.year " + summary.year() + " is not a plausible year");
            }
        }
    }

    private void validateEligibility(List<String> problems, Eligibility eligibility) {
        if (eligibility == null) {
            problems.add("eligibility is missing");
            return;
        }
        require(problems, "eligibility.requiresAnyOf", eligibility.requiresAnyOf());
        require(problems, "eligibility.requiresAllOf", eligibility.requiresAllOf());
        checkAge(problems, "eligibility.minAge", eligibility.minAge());
        checkAge(problems, "eligibility.maxAge", eligibility.maxAge());
        if (eligibility.minAge() != null && eligibility.maxAge() != null && eligibility.minAge() > eligibility.maxAge()) {
            problems.add("eligibility.minAge " + eligibility.minAge() + " is above maxAge " + eligibility.maxAge());
        }
        if (eligibility.hasAgeLimit() && eligibility.ageBasis() == null) {
            problems.add("eligibility.ageBasis is required when an age limit is set (STATED or INTERPRETED)");
        }
        if (!eligibility.hasAgeLimit() && eligibility.ageBasis() != null) {
            problems.add("eligibility.ageBasis is set but there is no age limit");
        }
        if (eligibility.gender() == Gender.X) {
            problems.add("eligibility.gender may only be FEMALE or MALE (or null)");
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
        require(problems, "delivery.transportIncluded", delivery.transportIncluded());
    }

    private void validateSource(List<String> problems, SourceRef source) {
        if (source == null) {
            problems.add("source is missing");
            return;
        }
        require(problems, "source.document", source.document());
        requireText(problems, "source.section", source.section());
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
