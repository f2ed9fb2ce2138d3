package nl.interventiewijzer.deploy;

import java.util.List;
import java.util.Map;

/**
 * The fields of {@code k8s/kustomization.yaml} that this project uses. Read strictly, so a misspelt field, or one
 * the project decided against (a {@code namespace}, a {@code secretGenerator}), fails the test until it is added
 * here on purpose.
 */
record Kustomization(String apiVersion, String kind, List<Labels> labels, List<String> resources) {

    /** One entry of {@code labels:}: the pairs kustomize adds to every object. */
    record Labels(Map<String, String> pairs, Boolean includeSelectors, Boolean includeTemplates) {
    }
}
