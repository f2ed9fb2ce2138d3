package nl.interventiewijzer.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Gender;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.intake.IntakeContext;
import nl.interventiewijzer.matching.Mobility;
import nl.interventiewijzer.matching.Person;

/** What the coach tells about the person; its limits are {@link RequestLimits}'. */
public record PersonInput(
        Integer age,
        Gender gender,
        List<Circumstance> circumstances,
        Mobility mobility,
        List<Theme> interests,
        Boolean digitalSkills,
        String municipality) {

    Person toPerson() {
        return toPerson(this, IntakeContext.NONE, Set.of());
    }

    /**
     * The person for matching: what {@code person} states explicitly wins, field by field; a field it leaves out
     * (absent or null) is taken from the intake's context answers. A list given in {@code person}, even an empty one,
     * replaces the intake's list for that field, so a coach can correct what the intake read. What the intake
     * established beyond doubt (a recent bereavement) is always added. Documented in openapi.yaml (MatchRequest).
     */
    static Person toPerson(PersonInput input, IntakeContext intake, Set<Circumstance> fromIntake) {
        Set<Circumstance> circumstances = EnumSet.noneOf(Circumstance.class);
        circumstances.addAll(input == null || input.circumstances == null ? intake.circumstances()
                : toSet(input.circumstances, Circumstance.class));
        circumstances.addAll(fromIntake);
        String municipality = input == null || input.municipality == null ? intake.municipality()
                : input.municipality.strip();
        if (input == null) {
            return new Person(null, null, circumstances, intake.mobility(), intake.interests(), intake.digitalSkills(),
                    municipality);
        }
        return new Person(input.age, input.gender, circumstances,
                input.mobility != null ? input.mobility : intake.mobility(),
                input.interests != null ? toSet(input.interests, Theme.class) : intake.interests(),
                input.digitalSkills != null ? input.digitalSkills : intake.digitalSkills(),
                municipality);
    }

    private static <E extends Enum<E>> Set<E> toSet(List<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }
}
