package nl.interventiewijzer.catalogue;

/** Who a person reaches a referral-only activity or a professional method through. */
public enum AccessRoute {
    WIJKTEAM("het wijkteam"),
    GGZ("de ggz"),
    SHELTER("de maatschappelijke opvang"),
    GP("de huisarts"),
    SOCIAL_WORK("het maatschappelijk werk"),
    CARE_PROVIDER("de zorgaanbieder"),
    MUNICIPALITY("de gemeente");

    private final String label;

    AccessRoute(String label) {
        this.label = label;
    }

    /** Dutch noun phrase with article, as used in checks ("via de huisarts"). */
    public String label() {
        return label;
    }
}
