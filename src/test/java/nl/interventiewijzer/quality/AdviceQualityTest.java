package nl.interventiewijzer.quality;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.interventiewijzer.api.Contract;
import org.junit.jupiter.api.Test;

/**
 * The advice yardstick (issue 9, docs/quality.md): the golden coach cases, targeted-recall probes generated from the
 * catalogue, and invariants over a grid of person contexts, all through the HTTP API with request JSON and activity
 * ids only, so it measures any matcher behind the contract. The figures must not fall below the floors in
 * {@code quality/floors.properties}. The report goes to {@code target/quality-report.txt}, and to standard output
 * with {@code -Dquality.report=true} ({@code bench/quality.sh}).
 */
@QuarkusTest
class AdviceQualityTest {

    static final List<String> PROFILES = List.of("ACTIEVEN", "GEBORGENEN", "ACHTERBLIJVERS", "AFHANKELIJKEN",
            "COMPENSEERDERS", "BUITENSTAANDERS", "HOOPVOLLEN", "OVERLEVERS");
    static final Path REPORT = Path.of("target", "quality-report.txt");
    static final int LIST = 10;
    static final int PROBE_DEPTH = 50;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Measurement measured;

    /** Everything the yardstick saw in one run. */
    record Measurement(Report report, List<String> profileMismatches, List<String> unknownIds) { }

    @Test
    void adviceDoesNotFallBelowTheFloorsMeasuredBeforeMatchingV2() {
        Measurement measurement = measure();
        Floors.Verdict verdict = Floors.load().check(measurement.report().figures());

        assertThat(verdict.broken())
                .as("figures below their floor (see target/quality-report.txt)")
                .isEmpty();
        assertThat(verdict.held()).as("floors that were checked").isNotEmpty();
    }

    @Test
    void everyGoldenCaseIsAnsweredUnderTheProfileTheCoachGave() {
        assertThat(measure().profileMismatches()).isEmpty();
    }

