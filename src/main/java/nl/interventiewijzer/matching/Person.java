package nl.interventiewijzer.matching;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Gender;
import nl.interventiewijzer.catalogue.Theme;

/**
 * What the coach tells about the person, all optional: null means "not said", which is different from "no". The
 * municipality is where the person lives, as CBS spells it (compared ignoring case). Never stored or logged.
 */
public record Person(
        Integer age,
        Gender gender,
        Set<Circumstance> circumstances,
        Mobility mobility,
        Set<Theme> interests,
        Boolean digitalSkills,
        String municipality) {

    public static final Person UNKNOWN = new Person(null, null, Set.of(), null, Set.of(), null, null);

    /** Enum sets: membership is a bit test, which matters on the hot path of every match. */
    public Person {
        circumstances = withImplied(circumstances);
        interests = interests == null || interests.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(interests));
        municipality = municipality == null || municipality.isBlank() ? null : municipality.strip();
    }

    /** A person whose municipality is not said. */
    public Person(Integer age, Gender gender, Set<Circumstance> circumstances, Mobility mobility, Set<Theme> interests,
            Boolean digitalSkills) {
        this(age, gender, circumstances, mobility, interests, digitalSkills, null);
    }

    private static Set<Circumstance> withImplied(Set<Circumstance> named) {
        if (named == null || named.isEmpty()) {
            return Set.of();
        }
        Set<Circumstance> all = EnumSet.noneOf(Circumstance.class);
        named.forEach(circumstance -> all.addAll(circumstance.implied()));
        return Collections.unmodifiableSet(all);
    }

    public boolean has(Circumstance circumstance) {
        return circumstances.contains(circumstance);
    }
}
