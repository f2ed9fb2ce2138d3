package nl.interventiewijzer.catalogue;

/** The Welzijn op Recept themes (Sociaal maakt Gezond), plus animals and helping others. */
public enum Theme {
    NATURE("natuur"),
    EXERCISE("bewegen"),
    CULTURE("cultuur"),
    BODY_AND_MIND("lichaam en geest"),
    FOOD("voeding"),
    DISCOVER_AND_LEARN("ontdekken en leren"),
    MEETING_THROUGH_PLAY("ontmoeting door spel"),
    ANIMALS("dieren"),
    HELPING_OTHERS("anderen helpen");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    /** Dutch label, as in reasons. */
    public String label() {
        return label;
    }
}
