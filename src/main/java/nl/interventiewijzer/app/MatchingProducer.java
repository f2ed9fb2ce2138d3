package nl.interventiewijzer.app;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.matching.FitModel;
import nl.interventiewijzer.matching.Matcher;
import nl.interventiewijzer.profile.ProfileDirectory;
import org.jboss.logging.Logger;

/** The profile-fit model and the matcher over the loaded catalogue, built once at start-up. */
@ApplicationScoped
public class MatchingProducer {

    static final String PROFILE_FIT = "matching/profile-fit.json";

    private static final Logger LOG = Logger.getLogger(MatchingProducer.class);

    @Produces
    @Singleton
    @Startup
    FitModel fitModel(ReferenceFiles files) {
        return new FitModel(files.read(PROFILE_FIT, FitModel.File.class));
    }

    @Produces
    @Singleton
    @Startup
    Matcher matcher(Catalogue catalogue, FitModel fitModel, ProfileDirectory profiles) {
        long start = System.nanoTime();
        Matcher matcher = new Matcher(catalogue, fitModel, profiles);
        LOG.infof("Matcher ready in %d ms", (System.nanoTime() - start) / 1_000_000);
        return matcher;
    }
}
