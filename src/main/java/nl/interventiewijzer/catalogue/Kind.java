package nl.interventiewijzer.catalogue;

/** The Handreiking's three types of activity, plus neighbourhood-level approaches that are never proposed to one person. */
public enum Kind {
    GROUP,
    ONE_ON_ONE,
    COURSE,
    COMMUNITY;

    public boolean isForIndividuals() {
        return this != COMMUNITY;
    }
}
