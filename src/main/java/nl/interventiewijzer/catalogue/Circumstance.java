package nl.interventiewijzer.catalogue;

/** Life situations and conditions that activities are made for, and that a coach can name for a person. */
public enum Circumstance {
    LIVES_ALONE("alleenwonenden"),
    WIDOWED("weduwen en weduwnaars"),
    /** Partner died in the past year; implies {@link #WIDOWED}. */
    RECENTLY_WIDOWED("mensen die het afgelopen jaar hun partner verloren"),
    DIVORCED("gescheiden mensen"),
    INFORMAL_CARER("mantelzorgers"),
    CHRONIC_ILLNESS("mensen met een chronische ziekte"),
    /** Walking, sight or hearing. */
    PHYSICAL_DISABILITY("mensen die slecht lopen, zien of horen"),
    INTELLECTUAL_DISABILITY("mensen met een verstandelijke beperking"),
    PSYCHIATRIC_CONDITION("mensen met psychische of psychiatrische problemen"),
    DEMENTIA("mensen met dementie"),
    CANCER("mensen met kanker"),
    ADDICTION("mensen met een verslaving"),
    HOMELESS("dak- en thuislozen"),
    MIGRATION_BACKGROUND("mensen met een migratieachtergrond"),
    LIMITED_DUTCH("anderstaligen die Nederlands leren"),
    LOW_INCOME("mensen met een laag inkomen"),
    LOW_LITERACY("laaggeletterden"),
    LGBTI("lhbti-personen"),
    RECEIVES_HOME_CARE("mensen met thuiszorg"),
    LIVES_IN_CARE_FACILITY("bewoners van een zorginstelling"),
    UNEMPLOYED("mensen zonder werk"),
    /** Needs so much care that travel or a holiday is only possible with care arranged. */
    INTENSIVE_CARE_NEEDS("mensen met een intensieve zorgvraag"),
    /** Niet-aangeboren hersenletsel (NAH), named next to psychic and intellectual disability in Sociaal maakt Gezond. */
    ACQUIRED_BRAIN_INJURY("mensen met niet-aangeboren hersenletsel"),
    /** "Laagopgeleid": a risk group in the Handreiking and a condition of Sociaal Vitaal (Kennisdossier). */
    LOW_EDUCATION("laagopgeleiden"),
    /**
     * Has been in contact with mental health care, now or in the past: "(ex-)cliënten uit de ggz", "met de psychiatrie
     * in aanraking (geweest)" (Handreiking). Broader than a current {@link #PSYCHIATRIC_CONDITION}.
     */
    PSYCHIATRIC_HISTORY("mensen die met de ggz of psychiatrie in aanraking zijn (geweest)"),
    /** "Klanten van de voedselbank" (Sociaal maakt Gezond); narrower than {@link #LOW_INCOME}. */
    FOOD_BANK_CLIENT("klanten van de voedselbank"),
    /** "Vluchtelingen ..., zowel asielzoekers als statushouders" (Kennisdossier sociale omgeving). */
    REFUGEE("vluchtelingen (asielzoekers en statushouders)");

    private final String label;

    Circumstance(String label) {
        this.label = label;
    }

    /** Dutch plural noun phrase for the people in this circumstance, as used in reasons. */
    public String label() {
        return label;
    }

    /**
     * A person who has this circumstance also has the returned ones: recently widowed is widowed; someone with a
     * psychiatric condition has been in contact with mental health care in the sense of "met de psychiatrie in aanraking
     * (geweest)"; a food-bank client has a low income (the food bank's admission is an income test).
     */
    public java.util.Set<Circumstance> implied() {
        return switch (this) {
            case RECENTLY_WIDOWED -> java.util.EnumSet.of(this, WIDOWED);
            case PSYCHIATRIC_CONDITION -> java.util.EnumSet.of(this, PSYCHIATRIC_HISTORY);
            case FOOD_BANK_CLIENT -> java.util.EnumSet.of(this, LOW_INCOME);
            default -> java.util.EnumSet.of(this);
        };
    }
}
