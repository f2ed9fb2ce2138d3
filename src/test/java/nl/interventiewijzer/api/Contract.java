package nl.interventiewijzer.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import java.nio.file.Path;

/**
 * REST Assured filters that hold every request and response in the tests to openapi.yaml, the contract partners code
 * against. Tests that send a deliberately invalid request use {@link #RESPONSES}: the answer must still conform.
 */
public final class Contract {

    public static final Path SPECIFICATION = Path.of("openapi.yaml");

    /** Request and response must both conform. */
    public static final OpenApiValidationFilter REQUESTS_AND_RESPONSES = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPECIFICATION.toUri().toString()).build());

    /** Only the response must conform; for tests of how the service answers requests that break the contract. */
    public static final OpenApiValidationFilter RESPONSES = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPECIFICATION.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Contract() {
    }
}
