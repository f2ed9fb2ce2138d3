package nl.interventiewijzer.intake;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.matching.Mobility;

/**
 * What the intake tells matching about the person beyond the profile: the answers to the context questions
 * (mobility, digital skills, Dutch language, interests, municipality) and the circumstances the scored answers state
 * outright. Null and empty mean "not asked", never "no". Never stored or logged.
 *
 * <p>Circumstances read from scored answers: a partner who died is WIDOWED (and RECENTLY_WIDOWED within the year,
 * see {@link #recentlyBereaved}); becoming a carer is INFORMAL_CARER; a yes on mental health is
 * PSYCHIATRIC_CONDITION; a yes on addiction is ADDICTION; a limited command of Dutch is LIMITED_DUTCH. These are
 * the person's own words, which a coach would otherwise type into {@code person.circumstances}.
 */
public record IntakeContext(Mobility mobility, Boolean digitalSkills, Set<Circumstance> circumstances,
        Set<Theme> interests, String municipality) {

    /** Nothing asked. */
    public static final IntakeContext NONE = new IntakeContext(null, null, Set.of(), Set.of(), null);

    static final String LIFE_EVENT = "life-event";
    static final String PARTNER_DIED = "PARTNER_DIED";
    static final String BECAME_CARER = "BECAME_CARER";
    static final String EVENT_WHEN = "event-when";
    static final String HOW_LONG = "how-long";
    static final String MENTAL_HEALTH = "mental-health";
    static final String ADDICTION = "addiction";
    /** The yes answers of mental-health and addiction. */
    static final Set<String> YES_ANSWERS = Set.of("YES_WITH_CARE", "YES_WITHOUT_CARE");
    /** When the event was: within the past year (the request's RECENTLY_WIDOWED: the past year). */
    static final Set<String> EVENT_WITHIN_A_YEAR = Set.of("LESS_THAN_SIX_MONTHS", "SIX_TO_TWELVE_MONTHS");
    /** Without event-when, "not yet lonely" or "less than a year" on how-long still place the loss in the year. */
    static final Set<String> LONELY_WITHIN_A_YEAR = Set.of("NOT_YET", "LESS_THAN_A_YEAR");

    /**
     * Share of a full-form subscale's items that must count as lonely before we call that kind of loneliness
     * present. The short form's published rule is "1 or more"; the full form gives no subscale cut-off, so this
     * third is our reading, to be reviewed.
     */
    static final double FULL_FORM_SUBSCALE_SHARE = 1.0 / 3.0;

    public IntakeContext {
        circumstances = copy(circumstances, Circumstance.class);
        interests = copy(interests, Theme.class);
    }

    /**
     * Reads the context from all answers (scored and context) and the parsed context answers.
     *
     * @param given per context field its codes (one for a single choice, one or more for interests) or its text
     */
    static IntakeContext of(Map<String, String> answers, Map<ContextField, List<String>> given) {
        Set<Circumstance> circumstances = EnumSet.noneOf(Circumstance.class);
        if (PARTNER_DIED.equals(answers.get(LIFE_EVENT))) {
            circumstances.add(Circumstance.WIDOWED);
        }
        if (recentlyBereaved(answers)) {
            circumstances.add(Circumstance.RECENTLY_WIDOWED);
        }
        if (BECAME_CARER.equals(answers.get(LIFE_EVENT))) {
            circumstances.add(Circumstance.INFORMAL_CARER);
        }
        if (isOneOf(YES_ANSWERS, answers.get(MENTAL_HEALTH))) {
            circumstances.add(Circumstance.PSYCHIATRIC_CONDITION);
        }
        if (isOneOf(YES_ANSWERS, answers.get(ADDICTION))) {
            circumstances.add(Circumstance.ADDICTION);
        }
        if (given.getOrDefault(ContextField.DUTCH_LANGUAGE, List.of()).contains(ContextField.Codes.LIMITED)) {
            circumstances.add(Circumstance.LIMITED_DUTCH);
        }
        List<String> mobility = given.get(ContextField.MOBILITY);
        List<String> digital = given.get(ContextField.DIGITAL_SKILLS);
        List<String> municipality = given.get(ContextField.MUNICIPALITY);
        return new IntakeContext(
                mobility == null ? null : Mobility.valueOf(mobility.get(0)),
                digital == null ? null : ContextField.Codes.YES.equals(digital.get(0)),
                circumstances,
                themes(given.getOrDefault(ContextField.INTERESTS, List.of())),
                municipality == null ? null : municipality.get(0));
    }

    /**
     * The partner died within the past year: life-event PARTNER_DIED and event-when within the year; or, when
     * event-when was skipped, how-long "not yet" or "less than a year".
     */
    public static boolean recentlyBereaved(Map<String, String> answers) {
        if (!PARTNER_DIED.equals(answers.get(LIFE_EVENT))) {
            return false;
        }
        String when = answers.get(EVENT_WHEN);
        return when != null ? EVENT_WITHIN_A_YEAR.contains(when) : isOneOf(LONELY_WITHIN_A_YEAR, answers.get(HOW_LONG));
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

    /** Set.of(...).contains(null) throws; an unanswered question is simply not one of the codes. */
    private static boolean isOneOf(Set<String> codes, String answer) {
        return answer != null && codes.contains(answer);
    }

    private static Set<Theme> themes(List<String> codes) {
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        codes.forEach(code -> themes.add(Theme.valueOf(code)));
        return themes;
    }

    private static <E extends Enum<E>> Set<E> copy(Collection<E> values, Class<E> type) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(values));
    }
}
