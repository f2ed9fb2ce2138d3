package nl.interventiewijzer.localoffer;

import java.util.Arrays;
import java.util.Optional;

/**
 * Our taxonomies (docs/local-offer.md): a taxonomy_terms.csv row whose {@code taxonomy} is one of these names links a
 * service to the catalogue or describes it in the catalogue's own vocabulary, and its {@code code} must be one we know.
 * Terms of any other taxonomy are kept and served, but mean nothing to matching.
 */
public enum Taxonomy {
    ACTIVITY("interventiewijzer-activity"),
    KIND("interventiewijzer-kind"),
    APPROACH("interventiewijzer-approach"),
    CIRCUMSTANCE("interventiewijzer-circumstance"),
    THEME("interventiewijzer-theme"),
    SETTING("interventiewijzer-setting");

    private final String hsdsName;

    Taxonomy(String hsdsName) {
        this.hsdsName = hsdsName;
    }

    public String hsdsName() {
        return hsdsName;
    }

    public static Optional<Taxonomy> of(String taxonomy) {
        return Arrays.stream(values()).filter(t -> t.hsdsName.equals(taxonomy)).findFirst();
    }
}
