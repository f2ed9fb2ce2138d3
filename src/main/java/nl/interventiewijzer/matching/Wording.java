package nl.interventiewijzer.matching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.interventiewijzer.catalogue.AccessRoute;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.AgeBasis;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Eligibility;
import nl.interventiewijzer.catalogue.EvidenceSummary;
import nl.interventiewijzer.catalogue.Gender;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.SourceDocument;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.profile.Note;

/**
 * Every Dutch sentence of the matcher's reasons and checks, in one place. Reasons are meant to be read out to the
 * person: they never name the profile (the coach sees it separately), and each is built from the entry's own data so
 * that it is true for that activity. Trait phrases are worded so they hold for every entry that has the trait (an
 * OPEN group size is "open voor iedereen", which also holds for an online platform; it is not "vrij binnenlopen").
 */
final class Wording {

    private static final Map<Trait, String> TRAIT_PHRASES = new EnumMap<>(Trait.class);

    static {
        phrase(Trait.KIND_GROUP, "een groep");
        phrase(Trait.KIND_ONE_ON_ONE, "persoonlijk contact met één persoon");
        phrase(Trait.KIND_COURSE, "een cursus of gespreksgroep");
        phrase(Trait.MEETING, "ontmoeting met anderen");
        phrase(Trait.SHARED_ACTIVITY, "samen iets ondernemen");
        phrase(Trait.VOLUNTEERING, "zelf iets voor anderen betekenen");
        phrase(Trait.NETWORK_BUILDING, "het eigen netwerk versterken");
        phrase(Trait.COMPANIONSHIP, "persoonlijke aandacht");
        phrase(Trait.BEREAVEMENT_SUPPORT, "steun bij rouw");
        phrase(Trait.SKILLS_TRAINING, "oefenen met sociale vaardigheden");
        phrase(Trait.REFLECTION, "nadenken over het eigen leven");
        phrase(Trait.PRACTICAL_HELP, "praktische hulp");
        phrase(Trait.BASIC_NEEDS, "hulp bij eerste levensbehoeften");
        phrase(Trait.OUTREACH, "hulp die de persoon zelf opzoekt");
        phrase(Trait.HOUSING, "samen wonen met anderen");
        phrase(Trait.COACHING, "persoonlijke begeleiding");
        phrase(Trait.LANGUAGE, "de Nederlandse taal");
        phrase(Trait.RESPITE, "ontlasting van de mantelzorg");
        phrase(Trait.WORK, "werk of dagbesteding");
        phrase(Trait.PEER_SUPPORT, "contact met mensen in een vergelijkbare situatie");
        phrase(Trait.BY_PROFESSIONAL, "begeleiding door een professional");
        phrase(Trait.BY_TRAINED_VOLUNTEER, "een getrainde vrijwilliger");
        phrase(Trait.BY_VOLUNTEER, "inzet van vrijwilligers");
        phrase(Trait.BY_PEER, "inzet van ervaringsdeskundigen");
        phrase(Trait.BY_STUDENT, "contact met studenten");
        phrase(Trait.SMALL_GROUP, "een kleine groep");
        phrase(Trait.LARGE_GROUP, "een grotere groep");
        phrase(Trait.OPEN_ACCESS, "open toegang voor iedereen");
        phrase(Trait.LOW_THRESHOLD, "een lage drempel");
        phrase(Trait.HIGH_THRESHOLD, "een programma dat inzet vraagt");
        phrase(Trait.FAMILIAR_SETTING, "steeds dezelfde plek of mensen");
        phrase(Trait.ANONYMOUS, "de mogelijkheid anoniem te blijven");
        phrase(Trait.LONG_TERM, "contact voor langere tijd");
        phrase(Trait.AT_HOME, "contact bij de persoon thuis");
        phrase(Trait.BY_PHONE, "contact per telefoon");
        phrase(Trait.ONLINE, "contact via internet");
        phrase(Trait.TRANSPORT_INCLUDED, "vervoer dat geregeld wordt");
        phrase(Trait.IN_CARE_FACILITY, "iets in de zorginstelling");
    }

