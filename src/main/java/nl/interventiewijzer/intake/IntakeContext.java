package nl.interventiewijzer.intake;

import java.util.Map;
import java.util.Set;

/** What intake answers and the loneliness score tell the matcher beyond the profile. */
public final class IntakeContext {

    static final String LIFE_EVENT = "life-event";
    static final String PARTNER_DIED = "PARTNER_DIED";
    static final String HOW_LONG = "how-long";
    /** "Not yet lonely" or "less than a year": the loss is recent (the request's RECENTLY_WIDOWED: the past year). */
    static final Set<String> WITHIN_A_YEAR = Set.of("NOT_YET", "LESS_THAN_A_YEAR");

    /**
     * Share of a full-form subscale's items that must count as lonely before we call that kind of loneliness
     * present. The short form's published rule is "1 or more"; the full form gives no subscale cut-off, so this
     * third is our reading, to be reviewed.
     */
    static final double FULL_FORM_SUBSCALE_SHARE = 1.0 / 3.0;

    private IntakeContext() {
    }

    public static boolean recentlyBereaved(Map<String, String> answers) {
        // Set.of(...).contains(null) throws: answers may decide the duration without the how-long question.
        String howLong = answers.get(HOW_LONG);
        return PARTNER_DIED.equals(answers.get(LIFE_EVENT)) && howLong != null && WITHIN_A_YEAR.contains(howLong);
    }

    public static boolean emotionallyLonely(DjgForm form, LonelinessScore score) {
        return lonelyOn(form, DjgSubscale.EMOTIONAL, score.emotional());
    }

    public static boolean sociallyLonely(DjgForm form, LonelinessScore score) {
        return lonelyOn(form, DjgSubscale.SOCIAL, score.social());
    }

    private static boolean lonelyOn(DjgForm form, DjgSubscale subscale, Integer value) {
        if (value == null) {
            return false;
        }
        if (form == DjgForm.SHORT_6) {
            return value >= 1;
        }
        long items = form.items().stream().filter(item -> item.subscale() == subscale).count();
        return value >= Math.ceil(items * FULL_FORM_SUBSCALE_SHARE);
    }
}
