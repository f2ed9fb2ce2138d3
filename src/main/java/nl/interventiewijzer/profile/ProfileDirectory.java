package nl.interventiewijzer.profile;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The descriptions of all eight profiles, as loaded from the profiles resource file. */
public final class ProfileDirectory {

    public record File(String version, List<ProfileDescription> profiles) {
    }

    /** The version of descriptions built in code (tests) rather than read from the versioned file. */
    static final String UNVERSIONED = "unversioned";

    private final String version;
    private final Map<Profile, ProfileDescription> descriptions;

    public ProfileDirectory(File file) {
        this(file.version(), file.profiles());
    }

    public ProfileDirectory(List<ProfileDescription> descriptions) {
        this(UNVERSIONED, descriptions);
    }

    private ProfileDirectory(String version, List<ProfileDescription> descriptions) {
        if (isBlank(version)) {
            throw new IllegalStateException("The profile descriptions have no version");
        }
        this.version = version;
        Map<Profile, ProfileDescription> byCode = new EnumMap<>(Profile.class);
        for (ProfileDescription description : descriptions) {
            validate(description);
            if (byCode.put(description.code(), description) != null) {
                throw new IllegalStateException("Profile " + description.code() + " is described twice");
            }
        }
        for (Profile profile : Profile.values()) {
            if (!byCode.containsKey(profile)) {
                throw new IllegalStateException("Profile " + profile + " has no description");
            }
        }
        this.descriptions = byCode;
    }

    private static void validate(ProfileDescription description) {
        Objects.requireNonNull(description.code(), "profile code");
        for (LocalizedText text : List.of(description.name(), description.survivalStrategy(), description.supportDirection())) {
            if (text == null || isBlank(text.nl()) || isBlank(text.en())) {
                throw new IllegalStateException("Profile " + description.code() + " lacks a Dutch or English text");
            }
        }
        if (isBlank(description.source())) {
            throw new IllegalStateException("Profile " + description.code() + " lacks its source");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The version of the profiles file; part of the data version every GET answer carries. */
    public String version() {
        return version;
    }

    public ProfileDescription describe(Profile profile) {
        return descriptions.get(profile);
    }

    /** In the order of the Bijlage 1 table. */
    public List<ProfileDescription> all() {
        return List.copyOf(descriptions.values());
    }
}
