package nl.interventiewijzer.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deployment policy for k8s/ and the image, checked on the files as written (no cluster, no Docker, no Quarkus).
 * Paths are relative to the project root, which is the working directory of Maven's test run.
 */
class KubernetesManifestsTest {

    private static final Path K8S_DIR = Path.of("k8s");
    private static final String KUSTOMIZATION_FILE = "kustomization.yaml";
    private static final Path KUSTOMIZATION = K8S_DIR.resolve(KUSTOMIZATION_FILE);
    private static final Path POM = Path.of("pom.xml");
    private static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");
    private static final Path DOCKERIGNORE = Path.of(".dockerignore");

    private static final Map<String, String> COMMON_LABELS = Map.of(
            "app.kubernetes.io/name", "interventiewijzer",
            "app.kubernetes.io/part-of", "interventiewijzer");
    private static final String HTTP_PORT_NAME = "http";
    private static final int HTTP_PORT = 8080;
    private static final String STARTED_PATH = "/q/health/started";
    private static final String LIVE_PATH = "/q/health/live";
    private static final String READY_PATH = "/q/health/ready";
    private static final String HEAP_OPTION = "-XX:MaxRAMPercentage=";
    private static final List<String> JVM_OPTIONS_VARIABLES = List.of("JAVA_OPTS_APPEND", "JAVA_TOOL_OPTIONS");
    private static final String SHUTDOWN_TIMEOUT_VARIABLE = "QUARKUS_SHUTDOWN_TIMEOUT";
    private static final String SHUTDOWN_DELAY_VARIABLE = "QUARKUS_SHUTDOWN_DELAY";
    private static final String HEALTH_EXTENSION = "<artifactId>quarkus-smallrye-health</artifactId>";
    /** Settings that would move /q/health/* away from where the probes look. */
    private static final List<String> HEALTH_PATH_PROPERTIES = List.of(
            "quarkus.http.root-path",
            "quarkus.http.non-application-root-path",
            "quarkus.smallrye-health.root-path",
            "quarkus.smallrye-health.liveness-path",
            "quarkus.smallrye-health.readiness-path",
            "quarkus.smallrye-health.startup-path");
    private static final Pattern SECRET_LIKE_NAME =
            Pattern.compile("(?i)password|passwd|secret|token|api[-_]?key|credential|private[-_]?key");

    private static final StrictManifestReader READER = new StrictManifestReader();
    private static Map<Path, HasMetadata> manifests;

    /** A valid Deployment but for one misspelt field, {@code readinesProbe}. */
    private static final String DEPLOYMENT_WITH_A_TYPO = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: typo
            spec:
              selector:
                matchLabels: {app: typo}
              template:
                metadata:
                  labels: {app: typo}
                spec:
                  containers:
                    - name: typo
                      image: example.org/typo:1.0.0
                      readinesProbe:
                        httpGet: {path: /q/health/ready, port: http}
            """;

    /** What the secret check must catch: a password written into the manifest. */
    private static final String DEPLOYMENT_WITH_A_LITERAL_PASSWORD = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: leaky
            spec:
              selector:
                matchLabels: {app: leaky}
              template:
                metadata:
                  labels: {app: leaky}
                spec:
                  containers:
                    - name: app
                      image: example.org/leaky:1.0.0
                      env:
                        - {name: DB_USER, value: app}
                        - {name: DB_PASSWORD, value: hunter2}
                        - name: API_TOKEN
                          valueFrom:
                            secretKeyRef: {name: api, key: token}
            """;

    // ---- reading strictly ----

    // ---- the folder and the kustomization ----

    @Test
    void k8sHoldsExactlyTheExpectedKubernetesObjects() {
        assertThat(manifests().values()).extracting(HasMetadata::getKind).containsExactlyInAnyOrder(
                "ConfigMap", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                "NetworkPolicy");
    }

