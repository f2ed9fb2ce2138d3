package nl.interventiewijzer.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.interventiewijzer.profile.LocalizedText;

/** One intake question: a stable id, the dimension it informs, its text and its answer options. */
public record Item(String id, Dimension dimension, LocalizedText text, List<Option> options) {

    public Item {
        options = options == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(options));
    }

    public Optional<Option> option(String code) {
        return options.stream().filter(option -> option.code() != null && option.code().equals(code)).findFirst();
    }

    public List<String> optionCodes() {
        return options.stream().map(Option::code).toList();
    }
}
