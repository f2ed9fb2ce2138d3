package nl.interventiewijzer.catalogue;

/** How a person reaches an activity. */
public enum AccessType {
    /** The person, or the coach for them, signs up or walks in. */
    DIRECT,
    /** Through a referrer, e.g. a GP for Welzijn op Recept. */
    REFERRAL,
    /** A way professionals work (Krachtwerk, WRAP, ...): reached only through a professional who works this way. */
    PROFESSIONAL_METHOD
}