    @Test
    void theKustomizationListsExactlyTheOtherYamlFilesInK8s() throws IOException {
        List<String> manifestNames = manifestFiles().stream().map(file -> file.getFileName().toString()).toList();

        assertThat(kustomization().resources()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(manifestNames);
    }

    @Test
    void theKustomizationAddsTheCommonLabels() throws IOException {
        assertThat(kustomization().labels()).anySatisfy(
                labels -> assertThat(labels.pairs()).containsAllEntriesOf(COMMON_LABELS));
    }

    @Test
    void everyManifestCarriesTheCommonLabelsWithoutKustomize() {
        manifests().forEach((file, object) -> assertThat(object.getMetadata().getLabels())
                .as(file.toString())
                .containsAllEntriesOf(COMMON_LABELS));
    }

    @Test
    void noManifestNamesANamespace() {
        manifests().forEach((file, object) -> assertThat(object.getMetadata().getNamespace())
                .as(file.toString())
                .isNull());
    }

    // ---- the Deployment: scale, image, resources, JVM ----

    @Test
    void theDeploymentRunsAtLeastTwoReplicas() {
        assertThat(deployment().getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theImageHasAnExplicitTagThatIsNotLatest() {
        assertThat(tagOf(container().getImage())).isNotBlank().isNotEqualToIgnoringCase("latest");
    }

    @Test
    void theContainerRequestsCpuAndMemoryAndLimitsMemory() {
        var resources = container().getResources();

        assertThat(resources.getRequests()).containsKeys("cpu", "memory");
        assertThat(resources.getLimits()).containsKey("memory");
    }

    @Test
    void theHeapIsSizedFromTheContainerMemory() {
        assertThat(jvmOptions()).anyMatch(option -> option.startsWith(HEAP_OPTION));
    }

    @Test
    void theDeploymentKeepsTheImagesJvmFlagsWhenItReplacesJavaOptsAppend() throws IOException {
        Matcher imageValue = Pattern.compile("(?m)^ENV JAVA_OPTS_APPEND=\"([^\"]*)\"").matcher(dockerfile());
        assertThat(imageValue.find()).as("Dockerfile.jvm sets JAVA_OPTS_APPEND").isTrue();

        assertThat(env("JAVA_OPTS_APPEND"))
                .hasValueSatisfying(value -> assertThat(value.split("\\s+"))
                        .contains(imageValue.group(1).trim().split("\\s+")));
    }

    @Test
    void theContainerReadsTheConfigMapAsEnvironment() {
        String configMap = only(ConfigMap.class).getMetadata().getName();

        assertThat(container().getEnvFrom())
                .anySatisfy(source -> assertThat(source.getConfigMapRef().getName()).isEqualTo(configMap));
    }

    // ---- the Deployment: port and probes ----

    @Test
    void theContainerDeclaresTheNamedHttpPort() {
        assertThat(container().getPorts())
                .extracting(ContainerPort::getName, ContainerPort::getContainerPort, ContainerPort::getProtocol)
                .contains(tuple(HTTP_PORT_NAME, HTTP_PORT, "TCP"));
    }

    @ParameterizedTest(name = "the {0} probe GETs {1} on the port named http")
    @CsvSource({"startup, " + STARTED_PATH, "liveness, " + LIVE_PATH, "readiness, " + READY_PATH})
    void eachProbeGetsItsHealthEndpointOnTheNamedHttpPort(String probe, String path) {
        Probe checked = probe(probe);

        assertThat(checked).as(probe + " probe").isNotNull();
        assertThat(checked.getHttpGet().getPath()).isEqualTo(path);
        assertThat(checked.getHttpGet().getPort()).isEqualTo(new IntOrString(HTTP_PORT_NAME));
    }

    @Test
    void theStartupProbeAllowsAtLeastThirtySecondsForAStartThatTakesFive() {
        Probe startup = container().getStartupProbe();

        assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void theLivenessProbeRestartsOnlyAfterSeveralFailures() {
        assertThat(container().getLivenessProbe().getFailureThreshold()).isGreaterThanOrEqualTo(3);
    }

    // ---- the Deployment: graceful termination ----

    @Test
    void theGracePeriodCoversThePreStopPauseAndQuarkusShutdownDelayAndTimeout() {
        Duration shutdownTimeout = quarkusDuration(only(ConfigMap.class).getData().get(SHUTDOWN_TIMEOUT_VARIABLE));
        Duration shutdownDelay = quarkusDuration(only(ConfigMap.class).getData().get(SHUTDOWN_DELAY_VARIABLE));

        assertThat(preStopSleep().plus(shutdownDelay).plus(shutdownTimeout))
                .isLessThan(Duration.ofSeconds(pod().getTerminationGracePeriodSeconds()));
    }

    // ---- the Deployment: security ----

    @Test
    void thePodRunsAsNonRootWithTheRuntimeDefaultSeccompProfile() {
        var security = pod().getSecurityContext();

        assertThat(security.getRunAsNonRoot()).isTrue();
        assertThat(security.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
    }

    @Test
    void thePodRunsAsTheUserTheImageDeclares() throws IOException {
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(dockerfile());
        assertThat(user.find()).as("Dockerfile.jvm has a USER").isTrue();

        assertThat(pod().getSecurityContext().getRunAsUser()).hasToString(user.group(1));
    }

    @Test
    void theContainerHasAReadOnlyRootFilesystem() {
        assertThat(container().getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    }

    @Test
    void theContainerCannotEscalatePrivileges() {
        assertThat(container().getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    }

    @Test
    void theContainerDropsAllCapabilities() {
        assertThat(container().getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
    }

    @Test
    void anEmptyDirIsMountedAtTmpForTheOnlyFilesTheServiceWrites() {
        List<String> emptyDirs = pod().getVolumes().stream()
                .filter(volume -> volume.getEmptyDir() != null)
                .map(Volume::getName)
                .toList();

        assertThat(container().getVolumeMounts())
                .filteredOn(mount -> "/tmp".equals(mount.getMountPath()))
                .extracting(VolumeMount::getName)
                .singleElement()
                .isIn(emptyDirs);
    }

    @Test
    void thePodDoesNotMountAServiceAccountToken() {
        assertThat(pod().getAutomountServiceAccountToken()).isFalse();
    }

    @Test
    void theReplicasArePreferablySpreadAcrossNodes() {
        boolean spreadOverHosts = Optional.ofNullable(pod().getTopologySpreadConstraints()).orElse(List.of())
                .stream()
                .anyMatch(spread -> "kubernetes.io/hostname".equals(spread.getTopologyKey()));
        boolean antiAffinityOverHosts = Optional.ofNullable(pod().getAffinity())
                .map(affinity -> affinity.getPodAntiAffinity())
                .map(anti -> anti.getPreferredDuringSchedulingIgnoredDuringExecution())
                .orElse(List.of())
                .stream()
                .anyMatch(term -> "kubernetes.io/hostname".equals(term.getPodAffinityTerm().getTopologyKey()));

        assertThat(spreadOverHosts || antiAffinityOverHosts).as("spread or anti-affinity over kubernetes.io/hostname")
                .isTrue();
    }

    // ---- selectors ----

    @ParameterizedTest(name = "{0} selects the Deployment''s pods")
    @MethodSource("selectors")
    void everySelectorMatchesTheDeploymentsPodLabels(String where, Map<String, String> matchLabels,
            List<?> matchExpressions) {
        assertThat(matchLabels).as(where + " matchLabels").isNotEmpty();
        assertThat(matchExpressions).as(where + " matchExpressions (keep to matchLabels)").isEmpty();
        assertThat(podLabels()).containsAllEntriesOf(matchLabels);
    }

    static Stream<Arguments> selectors() {
        List<Arguments> all = new ArrayList<>();
        all.add(selector("the Deployment's selector", deployment().getSpec().getSelector()));
        all.add(Arguments.of("the Service", only(Service.class).getSpec().getSelector(), List.of()));
        all.add(selector("the PodDisruptionBudget", only(PodDisruptionBudget.class).getSpec().getSelector()));
        all.add(selector("the NetworkPolicy", only(NetworkPolicy.class).getSpec().getPodSelector()));
        Optional.ofNullable(pod().getTopologySpreadConstraints()).orElse(List.of())
                .forEach(spread -> all.add(selector("a topology spread constraint", spread.getLabelSelector())));
        return all.stream();
    }

    // ---- Service, HPA, PDB, NetworkPolicy ----

    @Test
    void theAutoscalerScalesTheDeployment() {
        var target = only(HorizontalPodAutoscaler.class).getSpec().getScaleTargetRef();

        assertThat(target.getApiVersion()).isEqualTo("apps/v1");
        assertThat(target.getKind()).isEqualTo("Deployment");
        assertThat(target.getName()).isEqualTo(deployment().getMetadata().getName());
    }

    @Test
    void theDisruptionBudgetKeepsOnePodButStillLetsANodeDrain() {
        PodDisruptionBudget pdb = only(PodDisruptionBudget.class);
        int fewestReplicas = Math.min(deployment().getSpec().getReplicas(),
                only(HorizontalPodAutoscaler.class).getSpec().getMinReplicas());

        assertThat(pdb.getApiVersion()).isEqualTo("policy/v1");
        assertThat(pdb.getSpec().getMinAvailable()).isEqualTo(new IntOrString(1));
        assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isLessThan(fewestReplicas);
    }

    @Test
    void theNetworkPolicyGovernsIngressOnly() {
        assertThat(only(NetworkPolicy.class).getSpec().getPolicyTypes()).containsExactly("Ingress");
    }

    @Test
    void theNetworkPolicyAdmitsIngressOnlyOnTcp8080() {
        List<NetworkPolicyIngressRule> rules = only(NetworkPolicy.class).getSpec().getIngress();

        assertThat(rules).isNotEmpty().allSatisfy(rule -> assertThat(rule.getPorts())
                .as("a rule without ports would open every port")
                .isNotEmpty()
                .extracting(NetworkPolicyPort::getProtocol, NetworkPolicyPort::getPort, NetworkPolicyPort::getEndPort)
                .containsOnly(tuple("TCP", new IntOrString(HTTP_PORT), null)));
    }

    // ---- no secrets ----

    @Test
    void noManifestIsASecret() {
        assertThat(manifests().values()).extracting(HasMetadata::getKind).doesNotContain("Secret");
    }

    @Test
    void noManifestHoldsALiteralValueUnderASecretLikeName() {
        assertThat(literalSecrets(manifests().values())).isEmpty();
    }

    // ---- the probed paths are the ones the service serves ----

    @Test
    void theApplicationPropertiesLeaveTheHealthEndpointsUnderQHealth() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(APPLICATION_PROPERTIES)) {
            properties.load(reader);
        }
        List<String> keysWithoutProfile = properties.stringPropertyNames().stream()
                .map(key -> key.replaceFirst("^%[^.]+\\.", ""))
                .toList();

        assertThat(keysWithoutProfile).doesNotContainAnyElementsOf(HEALTH_PATH_PROPERTIES);
    }

    @Test
    void theEnvironmentLeavesTheHealthEndpointsUnderQHealth() {
        List<String> variables = new ArrayList<>(only(ConfigMap.class).getData().keySet());
        container().getEnv().forEach(env -> variables.add(env.getName()));
        List<String> healthPathVariables = HEALTH_PATH_PROPERTIES.stream()
                .map(property -> property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT))
                .toList();

        assertThat(variables).doesNotContainAnyElementsOf(healthPathVariables);
    }

    // ---- the image ----

    @Test
    void theBaseImageHasAnExplicitTagThatIsNotLatest() throws IOException {
        List<String> baseImages = dockerfile().lines()
                .filter(line -> line.startsWith("FROM "))
                .map(line -> line.split("\\s+")[1])
                .toList();

        assertThat(baseImages).isNotEmpty()
                .allSatisfy(image -> assertThat(tagOf(image)).isNotBlank().isNotEqualToIgnoringCase("latest"));
    }

    @Test
    void theImageExposesTheContainersHttpPort() throws IOException {
        assertThat(dockerfile().lines()).contains("EXPOSE " + HTTP_PORT);
    }

    @Test
    void theBuildContextHoldsOnlyWhatTheDockerfileCopies() throws IOException {
        List<String> rules = Files.readAllLines(DOCKERIGNORE).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        List<String> reincluded = rules.stream()
                .filter(rule -> rule.startsWith("!"))
                .map(rule -> rule.substring(1).replaceFirst("/?\\**$", ""))
                .toList();
        List<String> copiedSources = dockerfile().lines()
                .filter(line -> line.startsWith("COPY "))
                .map(line -> line.split("\\s+"))
                .flatMap(words -> Stream.of(words).skip(1).limit(words.length - 2L))
                .filter(word -> !word.startsWith("--"))
                .toList();

        assertThat(rules).first().as("the first rule excludes everything").isEqualTo("*");
        assertThat(copiedSources).isNotEmpty()
                .allSatisfy(source -> assertThat(reincluded).anySatisfy(path -> assertThat(source).startsWith(path)));
        assertThat(reincluded).allSatisfy(
                path -> assertThat(copiedSources).anySatisfy(source -> assertThat(source).startsWith(path)));
    }

    // ---- helpers ----

    private static synchronized Map<Path, HasMetadata> manifests() {
        if (manifests == null) {
            Map<Path, HasMetadata> read = new LinkedHashMap<>();
            try {
                for (Path file : manifestFiles()) {
                    read.put(file, READER.read(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            manifests = read;
        }
        return manifests;
    }

    /** Every YAML file in k8s/ but the kustomization: the Kubernetes objects. */
    private static List<Path> manifestFiles() throws IOException {
        try (Stream<Path> files = Files.list(K8S_DIR)) {
            return files.filter(file -> file.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(file -> !file.getFileName().toString().equals(KUSTOMIZATION_FILE))
                    .sorted()
                    .toList();
        }
    }

    private static <T extends HasMetadata> T only(Class<T> type) {
        List<T> found = manifests().values().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
        assertThat(found).as("manifests of type " + type.getName()).hasSize(1);
        return found.get(0);
    }

    private static Kustomization kustomization() throws IOException {
        return READER.read(KUSTOMIZATION, Kustomization.class);
    }

    private static Deployment deployment() {
        return only(Deployment.class);
    }

    private static PodSpec pod() {
        return deployment().getSpec().getTemplate().getSpec();
    }

    private static Map<String, String> podLabels() {
        return deployment().getSpec().getTemplate().getMetadata().getLabels();
    }

    private static Container container() {
        return pod().getContainers().get(0);
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(container().getEnv()).orElse(List.of()).stream()
                .filter(env -> name.equals(env.getName()))
                .map(EnvVar::getValue)
                .findFirst();
    }

    private static List<String> jvmOptions() {
        return JVM_OPTIONS_VARIABLES.stream()
                .map(KubernetesManifestsTest::env)
                .flatMap(Optional::stream)
                .flatMap(value -> Stream.of(value.trim().split("\\s+")))
                .toList();
    }

    private static Probe probe(String kind) {
        return switch (kind) {
            case "startup" -> container().getStartupProbe();
            case "liveness" -> container().getLivenessProbe();
            case "readiness" -> container().getReadinessProbe();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static Duration preStopSleep() {
        List<String> command = container().getLifecycle().getPreStop().getExec().getCommand();
        assertThat(command).as("preStop command").hasSize(2).first().isEqualTo("sleep");
        return Duration.ofSeconds(Long.parseLong(command.get(1)));
    }

    /** A Quarkus duration: a number of seconds, or an ISO-8601 duration with its "PT" left off ("20S", "1M"). */
    private static Duration quarkusDuration(String value) {
        assertThat(value).as(SHUTDOWN_TIMEOUT_VARIABLE).isNotBlank();
        return value.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(value))
                : Duration.parse("PT" + value.toUpperCase(Locale.ROOT));
    }

    /** The tag of an image reference: after the last ':' of its last path segment, without a digest. */
    private static String tagOf(String image) {
        String lastSegment = image.substring(image.lastIndexOf('/') + 1).replaceFirst("@.*$", "");
        int colon = lastSegment.indexOf(':');
        return colon < 0 ? "" : lastSegment.substring(colon + 1);
    }

    private static String dockerfile() throws IOException {
        return Files.readString(DOCKERFILE);
    }

    private static Arguments selector(String where, LabelSelector selector) {
        return Arguments.of(where,
                Optional.ofNullable(selector.getMatchLabels()).orElse(Map.of()),
                Optional.ofNullable(selector.getMatchExpressions()).orElse(List.of()));
    }

    /** Env variables and ConfigMap keys whose name looks like a secret and that hold a literal value. */
    private static List<String> literalSecrets(Collection<HasMetadata> objects) {
        List<String> found = new ArrayList<>();
        for (HasMetadata object : objects) {
            String owner = object.getKind() + " " + object.getMetadata().getName();
            if (object instanceof ConfigMap configMap) {
                Optional.ofNullable(configMap.getData()).orElse(Map.of()).keySet().stream()
                        .filter(key -> SECRET_LIKE_NAME.matcher(key).find())
                        .forEach(key -> found.add(owner + ": " + key));
            }
            if (object instanceof Deployment deployment) {
                PodSpec spec = deployment.getSpec().getTemplate().getSpec();
                Stream.concat(spec.getContainers().stream(),
                                Optional.ofNullable(spec.getInitContainers()).orElse(List.of()).stream())
                        .forEach(container -> Optional.ofNullable(container.getEnv()).orElse(List.of()).stream()
                                .filter(env -> SECRET_LIKE_NAME.matcher(env.getName()).find())
                                .filter(env -> env.getValue() != null)
                                .forEach(env -> found.add(owner + ", container " + container.getName() + ": "
                                        + env.getName())));
            }
        }
        return found;
    }
}
