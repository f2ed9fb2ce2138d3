package nl.interventiewijzer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.interventiewijzer.matching.MatchQuery;
import nl.interventiewijzer.profile.Profile;

/** Exactly one of profile (the coach's own choice) or dimensions; person and limit are optional. */
public record MatchRequest(
        Profile profile,
        @Valid DimensionsInput dimensions,
        @Valid PersonInput person,
        @Min(1) @Max(MatchQuery.MAX_LIMIT) Integer limit) {
}
