package nl.interventiewijzer.intake;

import java.util.List;
import java.util.Objects;

/**
 * Scores the De Jong Gierveld loneliness scale (domain brief, "Measuring loneliness"). The score informs context
 * (emotional or social loneliness, severity); it never decides the profile.
 *
 *
 * Missing items follow the authors' rule for the short form (Manual of the Loneliness Scale, SPSS syntax for the
 * 6-item scale): the total is missing when more than one item is missing, a subscale when any of its items is. With
 * exactly one missing item the total is the count of lonely answers among the items that were answered: no
 * imputation, so it may understate by at most one point. The 11-item form uses the same rule; we found no published
 * rule for it that we could check, so this is our choice. On that form a total with one missing item is at most
 * 10 and so can never reach VERY_SEVERE.
 */
public final class DeJongGierveld {

    static final int MAX_MISSING_FOR_TOTAL = 1;

    public LonelinessScore score(DjgForm form, List<DjgAnswer> answers) {
        Objects.requireNonNull(form, "form");
        requireOneAnswerPerItem(form, answers);
        Integer total = missing(answers, form, null) > MAX_MISSING_FOR_TOTAL ? null : lonely(answers, form, null);
        return new LonelinessScore(
                total,
                subscale(answers, form, DjgSubscale.EMOTIONAL),
                subscale(answers, form, DjgSubscale.SOCIAL),
                total == null ? null : form.level(total),
                form.citation());
    }

    /** The statements to show, in the order their answers are expected. */
    public List<DjgItem> items(DjgForm form) {
        return form.items();
    }

    private static void requireOneAnswerPerItem(DjgForm form, List<DjgAnswer> answers) {
        if (answers == null || answers.size() != form.size()) {
            throw new IllegalArgumentException("The " + form + " form of the De Jong Gierveld scale has " + form.size()
                    + " items, so it needs " + form.size() + " answers (null for an item left unanswered); got "
                    + (answers == null ? "none" : answers.size()));
        }
    }

    private static Integer subscale(List<DjgAnswer> answers, DjgForm form, DjgSubscale subscale) {
        return missing(answers, form, subscale) > 0 ? null : lonely(answers, form, subscale);
    }

    /** Counts the lonely answers on the given subscale, or on all items when the subscale is null. */
    private static int lonely(List<DjgAnswer> answers, DjgForm form, DjgSubscale only) {
        int count = 0;
        for (DjgItem item : form.items()) {
            DjgAnswer answer = answers.get(item.number() - 1);
            if (answer != null && (only == null || item.subscale() == only) && item.subscale().countsAsLonely(answer)) {
                count++;
            }
        }
        return count;
    }

    private static int missing(List<DjgAnswer> answers, DjgForm form, DjgSubscale only) {
        int count = 0;
        for (DjgItem item : form.items()) {
            if (answers.get(item.number() - 1) == null && (only == null || item.subscale() == only)) {
                count++;
            }
        }
        return count;
    }
}
