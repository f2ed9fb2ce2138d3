package nl.interventiewijzer.matching;

/**
 * What the coach must still verify. The eligibility filter adds those about what the request leaves open or where the
 * person falls outside our reading of a source; the matcher adds those about the person's context. {@link Wording}
 * holds the Dutch sentence for each.
 */
public enum CheckCode {
    /** An age limit, and the person's age is not known. */
    AGE_UNKNOWN,
    /** The person is outside an age band the source does not state as a limit (our reading). */
    AGE_READING,
    /** The person is not in the groups our reading of the source gives, where the source sets no hard condition. */
    REQUIREMENTS_READING,
    /** Only for women or only for men, and the person's gender is not known or X. */
    GENDER,
    /** Away from home, the person walks badly, and no transport is arranged (or the sources do not say). */
    TRANSPORT,
    /** The sources do not say where it takes place, and the person walks badly or is housebound. */
    SETTING_NOT_STATED,
    /** Reached through a referral by a named referrer. */
    REFERRAL,
    /** A professional method: reached through a professional who works this way. */
    VIA_PROFESSIONAL,
    /** The catalogue entry's own note on who it is for. */
    ELIGIBILITY_NOTE,
    /** Online (only, or mainly) and the person's digital skills are not known. */
    DIGITAL_SKILLS,
    /** The person is learning Dutch and the activity runs on conversation: a phone line or a talking course. */
    LIMITED_DUTCH,
    /** The person is under 18. */
    MINOR,
    /** A local or regional activity and the person's municipality is not known. */
    AVAILABILITY_UNKNOWN,
    /** A local project of another municipality, shown as an example to ask about locally. */
    EXAMPLE_FROM_ELSEWHERE,
    /** Made for groups the person was not said to belong to (a catalogue activity or a local service). */
    MEANT_FOR,
    /** The activity asks the person to change how they live: moving, or taking in a lodger. */
    HOUSING_STEP
}
