package nl.interventiewijzer.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.loading.LoadedCatalogue;
import nl.interventiewijzer.intake.IntakeScorer;
import nl.interventiewijzer.intake.Questionnaire;
import nl.interventiewijzer.matching.FitModel;
import nl.interventiewijzer.matching.Matcher;
import nl.interventiewijzer.observability.DomainMetrics;
import nl.interventiewijzer.profile.Classifier;
import nl.interventiewijzer.profile.ProfileDirectory;
import nl.interventiewijzer.support.ResourceJson;
import org.jboss.logging.Logger;

/**
 * Wires the plain domain objects together once the catalogue is loaded: profile descriptions, the profile-fit model
 * and the matcher. All three are immutable, so requests share them without locking.
 */
@ApplicationScoped
public class Advisor {

    private static final Logger LOG = Logger.getLogger(Advisor.class);

    static final String PROFILES = "profiles/profiles.json";
    static final String PROFILE_FIT = "matching/profile-fit.json";

    private final LoadedCatalogue loadedCatalogue;
    private final ResourceJson resources;
    private final DomainMetrics metrics;
    private final Classifier classifier = new Classifier();
    private volatile State state;

    private record State(Catalogue catalogue, ProfileDirectory profiles, FitModel fitModel, Matcher matcher,
            IntakeScorer intakeScorer, String dataVersion) {
    }

    public Advisor(LoadedCatalogue loadedCatalogue, ObjectMapper mapper, DomainMetrics metrics) {
        this.loadedCatalogue = loadedCatalogue;
        this.resources = new ResourceJson(mapper);
        this.metrics = metrics;
    }

    void onStart(@Observes @Priority(LoadedCatalogue.LOAD_ORDER + 1) StartupEvent event) {
        long start = System.nanoTime();
        Catalogue catalogue = loadedCatalogue.get();
        ProfileDirectory.File profileFile = resources.read(PROFILES, ProfileDirectory.File.class);
        ProfileDirectory profiles = new ProfileDirectory(profileFile.profiles());
        FitModel fitModel = new FitModel(resources.read(PROFILE_FIT, FitModel.File.class));
        Questionnaire questionnaire = resources.read(Questionnaire.RESOURCE, Questionnaire.class);
        String dataVersion = catalogue.version() + "-p" + profileFile.version() + "-f" + fitModel.version()
                + "-q" + questionnaire.version();
        state = new State(catalogue, profiles, fitModel, new Matcher(catalogue, fitModel, profiles),
                new IntakeScorer(questionnaire), dataVersion);
        metrics.catalogueLoaded(catalogue);
        LOG.infof("Profiles, fit model, questionnaire and matcher ready in %d ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** Everything a GET answer depends on: catalogue, profile texts, fit weights and the questionnaire. */
    public String dataVersion() {
        return state().dataVersion();
    }

    public DomainMetrics metrics() {
        return metrics;
    }

    public boolean isReady() {
        return state != null;
    }

    private State state() {
        State current = state;
        if (current == null) {
            throw new IllegalStateException("The service has not finished starting");
        }
        return current;
    }

    public Catalogue catalogue() {
        return state().catalogue();
    }

    public ProfileDirectory profiles() {
        return state().profiles();
    }

    public FitModel fitModel() {
        return state().fitModel();
    }

    public Matcher matcher() {
        return state().matcher();
    }

    public IntakeScorer intakeScorer() {
        return state().intakeScorer();
    }

    public Classifier classifier() {
        return classifier;
    }
}
