package nl.interventiewijzer.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Gender;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.matching.Mobility;
import nl.interventiewijzer.matching.Person;

public record PersonInput(
        @Min(0) @Max(120) Integer age,
        Gender gender,
        @Size(max = 50) List<@NotNull Circumstance> circumstances,
        Mobility mobility,
        @Size(max = 50) List<@NotNull Theme> interests,
        Boolean digitalSkills,
        @Size(max = 100) String municipality) {

    Person toPerson() {
        return new Person(age, gender, toSet(circumstances, Circumstance.class), mobility, toSet(interests, Theme.class),
                digitalSkills, municipality);
    }

    private static <E extends Enum<E>> Set<E> toSet(List<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }
}
