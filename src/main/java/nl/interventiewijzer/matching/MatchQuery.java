package nl.interventiewijzer.matching;

import java.util.Objects;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.Profile;

/**
 * A request for proposals: the profile, the four-way duration when it is known (it adds prevention or professional
 * care to the profile), the person, the kind of loneliness when a survey score says so, and how many proposals.
 */
public record MatchQuery(Profile profile, Duration duration, Person person, LonelinessContext loneliness, int limit) {

    public static final int MAX_LIMIT = 50;
    public static final int DEFAULT_LIMIT = 10;

    public MatchQuery(Profile profile, Duration duration, Person person, int limit) {
        this(profile, duration, person, LonelinessContext.UNKNOWN, limit);
    }

    public MatchQuery {
        Objects.requireNonNull(profile, "profile");
        person = person == null ? Person.UNKNOWN : person;
        loneliness = loneliness == null ? LonelinessContext.UNKNOWN : loneliness;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be within 1.." + MAX_LIMIT);
        }
    }
}
