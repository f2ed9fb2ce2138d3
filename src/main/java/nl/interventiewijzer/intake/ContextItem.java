package nl.interventiewijzer.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.interventiewijzer.profile.LocalizedText;

/**
 * A context question: it gives no points and never decides the profile, but its answer goes with the request to
 * matching as part of the person (mobility, digital skills, Dutch language, interests, municipality).
 */
public record ContextItem(String id, ContextField field, ContextField.AnswerType answer, LocalizedText text,
        List<ContextOption> options) {

    public ContextItem {
        options = options == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(options));
    }

    public Optional<ContextOption> option(String code) {
        return options.stream().filter(option -> option.code() != null && option.code().equals(code)).findFirst();
    }

    public List<String> optionCodes() {
        return options.stream().map(ContextOption::code).toList();
    }
}
