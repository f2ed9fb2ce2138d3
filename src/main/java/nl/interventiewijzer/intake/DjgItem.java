package nl.interventiewijzer.intake;

/** One statement of the De Jong Gierveld scale: its number within the form, its published Dutch text, its subscale. */
public record DjgItem(int number, String text, DjgSubscale subscale) {
}
