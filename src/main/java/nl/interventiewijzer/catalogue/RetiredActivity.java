package nl.interventiewijzer.catalogue;

/**
 * An id that was published once and no longer names a live entry. Ids stay stable: a client holding one learns where
 * it went ({@code replacedBy}, null when nothing replaces it) and why, in Dutch a coach can read.
 */
public record RetiredActivity(String id, RetirementStatus status, String replacedBy, String since, String reason) {
}
