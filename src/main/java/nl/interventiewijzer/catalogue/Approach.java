package nl.interventiewijzer.catalogue;

/** What an activity does for a person; the basis of the derived profile fit. */
public enum Approach {
    MEETING,
    SHARED_ACTIVITY,
    VOLUNTEERING,
    NETWORK_BUILDING,
    COMPANIONSHIP,
    BEREAVEMENT_SUPPORT,
    SKILLS_TRAINING,
    REFLECTION,
    PRACTICAL_HELP,
    BASIC_NEEDS,
    OUTREACH,
    HOUSING,
    COACHING,
    LANGUAGE,
    RESPITE,
    WORK,
    PEER_SUPPORT
}
