package nl.interventiewijzer.catalogue;

public record SourceRef(SourceDocument document, String section) {
}
