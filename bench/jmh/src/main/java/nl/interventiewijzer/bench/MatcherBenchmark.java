package nl.interventiewijzer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Gender;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.catalogue.loading.CatalogueReader;
import nl.interventiewijzer.localoffer.LocalOffer;
import nl.interventiewijzer.localoffer.LocalOfferLoader;
import nl.interventiewijzer.matching.FitModel;
import nl.interventiewijzer.matching.LocalServices;
import nl.interventiewijzer.matching.MatchQuery;
import nl.interventiewijzer.matching.Matcher;
import nl.interventiewijzer.matching.Mobility;
import nl.interventiewijzer.matching.Person;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.Profile;
import nl.interventiewijzer.profile.ProfileDirectory;
import nl.interventiewijzer.support.ResourceJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time (and, with {@code -prof gc}, memory) per match as the service computes it: the matcher on the real catalogue,
 * then the local offer attached. One query per profile, without and with a person (age, gender, circumstances,
 * mobility, interests, digital skills, municipality), each invocation taking the next query in turn.
 * {@code offer}: empty for no local offer, else the directory of an HSDS tabular package; {@code municipality}: where
 * the person lives (bench/scale.sh passes the largest municipality of a generated package).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MatcherBenchmark {

    @Param({"false", "true"})
    public boolean withPerson;

    @Param({""})
    public String offer;

    @Param({"Grootstad"})
    public String municipality;

    private Matcher matcher;
    private LocalServices localServices;
    private List<MatchQuery> queries;
    private int next;

    @Setup
    public void load() {
        ObjectMapper mapper = new ObjectMapper();
        ResourceJson resources = new ResourceJson(mapper);
        Catalogue catalogue = new CatalogueReader(mapper, MatcherBenchmark.class.getClassLoader()).read("catalogue/catalogue.json");
        ProfileDirectory profiles = new ProfileDirectory(resources.read("profiles/profiles.json", ProfileDirectory.File.class).profiles());
        FitModel fitModel = new FitModel(resources.read("matching/profile-fit.json", FitModel.File.class));
        matcher = new Matcher(catalogue, fitModel, profiles);
        LocalOffer local = offer.isEmpty() ? LocalOffer.EMPTY : new LocalOfferLoader(catalogue).load(Path.of(offer));
        localServices = new LocalServices(local, fitModel);
        queries = new ArrayList<>();
        for (Profile profile : Profile.values()) {
            queries.add(new MatchQuery(profile, profile.isSituational() ? Duration.THREATENED : Duration.STRUCTURAL_COMPLEX,
                    withPerson ? person(profile, municipality) : Person.UNKNOWN, MatchQuery.DEFAULT_LIMIT));
        }
    }

    private static Person person(Profile profile, String municipality) {
        return new Person(60 + profile.ordinal() * 4, profile.ordinal() % 2 == 0 ? Gender.FEMALE : Gender.MALE,
                Set.of(Circumstance.LIVES_ALONE, profile.isSituational() ? Circumstance.RECENTLY_WIDOWED : Circumstance.CHRONIC_ILLNESS),
                profile.ordinal() % 3 == 0 ? Mobility.LIMITED : Mobility.MOBILE,
                Set.of(Theme.NATURE, Theme.CULTURE), profile.ordinal() % 2 == 0, municipality);
    }

    @Benchmark
    public LocalServices.Result match() {
        MatchQuery query = queries.get(next);
        next = (next + 1) % queries.size();
        return localServices.attach(matcher.match(query), query);
    }
}
