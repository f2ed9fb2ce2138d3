package nl.interventiewijzer.catalogue;

/**
 * Whether an activity's required circumstances are the target group the source states (hard), or our reading of a
 * description (soft: it never excludes a person, it asks the coach to check).
 */
public enum RequirementsBasis {
    STATED,
    INTERPRETED
}
