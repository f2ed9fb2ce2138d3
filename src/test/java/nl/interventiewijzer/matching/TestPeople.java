package nl.interventiewijzer.matching;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Gender;
import nl.interventiewijzer.catalogue.Theme;

/** Builds a {@link Person}; everything not set stays "not said" (null or empty), as in a request that omits it. */
final class TestPeople {

    private TestPeople() {
    }

    static Builder person() {
        return new Builder();
    }

    static final class Builder {

        private Integer age;
        private Gender gender;
        private final Set<Circumstance> circumstances = EnumSet.noneOf(Circumstance.class);
        private Mobility mobility;
        private final Set<Theme> interests = EnumSet.noneOf(Theme.class);
        private Boolean digitalSkills;
        private String municipality;

        Builder age(Integer value) {
            this.age = value;
            return this;
        }

        Builder gender(Gender value) {
            this.gender = value;
            return this;
        }

        Builder with(Circumstance... values) {
            circumstances.addAll(List.of(values));
            return this;
        }

        Builder mobility(Mobility value) {
            this.mobility = value;
            return this;
        }

        Builder interestedIn(Theme... values) {
            interests.addAll(List.of(values));
            return this;
        }

        Builder digitalSkills(Boolean value) {
            this.digitalSkills = value;
            return this;
        }

        Builder municipality(String value) {
            this.municipality = value;
            return this;
        }

        Person build() {
            return new Person(age, gender, circumstances, mobility, interests, digitalSkills, municipality);
        }
    }
}