    private Wording() {
    }

    private static void phrase(Trait trait, String text) {
        TRAIT_PHRASES.put(trait, text);
    }

    static String phrase(Trait trait) {
        return TRAIT_PHRASES.get(trait);
    }

    // Reasons

    static Note designedFor(List<Circumstance> groups) {
        return reason(ReasonCode.DESIGNED_FOR, "Speciaal opgezet voor " + join(groups.stream().map(Circumstance::label).toList()) + ".");
    }

    static Note designedForAge(Integer minAge, Integer maxAge) {
        String band;
        if (minAge != null && maxAge != null) {
            band = "van " + minAge + " tot en met " + maxAge + " jaar";
        } else if (minAge != null) {
            band = "van " + minAge + " jaar en ouder";
        } else {
            band = "tot en met " + maxAge + " jaar";
        }
        return reason(ReasonCode.DESIGNED_FOR_AGE, "Opgezet voor mensen " + band + ".");
    }

    static Note comesToThePerson(boolean home, boolean phone) {
        String how = home && phone ? "thuis en telefonisch" : home ? "bij de persoon thuis" : "telefonisch";
        return reason(ReasonCode.COMES_TO_THE_PERSON, "Komt naar de persoon toe: " + how + ", zonder dat reizen nodig is.");
    }

    static Note runsIn(String municipality) {
        return reason(ReasonCode.RUNS_IN_MUNICIPALITY, "Loopt in de eigen gemeente, " + municipality + ".");
    }

    static final Note RECENT_BEREAVEMENT = reason(ReasonCode.RECENT_BEREAVEMENT,
            "Biedt steun in de eerste tijd na het overlijden van de partner.");
    static final Note PREVENTION = reason(ReasonCode.PREVENTION,
            "Ontmoeting en een breder netwerk helpen voorkomen dat eenzaamheid ontstaat.");
    static final Note PROFESSIONAL_CARE = reason(ReasonCode.PROFESSIONAL_CARE,
            "Er spelen ook problemen op andere levensterreinen: hier is een professional bij betrokken.");
    static final Note EMOTIONAL_LONELINESS = reason(ReasonCode.EMOTIONAL_LONELINESS,
            "Biedt vast persoonlijk contact, voor wie vooral een hechte band mist.");
    static final Note SOCIAL_LONELINESS = reason(ReasonCode.SOCIAL_LONELINESS,
            "Brengt in contact met meer mensen, voor wie vooral een bredere kring mist.");

    static Note interest(Set<Theme> shared) {
        return reason(ReasonCode.INTEREST, "Sluit aan bij de interesse in " + join(shared.stream().map(Theme::label).toList()) + ".");
    }

    /** The fit in the person's words: what the activity offers that suits them, from its own traits. */
    static Note fit(FitLevel level, List<Trait> supporting) {
        return reason(ReasonCode.fit(level), "Dit sluit aan bij wat de persoon kan helpen: " + phrases(supporting) + ".");
    }

    static Note weakFit(List<Trait> against) {
        String why = against.isEmpty() ? "" : " (" + phrases(against) + ")";
        return reason(ReasonCode.PROFILE_FIT_WEAK, "Sluit minder aan bij wat de persoon meestal helpt" + why
                + "; voorgesteld om de andere redenen.");
    }

    /** The evidence in the entry's own terms: its summary when it has one, and its name, so the line is its own. */
    static Note evidence(Activity activity) {
        EvidenceSummary summary = activity.evidenceSummary();
        return switch (activity.evidence()) {
            case SUBSTANTIATED -> reason(ReasonCode.EVIDENCE_SUBSTANTIATED,
                    "Onderbouwd: " + study(summary) + " " + finding(summary));
            case PROMISING -> summary == null
                    ? reason(ReasonCode.EVIDENCE_PROMISING, activity.name() + " is kansrijk: goed denkbaar dat het"
                            + " werkt, maar nog niet op effect onderzocht.")
                    : reason(ReasonCode.EVIDENCE_PROMISING, "Kansrijk, en geëvalueerd: " + study(summary) + " "
                            + finding(summary));
            case PRACTICE_EXAMPLE -> reason(ReasonCode.EVIDENCE_PRACTICE_EXAMPLE, activity.name()
                    + " is een praktijkvoorbeeld uit " + source(activity) + "; niet op effect onderzocht.");
        };
    }

