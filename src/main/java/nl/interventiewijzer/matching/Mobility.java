package nl.interventiewijzer.matching;

public enum Mobility {
    MOBILE,
    LIMITED,
    HOUSEBOUND
}
