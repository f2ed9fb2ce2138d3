package nl.interventiewijzer.coverage;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.interventiewijzer.catalogue.Setting;

/** How an offering reaches a person: it comes to them, by phone, online, or it is a place to go to. */
public enum Reach {
    COMES_TO_PERSON,
    PHONE,
    ONLINE,
    PLACE_TO_GO;

    static Set<Reach> of(List<Setting> settings) {
        Set<Reach> reach = EnumSet.noneOf(Reach.class);
        for (Setting setting : settings) {
            switch (setting) {
                case HOME -> reach.add(COMES_TO_PERSON);
                case PHONE -> reach.add(PHONE);
                case ONLINE -> reach.add(ONLINE);
                case NEIGHBOURHOOD, AWAY, CARE_FACILITY -> reach.add(PLACE_TO_GO);
            }
        }
        return reach;
    }
}