    private static String study(EvidenceSummary summary) {
        boolean yearNamed = summary.year() == null || summary.by().contains(String.valueOf(summary.year()));
        return summary.by() + (yearNamed ? "" : " (" + summary.year() + ")") + ".";
    }

    private static String finding(EvidenceSummary summary) {
        String finding = summary.finding().strip();
        return finding.endsWith(".") ? finding : finding + ".";
    }

    private static String source(Activity activity) {
        SourceDocument document = activity.source().document();
        return document.title();
    }

    // Checks of eligibility: what the request leaves open, or where the person falls outside our reading of a source

    static final Note ONLY_ONLINE = check(CheckCode.DIGITAL_SKILLS, "Zonder reizen kan dit alleen online: ga na of de"
            + " persoon met computer of smartphone overweg kan, of dat iemand kan helpen.");
    static final Note TRANSPORT = check(CheckCode.TRANSPORT, "Dit vindt buitenshuis plaats zonder ophaalservice: regel"
            + " vervoer of begeleiding, omdat de persoon slecht ter been is.");
    static final Note TRANSPORT_NOT_STATED = check(CheckCode.TRANSPORT, "Dit vindt buitenshuis plaats en de bronnen"
            + " zeggen niet of er vervoer geregeld is: ga na of de persoon wordt opgehaald, of regel vervoer of"
            + " begeleiding.");
    static final Note SETTING_NOT_STATED = check(CheckCode.SETTING_NOT_STATED, "De bronnen zeggen niet waar dit"
            + " plaatsvindt: ga na of de persoon er kan komen of dat het bij de persoon thuis kan.");

    static Note referral(List<AccessRoute> via) {
        return check(CheckCode.REFERRAL, "Deelname loopt via een verwijzing door " + routes(via)
                + ": ga na of die verwijzing er is of kan komen.");
    }

    static Note viaProfessional(List<AccessRoute> via) {
        return check(CheckCode.VIA_PROFESSIONAL, "Dit is een werkwijze van professionals, geen aanbod waarvoor iemand"
                + " zich aanmeldt: bereikbaar via " + routes(via) + ", als daar iemand zo werkt.");
    }

    static Note ageLimitUnknown(Eligibility eligibility) {
        return check(CheckCode.AGE_UNKNOWN, "Leeftijdsgrens " + ageLimit(eligibility)
                + ": de leeftijd is niet opgegeven, controleer of de persoon daarbinnen valt.");
    }

    static Note outsideAgeReading(Eligibility eligibility) {
        return check(CheckCode.AGE_READING, "De persoon valt buiten " + ageLimit(eligibility)
                + "; de bron noemt geen harde grens, dus overleg met de aanbieder of deelname kan.");
    }

    static Note onlyFor(Gender required) {
        return check(CheckCode.GENDER, "Alleen voor " + (required == Gender.FEMALE ? "vrouwen" : "mannen")
                + ": overleg met de persoon en de aanbieder of dit past.");
    }

    static Note outsideRequirementsReading(Eligibility eligibility) {
        List<String> labels = new ArrayList<>();
        eligibility.requiresAllOf().forEach(circumstance -> labels.add(circumstance.label()));
        eligibility.requiresAnyOf().forEach(circumstance -> labels.add(circumstance.label()));
        return check(CheckCode.REQUIREMENTS_READING, "Volgens onze lezing van de bron bedoeld voor "
                + (eligibility.requiresAnyOf().isEmpty() ? join(labels) : joinOr(labels))
                + ": de bron stelt dit niet als harde voorwaarde, ga na of het bij de persoon past.");
    }

