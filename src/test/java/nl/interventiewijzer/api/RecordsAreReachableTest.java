package nl.interventiewijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RecordsAreReachableTest {

    @Inject
    ValidatorFactory validation;

    @Test
    void theValidatorAsksOurResolverInsteadOfJpaWhetherAPropertyIsLoaded() {
        assertThat(validation.getTraversableResolver()).isInstanceOf(RecordsAreReachable.class);
    }

    @Test
    void everyPropertyIsReachableAndCascadable() {
        RecordsAreReachable resolver = new RecordsAreReachable();

        assertThat(resolver.isReachable(null, null, MatchRequest.class, null, null)).isTrue();
        assertThat(resolver.isCascadable(null, null, MatchRequest.class, null, null)).isTrue();
    }
}
