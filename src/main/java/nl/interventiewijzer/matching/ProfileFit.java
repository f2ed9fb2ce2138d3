package nl.interventiewijzer.matching;

import java.util.Comparator;
import java.util.List;
import nl.interventiewijzer.profile.Profile;

/** How well an activity fits a profile, its band, and the traits that made it so, strongest first. */
public record ProfileFit(Profile profile, int points, FitLevel level, List<Contribution> contributions) {

    public record Contribution(Trait trait, int weight) {
    }

    public ProfileFit {
        contributions = List.copyOf(contributions);
    }

    public List<Trait> supporting(int limit) {
        return contributions.stream().filter(c -> c.weight() > 0).limit(limit).map(Contribution::trait).toList();
    }

    public List<Trait> against(int limit) {
        return contributions.stream().filter(c -> c.weight() < 0)
                .sorted(Comparator.comparingInt(Contribution::weight).thenComparing(Contribution::trait))
                .limit(limit).map(Contribution::trait).toList();
    }
}
