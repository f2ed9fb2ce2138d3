package nl.interventiewijzer.quality;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The deterministic grid of person contexts the invariants scan: every age with every set of circumstances
 * (6 x 8 = 48 contexts), mobility and digital skills rotating so that each of their 9 pairs occurs.
 */
final class Grid {

    static final List<Integer> AGES = java.util.Arrays.asList(null, 16, 30, 50, 70, 85);
    static final List<List<String>> CIRCUMSTANCES = List.of(
            List.of(),
            List.of("LIVES_ALONE"),
            List.of("RECENTLY_WIDOWED", "LIVES_ALONE"),
            List.of("PSYCHIATRIC_CONDITION"),
            List.of("PHYSICAL_DISABILITY", "RECEIVES_HOME_CARE"),
            List.of("LOW_INCOME"),
            List.of("INFORMAL_CARER"),
            List.of("MIGRATION_BACKGROUND", "LIMITED_DUTCH"));
    static final List<String> MOBILITY = List.of("MOBILE", "LIMITED", "HOUSEBOUND");
    static final List<Boolean> DIGITAL = java.util.Arrays.asList(false, true, null);

    private Grid() {
    }

    static List<ObjectNode> persons() {
        List<ObjectNode> persons = new ArrayList<>();
        int i = 0;
        for (Integer age : AGES) {
            for (List<String> circumstances : CIRCUMSTANCES) {
                ObjectNode person = JsonNodeFactory.instance.objectNode();
                if (age != null) {
                    person.put("age", age);
                }
                ArrayNode list = person.putArray("circumstances");
                circumstances.forEach(list::add);
                person.put("mobility", MOBILITY.get(i % 3));
                Boolean digital = DIGITAL.get((i / 3) % 3);
                if (digital != null) {
                    person.put("digitalSkills", digital);
                }
                persons.add(person);
                i++;
            }
        }
        return List.copyOf(persons);
    }
}
