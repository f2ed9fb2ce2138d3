package nl.interventiewijzer.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.interventiewijzer.api.problem.FieldError;
import nl.interventiewijzer.api.problem.InvalidRequestException;
import nl.interventiewijzer.matching.MatchQuery;

/**
 * The limits of the match, classification and coverage requests (openapi.yaml states the same), checked by hand before
 * anything else reads the request. Every broken limit is a field of one 400 answer, worded as Bean Validation words
 * it, so that the answers stayed what they were when Hibernate Validator checked these records: walking the records by
 * their metadata for every match took about 8% of a full match's CPU (docs/performance.md, change 31). With the
 * coverage request checked here too, nothing was left for Hibernate Validator, and the service no longer carries it.
 *
 * <p>A field is named by its JSON path ({@code person.circumstances[1]}); the whole body, when it is missing, by
 * {@code $}.
 */
final class RequestLimits {

    static final int MAX_ANSWERS = 100;
    static final int MIN_AGE = 0;
    static final int MAX_AGE = 120;
    /** Circumstances and interests each. */
    static final int MAX_LIST = 50;
    static final int MIN_MUNICIPALITY = 2;
    static final int MAX_MUNICIPALITY = 60;
    /** The longer form of the De Jong Gierveld scale has eleven items. */
    static final int MAX_SCALE_ANSWERS = 11;
    /** Activity ids in one posted coverage request, each of at most {@link #MAX_ACTIVITY_ID} characters. */
    static final int MAX_COVERAGE_ACTIVITIES = 500;
    static final int MAX_ACTIVITY_ID = 200;

    /**
     * Letters first and last, and only what CBS names use between (spaces, hyphens, apostrophes, dots, brackets):
     * "'s-Hertogenbosch", "Súdwest-Fryslân", "Bergen (NH.)". Anything else is a mistake we say so about.
     */
    static final Pattern MUNICIPALITY = Pattern.compile("^['\u2019]?\\p{L}[\\p{L} .'\u2019()-]*[\\p{L}.)]$");
    static final String NOT_A_MUNICIPALITY = "must be a municipality name as CBS spells it";

    static final String MISSING = "must not be null";

    private List<FieldError> errors;

    private RequestLimits() {
    }

    static void check(MatchRequest request) {
        RequestLimits limits = new RequestLimits();
        if (limits.given(request)) {
            limits.profileInput(request.dimensions(), request.answers(), request.deJongGierveld());
            limits.person(request.person());
            limits.range("limit", request.limit(), 1, MatchQuery.MAX_LIMIT);
        }
        limits.throwIfBroken();
    }

    static void check(ClassificationRequest request) {
        RequestLimits limits = new RequestLimits();
        if (limits.given(request)) {
            limits.profileInput(request.dimensions(), request.answers(), request.deJongGierveld());
        }
        limits.throwIfBroken();
    }

    static void check(CoverageResource.CoverageRequest request) {
        RequestLimits limits = new RequestLimits();
        if (limits.given(request)) {
            List<String> activities = request.activities();
            if (activities == null) {
                limits.broken("activities", MISSING);
            } else {
                limits.size("activities", activities.size(), 1, MAX_COVERAGE_ACTIVITIES);
                limits.texts("activities", activities, MAX_ACTIVITY_ID);
            }
        }
        limits.throwIfBroken();
    }

    /** Whether a municipality's name, as given, is spelled the way CBS names are (letters first and last). */
    static boolean isMunicipalityName(String name) {
        return MUNICIPALITY.matcher(name).matches();
    }

    /** A missing body (none, or the JSON {@code null}) breaks the rule on the whole document. */
    private boolean given(Record body) {
        if (body == null) {
            broken("$", MISSING);
        }
        return body != null;
    }

    /** What decides the profile: the dimensions, the intake's answers and the loneliness scale. */
    private void profileInput(DimensionsInput dimensions, Map<String, String> answers, DeJongGierveldInput scale) {
        dimensions(dimensions);
        answers(answers);
        scale(scale);
    }

    private void dimensions(DimensionsInput dimensions) {
        if (dimensions == null) {
            return;
        }
        required("dimensions.duration", dimensions.duration());
        required("dimensions.coping", dimensions.coping());
        required("dimensions.participationOriented", dimensions.participationOriented());
    }

    private void answers(Map<String, String> answers) {
        if (answers != null) {
            size("answers", answers.size(), 0, MAX_ANSWERS);
        }
    }

    private void scale(DeJongGierveldInput scale) {
        if (scale == null) {
            return;
        }
        required("deJongGierveld.form", scale.form());
        if (scale.answers() == null) {
            broken("deJongGierveld.answers", MISSING);
        } else {
            size("deJongGierveld.answers", scale.answers().size(), 0, MAX_SCALE_ANSWERS);
        }
    }

    private void person(PersonInput person) {
        if (person == null) {
            return;
        }
        range("person.age", person.age(), MIN_AGE, MAX_AGE);
        list("person.circumstances", person.circumstances());
        list("person.interests", person.interests());
        String municipality = person.municipality();
        if (municipality != null) {
            size("person.municipality", municipality.length(), MIN_MUNICIPALITY, MAX_MUNICIPALITY);
            if (!isMunicipalityName(municipality)) {
                broken("person.municipality", NOT_A_MUNICIPALITY);
            }
        }
    }

    /** At most {@link #MAX_LIST} codes, none of them null. */
    private void list(String field, List<?> codes) {
        if (codes == null) {
            return;
        }
        size(field, codes.size(), 0, MAX_LIST);
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) == null) {
                broken(field + "[" + i + "]", MISSING);
            }
        }
    }

    /** Each text present and at most {@code max} characters long. */
    private void texts(String field, List<String> texts, int max) {
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text == null) {
                broken(field + "[" + i + "]", MISSING);
            } else {
                size(field + "[" + i + "]", text.length(), 0, max);
            }
        }
    }

    private void required(String field, Object value) {
        if (value == null) {
            broken(field, MISSING);
        }
    }

    private void range(String field, Integer value, int min, int max) {
        if (value == null) {
            return;
        }
        if (value < min) {
            broken(field, "must be greater than or equal to " + min);
        } else if (value > max) {
            broken(field, "must be less than or equal to " + max);
        }
    }

    private void size(String field, int size, int min, int max) {
        if (size < min || size > max) {
            broken(field, "size must be between " + min + " and " + max);
        }
    }

    private void broken(String field, String message) {
        if (errors == null) {
            errors = new ArrayList<>(2);
        }
        errors.add(new FieldError(field, message));
    }

    private void throwIfBroken() {
        if (errors == null) {
            return;
        }
        throw InvalidRequestException.of(errors);
    }
}