    @Test
    void theGoldenSetCoversEveryProfileAtLeastFiveTimesAndHasFortyCases() {
        List<GoldenCase> cases = GoldenCase.load(JSON);

        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        PROFILES.forEach(profile -> assertThat(cases.stream().filter(c -> c.profile().equals(profile)).count())
                .as(profile).isGreaterThanOrEqualTo(5));
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.good()).as(c.id()).isNotEmpty();
            assertThat(c.mustNot()).as(c.id()).isNotEmpty();
            assertThat(c.good().values()).as(c.id() + " basis").allMatch(basis -> !basis.isBlank());
        });
    }

    private static synchronized Measurement measure() {
        if (measured == null) {
            measured = run();
            Floors.Verdict verdict = Floors.load().check(measured.report().figures());
            Report report = measured.report().line("").line("FLOORS (quality/floors.properties)");
            verdict.broken().forEach(line -> report.line("  BROKEN   %s", line));
            verdict.held().forEach(line -> report.line("  held     %s", line));
            verdict.notMeasured().forEach(key -> report.line("  not measured: %s", key));
            write(report);
        }
        return measured;
    }

    private static Measurement run() {
        CatalogueView catalogue = catalogue();
        boolean municipality = contractKnowsMunicipality();
        Report report = new Report();
        report.line("Advice yardstick: catalogue %s, %d entries; designedFor %s; availability %s; person.municipality %s",
                catalogue.version(), catalogue.entries().size(), present(catalogue.hasDesignedFor()),
                present(catalogue.hasAvailability()), municipality ? "in the contract" : "not in the contract (not sent)");
        List<String> mismatches = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        golden(report, catalogue, municipality, mismatches, unknown);
        probes(report, catalogue, municipality);
        invariants(report, catalogue);
        return new Measurement(report, List.copyOf(mismatches), List.copyOf(unknown));
    }

    // --- golden set -------------------------------------------------------------------------------------------

    private static void golden(Report report, CatalogueView catalogue, boolean municipality, List<String> mismatches,
                               List<String> unknown) {
        List<GoldenCase> cases = GoldenCase.load(JSON);
        report.line("").line("GOLDEN SET (%d cases; top 5 / top 10 of each answer)", cases.size());
        int good = 0;
        int usable = 0;
        int poor = 0;
        int mustNot5 = 0;
        int mustNot10 = 0;
        int casesMustNot10 = 0;
        double precision = 0;
        for (GoldenCase golden : cases) {
            golden.allIds().stream().filter(id -> !catalogue.knows(id)).forEach(id -> unknown.add(golden.id() + ":" + id));
            ObjectNode body = golden.request().deepCopy();
            if (!municipality && body.path("person").isObject()) {
                ((ObjectNode) body.get("person")).remove("municipality");
            }
            body.put("limit", LIST);
            Answer answer = Answer.of(match(body));
            if (!answer.profile().equals(golden.profile())) {
                mismatches.add(golden.id() + ": " + answer.profile());
            }
            CaseResult result = CaseResult.grade(golden, answer.topIds(LIST));
            switch (result.grade()) {
                case GOOD -> good++;
                case USABLE -> usable++;
                case POOR -> poor++;
            }
            precision += result.precisionAt5();
            mustNot5 += result.mustNotInTop5().size();
            mustNot10 += result.mustNotInTop10().size();
            casesMustNot10 += result.mustNotInTop10().isEmpty() ? 0 : 1;
            report.line("  %-6s %-40s hits@5 %d  mustNot@5 %s  mustNot@10 %s", result.grade(), golden.id(),
                    result.wantedInTop5().size(), result.mustNotInTop5(), result.mustNotInTop10());
            report.line("         top 5: %s", String.join(", ", answer.topIds(5)));
        }
        if (!unknown.isEmpty()) {
            report.line("  ids the catalogue does not hold (ignored): %s", unknown);
        }
        report.line("");
        report.figure("golden.cases", cases.size(), "cases");
        report.figure("golden.good", good, "graded GOOD (usable as is)");
        report.figure("golden.usable", usable, "graded USABLE (after skipping something)");
        report.figure("golden.poor", poor, "graded POOR");
        report.figure("golden.precisionAt5", precision / cases.size(), "mean share of good+acceptable in the top 5");
        report.figure("golden.mustNotTop5", mustNot5, "must-not activities in a top 5, summed over cases");
        report.figure("golden.mustNotTop10", mustNot10, "must-not activities in a top 10, summed over cases");
        report.figure("golden.casesWithMustNotTop10", casesMustNot10, "cases with a must-not activity in the top 10");
    }

    // --- targeted recall --------------------------------------------------------------------------------------

    /**
     * The probe's profile is the one whose support direction fits the activity best: the highest fit points the API
     * shows for the activity over the eight profiles (fit points do not depend on the person). On a tie, the profile
     * where it ranks best. Hit: the activity is in that profile's top 10.
     */
    private static void probes(Report report, CatalogueView catalogue, boolean municipality) {
        List<Probe> probes = Probe.from(catalogue, municipality);
        String source = probes.isEmpty() ? (catalogue.hasDesignedFor() ? "designedFor" : "none")
                : probes.get(0).source() == Probe.Source.DESIGNED_FOR ? "designedFor" : "beforeV2";
        report.line("").line("TARGETED RECALL (%d probes from %s; best-fitting profile by fit points, hit = top 10)",
                probes.size(), source.equals("beforeV2")
                        ? "eligibility: required circumstance, gender, youth or 65+ band (no designedFor yet)"
                        : source);
        int hits = 0;
        int ties = 0;
        Map<Probe.GroupKind, int[]> byKind = new EnumMap<>(Probe.GroupKind.class);
        for (Probe probe : probes) {
            Placement best = null;
            List<Placement> placements = new ArrayList<>();
            for (String profile : PROFILES) {
                ObjectNode body = probeRequest(profile, probe.professionalInView());
                body.set("person", probe.person());
                body.put("limit", PROBE_DEPTH);
                Answer answer = Answer.of(match(body));
                Placement placement = answer.find(probe.activityId())
                        .map(p -> new Placement(profile, p.rank(), p.fitPoints() == null ? Integer.MIN_VALUE : p.fitPoints()))
                        .orElse(null);
                if (placement != null) {
                    placements.add(placement);
                    if (best == null || Placement.ORDER.compare(placement, best) < 0) {
                        best = placement;
                    }
                }
            }
            Placement chosen = best;
            long tied = chosen == null ? 0 : placements.stream().filter(p -> p.fitPoints() == chosen.fitPoints()).count();
            ties += tied > 1 ? 1 : 0;
            boolean hit = best != null && best.rank() <= LIST;
            hits += hit ? 1 : 0;
            int[] kind = byKind.computeIfAbsent(probe.groupKind(), k -> new int[2]);
            kind[0]++;
            kind[1] += hit ? 1 : 0;
            report.line("  %-4s %-42s %-16s rank %-4s fit %-4s%s (%s)", hit ? "hit" : "MISS", probe.activityId(),
                    best == null ? "-" : best.profile(), best == null ? ">" + PROBE_DEPTH : best.rank(),
                    best == null ? "-" : best.fitPoints(), tied > 1 ? " tie of " + tied : "", probe.group());
        }
        report.line("");
        report.figure("probes." + source + ".count", probes.size(), "probes generated");
        report.figure("probes." + source + ".hits", hits, "activity in the top 10 for its group");
        report.figure("probes." + source + ".tiedProfiles", ties,
                "probes whose best fit points several profiles share (the best rank among them was taken)");
        if (!probes.isEmpty()) {
            report.figure("probes." + source + ".recallAt10", Report.ratio(hits, probes.size()), "targeted recall at 10");
        }
        byKind.forEach((kind, counts) -> report.figure("probes." + source + ".recallAt10." + camel(kind), Report.ratio(counts[1], counts[0]),
                counts[1] + " of " + counts[0] + (kind == Probe.GroupKind.SPECIFIC
                        ? " probes for a circumstance, a gender or a narrow age band"
                        : " probes for a broad age band alone (50+, 55+, 65+), which many entries share")));
    }

    private static String camel(Probe.GroupKind kind) {
        return kind == Probe.GroupKind.SPECIFIC ? "specificGroup" : "broadAgeBandOnly";
    }

    /**
     * The profile code; for a professional method under a structural profile, the same Bijlage 1 cell with the
     * structurally complex duration instead, so that a professional is in view.
     */
    static ObjectNode probeRequest(String profile, boolean professionalInView) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        int structural = List.of("COMPENSEERDERS", "BUITENSTAANDERS", "HOOPVOLLEN", "OVERLEVERS").indexOf(profile);
        if (!professionalInView || structural < 0) {
            body.put("profile", profile);
            return body;
        }
        ObjectNode dimensions = body.putObject("dimensions");
        dimensions.put("duration", "STRUCTURAL_COMPLEX");
        dimensions.put("coping", structural < 2 ? "ACTIVE" : "PASSIVE");
        dimensions.put("participationOriented", structural % 2 == 0);
        return body;
    }

    /** Where a probe's activity landed under one profile. */
    record Placement(String profile, int rank, int fitPoints) {
        static final Comparator<Placement> ORDER = Comparator.comparingInt(Placement::fitPoints).reversed()
                .thenComparingInt(Placement::rank);
    }

    // --- invariants -------------------------------------------------------------------------------------------

    private static void invariants(Report report, CatalogueView catalogue) {
        List<ObjectNode> persons = Grid.persons();
        String onePlace = catalogue.hasAvailability() ? "availability" : "notes2026_11";
        int answers = 0;
        int inversions = 0;
        int onePlaceTop5 = 0;
        int onePlaceFirst = 0;
        int noDigital = 0;
        int onlineOnly = 0;
        int repeated = 0;
        int labelAnswers = 0;
        int labelTexts = 0;
        for (ObjectNode person : persons) {
            for (String profile : PROFILES) {
                ObjectNode body = JsonNodeFactory.instance.objectNode();
                body.put("profile", profile);
                body.set("person", person);
                body.put("limit", LIST);
                Answer answer = Answer.of(match(body));
                answers++;
                inversions += Invariants.hasRankInversion(answer) ? 1 : 0;
                List<String> local = Invariants.onePlaceInTop5(answer, catalogue);
                onePlaceTop5 += local.isEmpty() ? 0 : 1;
                onePlaceFirst += !answer.proposals().isEmpty() && catalogue.isOnePlace(answer.proposals().get(0).id()) ? 1 : 0;
                if (person.path("digitalSkills").isBoolean() && !person.get("digitalSkills").asBoolean()) {
                    noDigital++;
                    onlineOnly += Invariants.onlineOnlyInTop10(answer, catalogue).isEmpty() ? 0 : 1;
                }
                repeated += Invariants.mostRepeatedReason(answer) >= Invariants.REPEATED_ON ? 1 : 0;
                int labels = Invariants.profileLabelTexts(answer);
                labelTexts += labels;
                labelAnswers += labels > 0 ? 1 : 0;
            }
        }
        report.line("").line("INVARIANTS (%d person contexts x 8 profiles = %d answers, top 10, no municipality)",
                persons.size(), answers);
        report.figure("grid.answers", answers, "answers scanned");
        report.figure("grid.rankInversion.rate", Report.ratio(inversions, answers),
                "share of answers where an item ranks above one scoring >= 3 points more (" + inversions + ")");
        report.figure("grid.onePlaceTop5." + onePlace + ".rate", Report.ratio(onePlaceTop5, answers),
                "share of answers with a one-place project in the top 5 (" + onePlaceTop5 + ")");
        report.figure("grid.onePlaceFirst." + onePlace, onePlaceFirst, "answers with a one-place project at #1");
        report.figure("grid.onlineOnlyNoDigitalSkills", onlineOnly,
                "answers (of " + noDigital + " without digital skills) with an online-only item in the top 10");
        report.figure("grid.repeatedReason.rate", Report.ratio(repeated, answers),
                "share of answers where one reason sentence sits on >= 5 of 10 proposals (" + repeated + ")");
        report.figure("grid.profileLabel.answers", labelAnswers, "answers with a profile name in a reason or check");
        report.figure("grid.profileLabel.texts", labelTexts, "reason and check sentences that name a profile");
    }

    // --- HTTP -------------------------------------------------------------------------------------------------

    private static JsonNode match(ObjectNode body) {
        String response = given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/matches")
                .then().statusCode(200)
                .extract().asString();
        return read(response);
    }

    private static CatalogueView catalogue() {
        List<JsonNode> items = new ArrayList<>();
        String version = "?";
        int total = Integer.MAX_VALUE;
        for (int offset = 0; offset < total; offset += 200) {
            JsonNode page = read(given().filter(Contract.REQUESTS_AND_RESPONSES)
                    .queryParam("limit", 200).queryParam("offset", offset)
                    .when().get("/api/v1/activities")
                    .then().statusCode(200).extract().asString());
            version = page.path("catalogueVersion").asText();
            total = page.path("total").asInt();
            page.path("items").forEach(items::add);
            if (page.path("items").isEmpty()) {
                break;
            }
        }
        return CatalogueView.of(version, items, onePlaceUntilV2());
    }

    private static Set<String> onePlaceUntilV2() {
        try (InputStream in = AdviceQualityTest.class.getResourceAsStream("/quality/one-place-2026.11.json")) {
            Set<String> ids = new LinkedHashSet<>();
            JSON.readTree(in).path("entries").fieldNames().forEachRemaining(ids::add);
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contractKnowsMunicipality() {
        try {
            return !new YAMLMapper().readTree(Contract.SPECIFICATION.toFile())
                    .at("/components/schemas/Person/properties/municipality").isMissingNode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String present(boolean present) {
        return present ? "present" : "absent";
    }

    private static void write(Report report) {
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, report.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Boolean.getBoolean("quality.report")) {
            System.out.println(report.text());
        }
    }

}
