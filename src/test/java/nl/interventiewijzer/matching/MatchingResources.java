package nl.interventiewijzer.matching;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.profile.Note;
import nl.interventiewijzer.profile.Profile;
import nl.interventiewijzer.profile.ProfileDirectory;
import nl.interventiewijzer.support.ResourceJson;

/** The real resource files the matcher runs on in production: the profile-fit weights and the profile descriptions. */
final class MatchingResources {

    static final String PROFILE_FIT = "matching/profile-fit.json";
    static final String PROFILES = "profiles/profiles.json";

    private static final ResourceJson JSON = new ResourceJson(new ObjectMapper());

    /** Read once for computing expectations; never changed. */
    private static final FitModel.File WEIGHTS = fitFile();

    static final FitModel FIT_MODEL = new FitModel(fitFile());
    static final ProfileDirectory PROFILE_DIRECTORY =
            new ProfileDirectory(JSON.read(PROFILES, ProfileDirectory.File.class).profiles());

    private MatchingResources() {
    }

    /** A fresh copy of the weights file on every call, so a test may change it. */
    static FitModel.File fitFile() {
        return JSON.read(PROFILE_FIT, FitModel.File.class);
    }

    static Matcher matcher(List<Activity> activities) {
        return new Matcher(TestActivities.catalogue(activities), FIT_MODEL, PROFILE_DIRECTORY);
    }

    static Matcher matcher(Activity... activities) {
        return matcher(List.of(activities));
    }

    /** The weight the file gives a trait for a profile, 0 when it does not list the trait. */
    static int weight(Profile profile, Trait trait) {
        return WEIGHTS.profiles().get(profile).stream()
                .filter(rule -> rule.trait() == trait)
                .mapToInt(FitRule::weight)
                .sum();
    }

    /** The fit points the weights file implies: the sum of the profile's weights over the activity's traits. */
    static int expectedFitPoints(Profile profile, Activity activity) {
        return Trait.of(activity).stream().mapToInt(trait -> weight(profile, trait)).sum();
    }

    static String profileName(Profile profile) {
        return PROFILE_DIRECTORY.describe(profile).name().nl();
    }

    static List<String> ids(MatchResult result) {
        return result.matches().stream().map(match -> match.activity().id()).toList();
    }

    static Match matchFor(MatchResult result, String id) {
        return result.matches().stream()
                .filter(match -> match.activity().id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no match for " + id + " in " + ids(result)));
    }

    static List<String> reasonCodes(Match match) {
        return match.reasons().stream().map(Note::code).toList();
    }

    static List<String> checkCodes(Match match) {
        return match.checks().stream().map(Note::code).toList();
    }
}
