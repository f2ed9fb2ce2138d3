package nl.interventiewijzer.api;

import nl.interventiewijzer.profile.Coping;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.LocalizedText;
import nl.interventiewijzer.profile.Profile;
import nl.interventiewijzer.profile.ProfileDescription;

public record ProfileView(
        Profile code,
        LocalizedText name,
        TableDimensions dimensions,
        LocalizedText survivalStrategy,
        LocalizedText supportDirection,
        String source) {

    /** A profile's cell in the Bijlage 1 table. */
    public record TableDimensions(Duration duration, Coping coping, boolean participationOriented) {
    }

    static ProfileView of(ProfileDescription description) {
        Profile code = description.code();
        return new ProfileView(code, description.name(),
                new TableDimensions(code.tableDuration(), code.coping(), code.isParticipationOriented()),
                description.survivalStrategy(), description.supportDirection(), description.source());
    }
}
