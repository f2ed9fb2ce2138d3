package nl.interventiewijzer.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * The answers are written along a fast path (pre-serialised catalogue entries, no worker-thread hop). This proves,
 * over a broad set of requests, that every body on the wire is byte for byte what plain Jackson writes of the view
 * records the resources build for the same request: an optimisation may change the cost of an answer, never a byte.
 * Run with and without a local offer attached (see the two subclasses).
 */
abstract class AnswerBytes {

    static final List<String> PERSONS = List.of(
            "",
            "\"person\": {\"age\": 82, \"circumstances\": [\"LIVES_ALONE\"]}, ",
            "\"person\": {\"age\": 78, \"circumstances\": [\"RECENTLY_WIDOWED\"], \"mobility\": \"LIMITED\", "
                    + "\"municipality\": \"Wijkerveen\"}, ",
            "\"person\": {\"age\": 85, \"gender\": \"FEMALE\", \"circumstances\": [\"RECEIVES_HOME_CARE\"], "
                    + "\"mobility\": \"HOUSEBOUND\", \"digitalSkills\": false, \"municipality\": \"Wijkerveen\"}, ",
            "\"person\": {\"age\": 46, \"circumstances\": [\"HOMELESS\", \"ADDICTION\"], \"interests\": [\"NATURE\"], "
                    + "\"municipality\": \"Zwolle\"}, ");

    static final List<String> ACTIVITY_QUERIES = List.of("", "limit=10", "limit=1", "limit=200", "offset=10&limit=10",
            "offset=1000", "kind=GROUP", "evidence=SUBSTANTIATED&kind=GROUP", "profile=GEBORGENEN&limit=50", "theme=NATURE",
            "circumstance=RECENTLY_WIDOWED", "q=koffie", "availability=NATIONAL&limit=5", "municipality=Wijkerveen",
            "municipality=Zwolle&limit=20");

    @Inject
    MatchResource matches;

    @Inject
    ActivityResource activities;

    @Inject
    ProfileResource profiles;

    @Inject
    ObjectMapper requestMapper;

    @Inject
    Catalogue catalogue;

    private final ObjectMapper reference = ReferenceJson.mapper();

    @Test
    void everyMatchAnswerIsWhatPlainJacksonWritesOfItsViews() throws Exception {
        int compared = 0;
        int withLocalServices = 0;
        for (Profile profile : Profile.values()) {
            for (String person : PERSONS) {
                for (int limit : new int[] {1, 10, 50}) {
                    String body = "{" + person + "\"profile\": \"" + profile + "\", \"limit\": " + limit + "}";
                    String onTheWire = post("/api/v1/matches", body);
                    Object views = matches.match(requestMapper.readValue(body, MatchRequest.class));
                    assertEquals(reference.writeValueAsString(views), onTheWire, body);
                    compared++;
                    withLocalServices += onTheWire.contains("\"localServices\":[{") ? 1 : 0;
                }
            }
        }
        for (String body : List.of(
                "{\"dimensions\": {\"duration\": \"STRUCTURAL_COMPLEX\", \"coping\": \"PASSIVE\", "
                        + "\"participationOriented\": false}, \"person\": {\"age\": 61}}",
                "{\"answers\": {\"how-long\": \"ALWAYS\", \"seeking-contact\": \"WAIT_FOR_OTHERS\", "
                        + "\"wants-more-contact\": \"YES\", \"mobility\": \"HOUSEBOUND\", \"interests\": \"NATURE\", "
                        + "\"municipality\": \"Wijkerveen\"}, \"limit\": 50}")) {
            Object views = matches.match(requestMapper.readValue(body, MatchRequest.class));
            assertEquals(reference.writeValueAsString(views), post("/api/v1/matches", body), body);
            compared++;
        }
        assertEquals(Profile.values().length * PERSONS.size() * 3 + 2, compared);
        assertLocalServices(withLocalServices);
    }

    /** Subclasses say whether matches for Wijkerveen must carry local services. */
    abstract void assertLocalServices(int answersWithLocalServices);

    @Test
    void everyCataloguePageIsWhatPlainJacksonWritesOfItsViews() throws Exception {
        for (String query : ACTIVITY_QUERIES) {
            String onTheWire = get(query.isEmpty() ? "/api/v1/activities" : "/api/v1/activities?" + query);
            Object views = activities.list(values(query, "kind"), values(query, "evidence"), value(query, "profile"),
                    values(query, "theme"), values(query, "circumstance"), value(query, "q"),
                    values(query, "availability"), value(query, "municipality"), value(query, "offset"),
                    value(query, "limit"));
            assertEquals(reference.writeValueAsString(views), onTheWire, query);
        }
    }

    @Test
    void everySingleActivityIsWhatPlainJacksonWritesOfItsView() throws Exception {
        List<Activity> all = catalogue.activities();
        assertTrue(all.size() > 50, "the whole catalogue is compared");
        for (Activity activity : all) {
            String onTheWire = get("/api/v1/activities/" + activity.id());
            assertEquals(reference.writeValueAsString(activities.get(activity.id())), onTheWire, activity.id());
        }
    }

    @Test
    void everyProfileIsWhatPlainJacksonWritesOfItsView() throws Exception {
        for (Profile profile : Profile.values()) {
            assertEquals(reference.writeValueAsString(profiles.get(profile.name())),
                    get("/api/v1/profiles/" + profile.name()), profile.name());
        }
        assertEquals(reference.writeValueAsString(profiles.list()), get("/api/v1/profiles"));
    }

    private static String post(String path, String body) {
        Response response = given().contentType(ContentType.JSON).body(body).when().post(path);
        assertEquals(200, response.statusCode(), body);
        assertEquals("no-store", response.header("Cache-Control"), body);
        assertTrue(response.contentType().startsWith("application/json"), body);
        return response.asString();
    }

    private static String get(String path) {
        Response response = given().when().get(path);
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.header("ETag").startsWith("\""), path);
        assertTrue(response.contentType().startsWith("application/json"), path);
        return response.asString();
    }

    private static List<String> values(String query, String name) {
        List<String> found = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                found.add(pair.substring(name.length() + 1));
            }
        }
        return found;
    }

    private static String value(String query, String name) {
        List<String> found = values(query, name);
        return found.isEmpty() ? null : found.get(0);
    }
}
