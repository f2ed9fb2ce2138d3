package nl.interventiewijzer.catalogue;

public record EvidenceSummary(String by, Integer year, String finding) {
}
