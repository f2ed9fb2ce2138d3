package nl.interventiewijzer.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.profile.Profile;

/**
 * Profile fit derived from an activity's traits and each profile's support direction (domain brief, "Matching:
 * principles" 2), and the ranking policy beside it. Both are data (matching/profile-fit.json), so a welfare
 * professional can review every number with its basis.
 */
public final class FitModel {

    public static final String RESOURCE = "matching/profile-fit.json";

    /**
     * The profile-fit resource file: trait weights per profile, the ranking weights and thresholds, and the "made
     * for" points per circumstance.
     */
    public record File(String version, String description, Map<String, PolicyValue> ranking,
            Map<String, PolicyValue> designedFor, Map<Profile, List<FitRule>> profiles) {
    }

    static final int MAX_WEIGHT = 5;

    private final String version;
    private final Map<Profile, Map<Trait, Integer>> weights;
    private final RankingPolicy policy;

    public FitModel(File file) {
        this.version = file.version();
        this.policy = new RankingPolicy(RESOURCE, file.ranking(), file.designedFor());
        this.weights = new EnumMap<>(Profile.class);
        for (Profile profile : Profile.values()) {
            List<FitRule> rules = file.profiles().get(profile);
            if (rules == null || rules.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ", profiles." + profile + ": no rules");
            }
            weights.put(profile, toWeights(profile, rules));
        }
    }

    private static Map<Trait, Integer> toWeights(Profile profile, List<FitRule> rules) {
        Map<Trait, Integer> byTrait = new EnumMap<>(Trait.class);
        Set<Trait> seen = new HashSet<>();
        for (FitRule rule : rules) {
            if (rule.trait() == null || !seen.add(rule.trait())) {
                throw new IllegalStateException(RESOURCE + ", profiles." + profile + ": missing or repeated trait " + rule.trait());
            }
            if (rule.weight() == 0 || Math.abs(rule.weight()) > MAX_WEIGHT) {
                throw new IllegalStateException(RESOURCE + ", profiles." + profile + "." + rule.trait() + ": weight must be"
                        + " non-zero and within -" + MAX_WEIGHT + ".." + MAX_WEIGHT);
            }
            byTrait.put(rule.trait(), rule.weight());
        }
        return byTrait;
    }

    public String version() {
        return version;
    }

    public RankingPolicy policy() {
        return policy;
    }

    /** The readable band for fit points, by the thresholds of the policy. */
    public FitLevel level(int points) {
        return policy.fitBands().level(points);
    }

    public ProfileFit fit(Profile profile, Activity activity) {
        return fit(profile, Trait.of(activity));
    }

    ProfileFit fit(Profile profile, Set<Trait> traits) {
        Map<Trait, Integer> profileWeights = weights.get(profile);
        int points = 0;
        List<ProfileFit.Contribution> contributions = new ArrayList<>();
        for (Trait trait : traits) {
            Integer weight = profileWeights.get(trait);
            if (weight != null) {
                points += weight;
                contributions.add(new ProfileFit.Contribution(trait, weight));
            }
        }
        contributions.sort(Comparator.comparingInt((ProfileFit.Contribution c) -> -c.weight())
                .thenComparing(ProfileFit.Contribution::trait));
        return new ProfileFit(profile, points, level(points), contributions);
    }
}
