package nl.interventiewijzer.matching;

import java.util.List;
import nl.interventiewijzer.profile.Profile;

/** How well an activity fits a profile, with the traits that made it so, strongest first. */
public record ProfileFit(Profile profile, int points, List<Contribution> contributions) {

    public record Contribution(Trait trait, int weight) {
    }

    public ProfileFit {
        contributions = List.copyOf(contributions);
    }

    public FitLevel level() {
        return FitLevel.of(points);
    }

    public List<Trait> supporting(int limit) {
        return contributions.stream().filter(c -> c.weight() > 0).limit(limit).map(Contribution::trait).toList();
    }

    public List<Trait> against(int limit) {
        return contributions.stream().filter(c -> c.weight() < 0)
                .sorted(java.util.Comparator.comparingInt(Contribution::weight).thenComparing(Contribution::trait))
                .limit(limit).map(Contribution::trait).toList();
    }
}
