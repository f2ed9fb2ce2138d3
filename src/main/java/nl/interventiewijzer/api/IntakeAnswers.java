package nl.interventiewijzer.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the {@code answers} of a request as openapi.yaml promises: a question answered with null is a question
 * skipped, and an object with no answers left counts as no {@code answers} at all. Generated clients send
 * {@code "answers": {}} with every request (openapi-generator's Java models start with an empty map), so an empty
 * object must not count as the one way of deciding the profile.
 */
final class IntakeAnswers {

    private IntakeAnswers() {
    }

    /** Null when nothing was answered; otherwise the answers given, without the skipped ones, in their order. */
    static Map<String, String> givenOrNull(Map<String, String> answers) {
        if (answers == null || answers.isEmpty()) {
            return null;
        }
        // Not containsValue(null): immutable maps throw on a null query.
        if (answers.values().stream().noneMatch(Objects::isNull)) {
            return answers;
        }
        Map<String, String> given = new LinkedHashMap<>();
        answers.forEach((question, option) -> {
            if (option != null) {
                given.put(question, option);
            }
        });
        return given.isEmpty() ? null : Collections.unmodifiableMap(given);
    }
}
