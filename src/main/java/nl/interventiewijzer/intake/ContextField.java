package nl.interventiewijzer.intake;

import java.util.Arrays;
import java.util.List;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.matching.Mobility;

/**
 * The person context a context question of the intake fills in, the kind of answer it takes and the codes that
 * answer may use. The codes are the ones the match request's {@code person} uses, so the answers carry the same
 * vocabulary (review 2026-12, section 7: without these questions an intake-only request loses all reachability and
 * interest logic).
 */
public enum ContextField {
    /** {@code person.mobility}: one of the mobility codes. */
    MOBILITY(AnswerType.ONE_CODE, names(Mobility.values())),
    /** {@code person.digitalSkills}: YES or NO. */
    DIGITAL_SKILLS(AnswerType.ONE_CODE, List.of(Codes.YES, Codes.NO)),
    /** The circumstance LIMITED_DUTCH when the answer is LIMITED. */
    DUTCH_LANGUAGE(AnswerType.ONE_CODE, List.of(Codes.GOOD, Codes.LIMITED)),
    /** {@code person.interests}: one or more theme codes. */
    INTERESTS(AnswerType.CODES, names(Theme.values())),
    /** The municipality's name, as the person says it. */
    MUNICIPALITY(AnswerType.TEXT, List.of());

    /** How a context question is answered in the {@code answers} map. */
    public enum AnswerType {
        /** One option code. */
        ONE_CODE,
        /** One or more option codes, separated by commas. */
        CODES,
        /** Free text; the question has no options. */
        TEXT
    }

    /** The answer codes of the fields that are not a vocabulary of their own. */
    static final class Codes {
        static final String YES = "YES";
        static final String NO = "NO";
        static final String GOOD = "GOOD";
        static final String LIMITED = "LIMITED";

        private Codes() {
        }
    }

    private final AnswerType answer;
    private final List<String> codes;

    ContextField(AnswerType answer, List<String> codes) {
        this.answer = answer;
        this.codes = codes;
    }

    public AnswerType answer() {
        return answer;
    }

    /** The codes an option of a question for this field may have; empty for free text. */
    public List<String> codes() {
        return codes;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
