package nl.interventiewijzer.matching;

import java.util.EnumSet;
import java.util.Set;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Approach;
import nl.interventiewijzer.catalogue.GroupSize;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Provider;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.Threshold;
import nl.interventiewijzer.catalogue.Transport;

/**
 * Properties of an activity that the profile-fit rules weigh. Each is derived from the catalogue entry, so a fit can
 * always be traced back to what the entry says; the phrase is how a reason names it.
 */
public enum Trait {
    KIND_GROUP("een activiteit in groepsverband"),
    KIND_ONE_ON_ONE("één-op-één-contact"),
    KIND_COURSE("een cursus of gespreksgroep"),
    MEETING("ontmoeting met anderen"),
    SHARED_ACTIVITY("samen iets ondernemen"),
    VOLUNTEERING("zelf iets bijdragen of anderen helpen"),
    NETWORK_BUILDING("het eigen netwerk herstellen of uitbreiden"),
    COMPANIONSHIP("vast persoonlijk contact en een luisterend oor"),
    BEREAVEMENT_SUPPORT("steun bij rouw"),
    SKILLS_TRAINING("oefenen met contact maken en vriendschap"),
    REFLECTION("nadenken over het eigen leven"),
    PRACTICAL_HELP("praktische hulp"),
    BASIC_NEEDS("hulp bij basisbehoeften"),
    OUTREACH("hulp die naar de persoon toe komt"),
    HOUSING("een woonvorm met anderen"),
    COACHING("persoonlijke begeleiding door een coach"),
    LANGUAGE("Nederlands leren"),
    RESPITE("ontlasting van de mantelzorg"),
    WORK("werk of dagbesteding"),
    PEER_SUPPORT("contact met mensen in dezelfde situatie"),
    BY_PROFESSIONAL("een professional"),
    BY_TRAINED_VOLUNTEER("een getrainde vrijwilliger"),
    BY_VOLUNTEER("vrijwilligers"),
    BY_PEER("ervaringsdeskundigen of lotgenoten"),
    BY_STUDENT("studenten"),
    SMALL_GROUP("een kleine, vaste groep"),
    LARGE_GROUP("een grotere groep"),
    OPEN_ACCESS("vrij binnenlopen"),
    LOW_THRESHOLD("laagdrempelig en zonder verplichtingen"),
    HIGH_THRESHOLD("vraagt inzet en volharding"),
    FAMILIAR_SETTING("een vertrouwde plek met steeds dezelfde mensen"),
    ANONYMOUS("anoniem mogelijk"),
    LONG_TERM("contact voor langere tijd"),
    AT_HOME("bij de persoon thuis"),
    BY_PHONE("telefonisch"),
    ONLINE("online"),
    TRANSPORT_INCLUDED("met ophalen en thuisbrengen"),
    IN_CARE_FACILITY("in de zorginstelling");

    private final String phrase;

    Trait(String phrase) {
        this.phrase = phrase;
    }

    public String phrase() {
        return phrase;
    }

    public boolean isKind() {
        return this == KIND_GROUP || this == KIND_ONE_ON_ONE || this == KIND_COURSE;
    }

    public static Set<Trait> of(Activity activity) {
        Set<Trait> traits = EnumSet.noneOf(Trait.class);
        kindTrait(activity.kind(), traits);
        activity.approaches().forEach(approach -> traits.add(of(approach)));
        activity.deliveredBy().forEach(provider -> {
            Trait trait = of(provider);
            if (trait != null) {
                traits.add(trait);
            }
        });
        groupTrait(activity.groupSize(), traits);
        if (activity.threshold() == Threshold.LOW) {
            traits.add(LOW_THRESHOLD);
        } else if (activity.threshold() == Threshold.HIGH) {
            traits.add(HIGH_THRESHOLD);
        }
        addIf(activity.familiarSetting(), FAMILIAR_SETTING, traits);
        addIf(activity.anonymous(), ANONYMOUS, traits);
        addIf(activity.longTerm(), LONG_TERM, traits);
        addIf(activity.delivery().transport() == Transport.ARRANGED, TRANSPORT_INCLUDED, traits);
        addIf(activity.delivery().has(Setting.HOME), AT_HOME, traits);
        addIf(activity.delivery().has(Setting.PHONE), BY_PHONE, traits);
        addIf(activity.delivery().has(Setting.ONLINE), ONLINE, traits);
        addIf(activity.delivery().has(Setting.CARE_FACILITY), IN_CARE_FACILITY, traits);
        return traits;
    }

    private static void kindTrait(Kind kind, Set<Trait> traits) {
        switch (kind) {
            case GROUP -> traits.add(KIND_GROUP);
            case ONE_ON_ONE -> traits.add(KIND_ONE_ON_ONE);
            case COURSE -> traits.add(KIND_COURSE);
            case COMMUNITY -> { }
        }
    }

    private static void groupTrait(GroupSize size, Set<Trait> traits) {
        switch (size) {
            case SMALL_GROUP -> traits.add(SMALL_GROUP);
            case GROUP -> traits.add(LARGE_GROUP);
            case OPEN -> traits.add(OPEN_ACCESS);
            case ONE_ON_ONE -> { }
        }
    }

    private static void addIf(boolean condition, Trait trait, Set<Trait> traits) {
        if (condition) {
            traits.add(trait);
        }
    }

    static Trait of(Approach approach) {
        return valueOf(approach.name());
    }

    /** The trait of a stated provider; null for {@link Provider#NOT_STATED}, which says nothing a profile can weigh. */
    static Trait of(Provider provider) {
        return switch (provider) {
            case VOLUNTEER -> BY_VOLUNTEER;
            case TRAINED_VOLUNTEER -> BY_TRAINED_VOLUNTEER;
            case PROFESSIONAL -> BY_PROFESSIONAL;
            case PEER -> BY_PEER;
            case STUDENT -> BY_STUDENT;
            case NOT_STATED -> null;
        };
    }
}
