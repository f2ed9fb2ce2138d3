package nl.interventiewijzer.matching;

/**
 * What the coach must still verify, added by the matcher (the eligibility filter adds its own: AGE_UNKNOWN, GENDER,
 * DIGITAL_SKILLS, TRANSPORT, ELIGIBILITY_NOTE). {@link Wording} holds the Dutch sentence for each.
 */
public enum CheckCode {
    /** Mainly online and the person's digital skills are not known. */
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
    /** A local service with an age band, and the person's age is not known. */
    AGE_UNKNOWN,
    /** The activity asks the person to change how they live: moving, or taking in a lodger. */
    HOUSING_STEP
}
