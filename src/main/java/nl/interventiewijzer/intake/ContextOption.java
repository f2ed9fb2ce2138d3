package nl.interventiewijzer.intake;

import nl.interventiewijzer.profile.LocalizedText;

/** One answer to a context question: a code of the person vocabulary, its text, and why it maps as it does. */
public record ContextOption(String code, LocalizedText text, String basis) {
}
