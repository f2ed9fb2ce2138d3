package nl.interventiewijzer.intake;

import static nl.interventiewijzer.intake.DjgSubscale.EMOTIONAL;
import static nl.interventiewijzer.intake.DjgSubscale.SOCIAL;

import java.util.List;

/**
 * The two published forms of the De Jong Gierveld loneliness scale, with their items in the published order and
 * their cut-off points (domain brief, "Measuring loneliness"; De Jong Gierveld and Van Tilburg, Manual of the
 * Loneliness Scale, 1999, updated 2022).
 */
public enum DjgForm {
    /** De Jong Gierveld and Van Tilburg (2006): three emotional, then three social items. */
    SHORT_6(List.of(
            new DjgItem(1, Texts.LEEGTE, EMOTIONAL),
            new DjgItem(2, Texts.MIS_MENSEN, EMOTIONAL),
            new DjgItem(3, Texts.IN_DE_STEEK, EMOTIONAL),
            new DjgItem(4, Texts.NARIGHEID, SOCIAL),
            new DjgItem(5, Texts.VERTROUWEN, SOCIAL),
            new DjgItem(6, Texts.NAUW_VERBONDEN, SOCIAL)),
            "De Jong Gierveld, J. & Van Tilburg, T.G. (2006), 6-item De Jong Gierveld eenzaamheidsschaal."),
    /** De Jong Gierveld and Kamphuis (1985): social items 1, 4, 7, 8, 11; emotional items 2, 3, 5, 6, 9, 10. */
    FULL_11(List.of(
            new DjgItem(1, Texts.DAGELIJKSE_PROBLEEMPJES, SOCIAL),
            new DjgItem(2, Texts.GOEDE_VRIEND, EMOTIONAL),
            new DjgItem(3, Texts.LEEGTE, EMOTIONAL),
            new DjgItem(4, Texts.NARIGHEID, SOCIAL),
            new DjgItem(5, Texts.GEZELLIGHEID, EMOTIONAL),
            new DjgItem(6, Texts.KENNISSENKRING, EMOTIONAL),
            new DjgItem(7, Texts.VERTROUWEN, SOCIAL),
            new DjgItem(8, Texts.NAUW_VERBONDEN, SOCIAL),
            new DjgItem(9, Texts.MIS_MENSEN, EMOTIONAL),
            new DjgItem(10, Texts.IN_DE_STEEK, EMOTIONAL),
            new DjgItem(11, Texts.VRIENDEN, SOCIAL)),
            "De Jong Gierveld, J. & Kamphuis, F.H. (1985), 11-item De Jong Gierveld eenzaamheidsschaal;"
                    + " afkappunten: Van Tilburg, T.G. & De Jong Gierveld, J. (1999).");

    private static final String NOT_A_DIAGNOSIS = " Een meetinstrument voor survey-onderzoek, geen diagnose.";

    private final List<DjgItem> items;
    private final String citation;

    DjgForm(List<DjgItem> items, String source) {
        this.items = items;
        this.citation = source + NOT_A_DIAGNOSIS;
    }

    /** The statements in the order they are asked and scored. */
    public List<DjgItem> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public String citation() {
        return citation;
    }

    /** Cut-offs: short form 0-1, 2-4, 5-6; 11-item form 0-2, 3-8, 9-10, 11. */
    public LonelinessLevel level(int total) {
        if (this == SHORT_6) {
            return total <= 1 ? LonelinessLevel.NOT_LONELY
                    : total <= 4 ? LonelinessLevel.MODERATE
                    : LonelinessLevel.SEVERE;
        }
        return total <= 2 ? LonelinessLevel.NOT_LONELY
                : total <= 8 ? LonelinessLevel.MODERATE
                : total <= 10 ? LonelinessLevel.SEVERE
                : LonelinessLevel.VERY_SEVERE;
    }

    /** The published Dutch wording; the short form reuses six of the eleven statements. */
    private static final class Texts {
        static final String DAGELIJKSE_PROBLEEMPJES =
                "Er is altijd wel iemand in mijn omgeving bij wie ik met mijn dagelijkse probleempjes terecht kan";
        static final String GOEDE_VRIEND = "Ik mis een echt goede vriend of vriendin";
        static final String LEEGTE = "Ik ervaar een leegte om me heen";
        static final String NARIGHEID = "Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen";
        static final String GEZELLIGHEID = "Ik mis gezelligheid om me heen";
        static final String KENNISSENKRING = "Ik vind mijn kring van kennissen te beperkt";
        static final String VERTROUWEN = "Ik heb veel mensen op wie ik volledig kan vertrouwen";
        static final String NAUW_VERBONDEN = "Er zijn voldoende mensen met wie ik me nauw verbonden voel";
        static final String MIS_MENSEN = "Ik mis mensen om me heen";
        static final String IN_DE_STEEK = "Vaak voel ik me in de steek gelaten";
        static final String VRIENDEN = "Wanneer ik daar behoefte aan heb, kan ik altijd bij mijn vrienden terecht";

        private Texts() {
        }
    }
}
