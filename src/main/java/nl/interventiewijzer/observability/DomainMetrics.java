package nl.interventiewijzer.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.profile.Profile;
import nl.interventiewijzer.profile.ProfileSource;

/**
 * Domain counters with closed, person-free tags only: a profile code and how it was reached. Nothing about the person
 * (age, circumstances, answers) ever becomes a tag, so metrics cannot identify anyone.
 */
@Startup
@ApplicationScoped
public class DomainMetrics {

    private final MeterRegistry registry;
    private final Map<Profile, Counter> matches = new EnumMap<>(Profile.class);
    private final Map<ProfileSource, Map<Profile, Counter>> classifications = new EnumMap<>(ProfileSource.class);

    public DomainMetrics(MeterRegistry registry, Catalogue catalogue) {
        this.registry = registry;
        catalogueLoaded(catalogue);
        for (Profile profile : Profile.values()) {
            matches.put(profile, Counter.builder("interventiewijzer.matches")
                    .description("Match requests answered, per profile")
                    .tag("profile", profile.name()).register(registry));
        }
        for (ProfileSource source : ProfileSource.values()) {
            Map<Profile, Counter> perProfile = new EnumMap<>(Profile.class);
            for (Profile profile : Profile.values()) {
                perProfile.put(profile, Counter.builder("interventiewijzer.classifications")
                        .description("Profiles determined, per profile and per source")
                        .tags(Tags.of("profile", profile.name(), "source", source.name())).register(registry));
            }
            classifications.put(source, perProfile);
        }
    }

    public void matched(Profile profile) {
        matches.get(profile).increment();
    }

    public void classified(Profile profile, ProfileSource source) {
        classifications.get(source).get(profile).increment();
    }

    /** The loaded catalogue as an info-style gauge: its size, tagged with its version. */
    private void catalogueLoaded(Catalogue catalogue) {
        Gauge.builder("interventiewijzer.catalogue.activities", catalogue, Catalogue::size)
                .description("Activities in the loaded catalogue")
                .tag("version", catalogue.version())
                .register(registry);
    }
}
