package nl.interventiewijzer.profile;

/** What a profile means: its name, its dominant survival strategy and the support direction that follows. */
public record ProfileDescription(
        Profile code,
        LocalizedText name,
        LocalizedText survivalStrategy,
        LocalizedText supportDirection,
        String source) {
}
