package nl.interventiewijzer.quality;

/** How a coach would take a top 5 (docs/quality.md, after the matching review's good / acceptable / poor). */
enum Grade {
    /** Usable as is. */
    GOOD,
    /** Usable after skipping something. */
    USABLE,
    /** A coach would not use it, or would stop trusting the list. */
    POOR
}
