package nl.interventiewijzer.catalogue.loading;

import java.util.ArrayList;
import java.util.List;

/**
 * The first check on an entry as written: every field the format requires holds a value (null only where the format
 * allows it) and no list holds a null. Only a complete entry becomes a domain {@code Activity}; the domain rules are
 * then checked by {@code CatalogueValidator}.
 */
final class EntryCompleteness {

    private EntryCompleteness() {
    }

    static List<String> problems(ActivityFile entry) {
        List<String> problems = new ArrayList<>();
        require(problems, "id", entry.id());
        require(problems, "name", entry.name());
        require(problems, "kind", entry.kind());
        require(problems, "evidence", entry.evidence());
        require(problems, "description", entry.description());
        require(problems, "targetGroup", entry.targetGroup());
        if (require(problems, "designedFor", entry.designedFor())) {
            list(problems, "designedFor.circumstances", entry.designedFor().circumstances());
        }
        if (require(problems, "eligibility", entry.eligibility())) {
            list(problems, "eligibility.requiresAnyOf", entry.eligibility().requiresAnyOf());
            list(problems, "eligibility.requiresAllOf", entry.eligibility().requiresAllOf());
        }
        if (require(problems, "delivery", entry.delivery())) {
            list(problems, "delivery.settings", entry.delivery().settings());
            require(problems, "delivery.transport", entry.delivery().transport());
        }
        list(problems, "deliveredBy", entry.deliveredBy());
        list(problems, "approaches", entry.approaches());
        require(problems, "groupSize", entry.groupSize());
        require(problems, "threshold", entry.threshold());
        require(problems, "familiarSetting", entry.familiarSetting());
        require(problems, "anonymous", entry.anonymous());
        require(problems, "longTerm", entry.longTerm());
        list(problems, "themes", entry.themes());
        if (require(problems, "availability", entry.availability())) {
            require(problems, "availability.scope", entry.availability().scope());
            list(problems, "availability.municipalities", entry.availability().municipalities());
        }
        if (require(problems, "access", entry.access())) {
            require(problems, "access.type", entry.access().type());
            list(problems, "access.via", entry.access().via());
        }
        require(problems, "source", entry.source());
        list(problems, "otherSources", entry.otherSources());
        return problems;
    }

    private static boolean require(List<String> problems, String field, Object value) {
        if (value == null) {
            problems.add(field + " is null; the format requires a value");
            return false;
        }
        return true;
    }

    private static void list(List<String> problems, String field, List<?> values) {
        if (values == null) {
            problems.add(field + " is null; write [] for none");
        } else if (values.contains(null)) {
            problems.add(field + " holds a null");
        }
    }
}
