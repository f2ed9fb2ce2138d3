package nl.interventiewijzer.profile;

public record LocalizedText(String nl, String en) {
}
