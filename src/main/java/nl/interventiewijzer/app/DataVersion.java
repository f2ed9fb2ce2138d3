package nl.interventiewijzer.app;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.intake.Questionnaire;
import nl.interventiewijzer.matching.FitModel;
import nl.interventiewijzer.profile.ProfileDirectory;

/** Everything a GET answer depends on: catalogue, profile texts, fit weights and the questionnaire; the ETag. */
public record DataVersion(String value) {

    static DataVersion of(Catalogue catalogue, ProfileDirectory profiles, FitModel fitModel, Questionnaire questionnaire) {
        return new DataVersion(catalogue.version() + "-p" + profiles.version() + "-f" + fitModel.version()
                + "-q" + questionnaire.version());
    }

    /** The producer; a nested class, so the record itself stays a plain value. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Producer {

        @Produces
        @Singleton
        @Startup
        DataVersion dataVersion(Catalogue catalogue, ProfileDirectory profiles, FitModel fitModel,
                Questionnaire questionnaire) {
            return DataVersion.of(catalogue, profiles, fitModel, questionnaire);
        }
    }
}
