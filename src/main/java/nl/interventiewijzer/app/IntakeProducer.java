package nl.interventiewijzer.app;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.interventiewijzer.intake.IntakeScorer;
import nl.interventiewijzer.intake.ProfileDetermination;
import nl.interventiewijzer.intake.Questionnaire;

/** The intake questionnaire, its scorer, and the profile determination built on it, once at start-up. */
@ApplicationScoped
public class IntakeProducer {

    @Produces
    @Singleton
    @Startup
    Questionnaire questionnaire(ReferenceFiles files) {
        return files.read(Questionnaire.RESOURCE, Questionnaire.class);
    }

    @Produces
    @Singleton
    IntakeScorer intakeScorer(Questionnaire questionnaire) {
        return new IntakeScorer(questionnaire);
    }

    @Produces
    @Singleton
    ProfileDetermination profileDetermination(IntakeScorer scorer) {
        return new ProfileDetermination(scorer);
    }
}
