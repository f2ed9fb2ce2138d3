package nl.interventiewijzer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.loading.CatalogueReader;
import nl.interventiewijzer.localoffer.LocalOffer;
import nl.interventiewijzer.localoffer.LocalOfferLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and validating an HSDS tabular package (LocalOfferLoader.load), as the service does at start-up before it
 * stores the offer. Run it twice to see both sides of start-up cost:
 * - cold, as at start-up: {@code -bm ss -f 10 -wi 0 -i 1} (one load per fresh JVM, ten JVMs);
 * - warm, the loader's own work once compiled: {@code -bm avgt -wi 10 -i 5}.
 * {@code offer}: the package's directory (absolute, as the benchmark runs in bench/jmh), e.g. the 5,000-service
 * package bench/scale.sh generates in bench/results/offers/5000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LocalOfferLoadBenchmark {

    @Param({""})
    public String offer;

    private Catalogue catalogue;

    @Setup
    public void readCatalogue() {
        if (offer.isEmpty()) {
            throw new IllegalArgumentException("give the package's directory: -p offer=DIR");
        }
        catalogue = new CatalogueReader(new ObjectMapper(), LocalOfferLoadBenchmark.class.getClassLoader())
                .read("catalogue/catalogue.json");
    }

    @Benchmark
    public LocalOffer load() {
        return new LocalOfferLoader(catalogue).load(Path.of(offer));
    }
}
