package nl.interventiewijzer.profile;

/** A remark with a stable code for programs and a Dutch sentence a coach can read out. */
public record Note(String code, String text) {
}
