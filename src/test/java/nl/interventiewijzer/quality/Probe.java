package nl.interventiewijzer.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * A targeted-recall probe: a person of exactly the group one activity was made for.
 *
 * <p>From catalogue v2 on, the group is the entry's {@code designedFor} (its circumstance and age band). Before
 * v2 there is no {@code designedFor}; the yardstick then derives the group as the matching review did (section 4):
 * a required circumstance, a gender, or a youth (up to 30) or 65+ age band. The two are reported apart
 * ({@link #source}), because they are different sets.
 *
 * <p>An entry whose {@code access.type} is {@code PROFESSIONAL_METHOD} (v2) is only for people a professional already
 * works with; its probe sets {@link #professionalInView}, and the structural profiles are then asked with the
 * structurally complex duration (Bijlage 1: complex problems, professional care in view).
 */
record Probe(String activityId, Source source, String group, ObjectNode person, boolean professionalInView,
             GroupKind groupKind) {

    enum Source { DESIGNED_FOR, ELIGIBILITY_BEFORE_V2 }

    /**
     * What kind of group the probe person stands for. A broad age band alone (50+, 55+, 65+) is a group that a large
     * part of the catalogue shares (26 of 123 individual entries in 2026.12.2), so at most ten of them can be in one
     * top 10 for the same person: the report gives the recall of each kind apart.
     */
    enum GroupKind {
        /** A circumstance (the first of {@code designedFor}), a gender, or a narrow age band. */
        SPECIFIC,
        /** Only an age band wider than {@link #NARROW_BAND_YEARS} years (open ends counted up to 100). */
        BROAD_AGE_BAND
    }

    /** As the ranking policy's AGE_BAND_NARROW_YEARS: bands up to 30 years wide are narrow. */
    static final int NARROW_BAND_YEARS = 30;

    static final int DEFAULT_AGE = 60;

    /** Probes for every individual activity (not COMMUNITY) made for one group, in catalogue order by id. */
    static List<Probe> from(CatalogueView catalogue, boolean municipalityInContract) {
        boolean v2 = catalogue.hasDesignedFor();
        List<Probe> probes = new ArrayList<>();
        catalogue.entries().keySet().stream().sorted().forEach(id -> {
            JsonNode entry = catalogue.entries().get(id);
            if ("COMMUNITY".equals(entry.path("kind").asText())) {
                return;
            }
            Probe probe = v2 ? fromDesignedFor(entry, catalogue, municipalityInContract) : fromEligibility(entry);
            if (probe != null) {
                probes.add(probe);
            }
        });
        return List.copyOf(probes);
    }

    private static Probe fromDesignedFor(JsonNode entry, CatalogueView catalogue, boolean municipalityInContract) {
        JsonNode designedFor = entry.path("designedFor");
        List<String> made = strings(designedFor.path("circumstances"));
        Integer min = integer(designedFor.path("minAge"));
        Integer max = integer(designedFor.path("maxAge"));
        if (made.isEmpty() && min == null && max == null) {
            return null;
        }
        Set<String> circumstances = new LinkedHashSet<>();
        if (!made.isEmpty()) {
            circumstances.add(made.get(0));
        }
        String id = entry.path("id").asText();
        String municipality = municipalityInContract && catalogue.isOnePlace(id)
                && !catalogue.municipalities(id).isEmpty() ? catalogue.municipalities(id).get(0) : null;
        GroupKind kind = made.isEmpty() && !entry.path("eligibility").hasNonNull("gender")
                && (max == null ? 100 : max) - (min == null ? 0 : min) > NARROW_BAND_YEARS
                ? GroupKind.BROAD_AGE_BAND : GroupKind.SPECIFIC;
        return build(entry, Source.DESIGNED_FOR, circumstances, min, max, municipality, kind);
    }

    private static Probe fromEligibility(JsonNode entry) {
        JsonNode eligibility = entry.path("eligibility");
        Integer min = integer(eligibility.path("minAge"));
        Integer max = integer(eligibility.path("maxAge"));
        boolean ageGroup = (max != null && max <= 30) || (min != null && min >= 65);
        boolean circumstanceGroup = !strings(eligibility.path("requiresAnyOf")).isEmpty()
                || !strings(eligibility.path("requiresAllOf")).isEmpty();
        boolean genderGroup = eligibility.hasNonNull("gender");
        if (!ageGroup && !circumstanceGroup && !genderGroup) {
            return null;
        }
        return build(entry, Source.ELIGIBILITY_BEFORE_V2, new LinkedHashSet<>(), ageGroup ? min : null,
                ageGroup ? max : null, null, GroupKind.SPECIFIC);
    }

    /** Adds the entry's own preconditions, chooses an age inside both bands, and a compatible reach. */
    private static Probe build(JsonNode entry, Source source, Set<String> circumstances, Integer bandMin,
                               Integer bandMax, String municipality, GroupKind kind) {
        JsonNode eligibility = entry.path("eligibility");
        circumstances.addAll(strings(eligibility.path("requiresAllOf")));
        List<String> anyOf = strings(eligibility.path("requiresAnyOf"));
        if (!anyOf.isEmpty() && anyOf.stream().noneMatch(circumstances::contains)) {
            circumstances.add(anyOf.get(0));
        }
        int age = age(max(bandMin, integer(eligibility.path("minAge"))), min(bandMax, integer(eligibility.path("maxAge"))));
        ObjectNode person = JsonNodeFactory.instance.objectNode();
        person.put("age", age);
        if (eligibility.hasNonNull("gender")) {
            person.put("gender", eligibility.get("gender").asText());
        }
        ArrayNode list = person.putArray("circumstances");
        circumstances.forEach(list::add);
        person.put("mobility", "MOBILE");
        if (strings(entry.path("delivery").path("settings")).contains("ONLINE")) {
            person.put("digitalSkills", true);
        }
        if (municipality != null) {
            person.put("municipality", municipality);
        }
        String group = String.join("+", circumstances) + (circumstances.isEmpty() ? "" : ", ") + "age " + age
                + (eligibility.hasNonNull("gender") ? ", " + eligibility.get("gender").asText() : "")
                + (municipality != null ? ", " + municipality : "");
        boolean professional = "PROFESSIONAL_METHOD".equals(entry.path("access").path("type").asText());
        return new Probe(entry.path("id").asText(), source, group + (professional ? ", professional in view" : ""),
                person, professional, kind);
    }

    /** An age in the band: its middle, 5 above a lower bound alone, 10 under an upper bound alone (at least 16). */
    static int age(Integer lo, Integer hi) {
        if (lo != null && hi != null) {
            return (lo + hi) / 2;
        }
        if (lo != null) {
            return lo + 5;
        }
        if (hi != null) {
            return Math.max(16, hi - 10);
        }
        return DEFAULT_AGE;
    }

    private static Integer max(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
    }

    private static Integer min(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
    }

    private static Integer integer(JsonNode node) {
        return node == null || !node.isNumber() ? null : node.asInt();
    }

    private static List<String> strings(JsonNode node) {
        return node == null || !node.isArray() ? List.of()
                : StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).toList();
    }
}