    /** The entry's own note on who it is for, as the catalogue words it. */
    static Note eligibilityNote(String note) {
        return check(CheckCode.ELIGIBILITY_NOTE, note);
    }

    static String ageLimit(Eligibility eligibility) {
        String range;
        if (eligibility.minAge() != null && eligibility.maxAge() != null) {
            range = eligibility.minAge() + " tot en met " + eligibility.maxAge() + " jaar";
        } else if (eligibility.minAge() != null) {
            range = eligibility.minAge() + " jaar en ouder";
        } else {
            range = "tot en met " + eligibility.maxAge() + " jaar";
        }
        return eligibility.ageBasis() == AgeBasis.INTERPRETED
                ? range + " (onze lezing van een doelgroep die de bron zonder leeftijd noemt)"
                : range;
    }

    private static String routes(List<AccessRoute> via) {
        return joinOr(via.stream().map(AccessRoute::label).toList());
    }

    // Checks of the person's context

    static final Note DIGITAL_SKILLS = check(CheckCode.DIGITAL_SKILLS, "Dit gaat vooral online: ga na of de persoon"
            + " met computer of smartphone overweg kan, of dat iemand kan helpen.");
    static final Note MINOR = check(CheckCode.MINOR, "De persoon is jonger dan 18: betrek ouders of voogd bij de keuze"
            + " en de aanmelding.");

    static final Note HOUSING_STEP = check(CheckCode.HOUSING_STEP, "Dit vraagt een andere manier van wonen (verhuizen"
            + " of iemand in huis nemen): bespreek eerst of de persoon dat zelf wil.");

    static Note limitedDutch(Activity activity) {
        String how = activity.delivery().has(Setting.PHONE) ? "telefonische gesprekken" : "gesprekken in een groep";
        return check(CheckCode.LIMITED_DUTCH, "Dit loopt via " + how + " in het Nederlands: ga na of de persoon dat"
                + " kan volgen, of dat iemand kan tolken.");
    }

    static Note availabilityUnknown(String where) {
        return check(CheckCode.AVAILABILITY_UNKNOWN, "Alleen te vinden in " + where + ": de gemeente van de persoon is"
                + " niet opgegeven, ga na of het daar te vinden is.");
    }

    static Note exampleFromElsewhere(String where) {
        return check(CheckCode.EXAMPLE_FROM_ELSEWHERE, "Voorbeeld van elders (" + where + "): vraag na of er in de"
                + " eigen gemeente iets vergelijkbaars is.");
    }

    // The local offer (services of a municipality's HSDS package with no catalogue link)

    static Note localOffer(String municipality, String organisation) {
        return reason(ReasonCode.LOCAL_OFFER, "Lokaal aanbod in " + municipality + " van " + organisation
                + "; niet gekoppeld aan een activiteit uit de catalogus en niet op effect onderzocht.");
    }

    static Note meantFor(List<Circumstance> groups) {
        return check(CheckCode.MEANT_FOR, "Bedoeld voor " + join(groups.stream().map(Circumstance::label).toList())
                + ": ga na of dat bij de persoon past.");
    }

    static Note ageUnknown(String band) {
        return check(CheckCode.AGE_UNKNOWN, "Leeftijd niet opgegeven: dit aanbod is voor " + band + ".");
    }

    private static Note reason(ReasonCode code, String text) {
        return new Note(code.name(), text);
    }

    private static Note check(CheckCode code, String text) {
        return new Note(code.name(), text);
    }

    private static String phrases(List<Trait> traits) {
        return join(traits.stream().map(Wording::phrase).toList());
    }

    static String join(List<String> parts) {
        return join(parts, " en ");
    }

    private static String joinOr(List<String> parts) {
        return join(parts, " of ");
    }

    private static String join(List<String> parts, String last) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + last + parts.get(parts.size() - 1);
    }
}
