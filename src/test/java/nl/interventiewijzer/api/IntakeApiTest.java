package nl.interventiewijzer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IntakeApiTest {

    private static final String CLASSIFICATIONS = "/api/v1/classifications";
    private static final String MATCHES = "/api/v1/matches";
    private static final String RECENTLY_BEREAVED_ANSWERS = """
            "answers": {"how-long": "LESS_THAN_A_YEAR", "life-event": "PARTNER_DIED",
                        "seeking-contact": "WAIT_FOR_OTHERS", "wants-more-contact": "YES"}
            """;
    private static final String UNSURE_ABOUT_COPING = """
            {"answers": {"how-long": "LESS_THAN_A_YEAR", "wants-more-contact": "YES",
                         "seeking-contact": "REACH_OUT_TO_DIFFERENT_PEOPLE", "when-things-are-hard": "WAIT_AND_HOPE",
                         "can-change": "YES_BUT_HOW"}}
            """;
    /** Lisa (review 2026-12, section 7): her three participation answers weigh 4 against 4. */
    private static final String LISA_WITH_A_PARTICIPATION_TIE = """
            {"answers": {"how-long": "ONE_TO_TWO_YEARS", "life-event": "MOVED", "event-when": "LESS_THAN_SIX_MONTHS",
                         "seeking-contact": "GO_WHERE_PEOPLE_ARE", "wants-more-contact": "ONE_OR_TWO_PEOPLE",
                         "take-part": "ONLY_SMALL_GROUP", "left-alone": "NO"}}
            """;
    private static final String HOUSEBOUND_NATURE_LOVER_ANSWERS = """
            "answers": {"how-long": "ALWAYS", "seeking-contact": "WAIT_FOR_OTHERS", "wants-more-contact": "YES",
                        "mobility": "HOUSEBOUND", "digital-skills": "NO", "dutch-language": "LIMITED",
                        "interests": "NATURE,ANIMALS", "municipality": "Zwolle"}
            """;
    private static final String EMOTIONALLY_LONELY_SHORT_FORM = """
            "deJongGierveld": {"form": "SHORT_6", "answers": ["JA", "JA", "MIN_OF_MEER", "JA", "JA", "JA"]}
            """;

    @Test
    void servesTheQuestionnaireAndBothFormsOfTheLonelinessScale() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .when().get("/api/v1/intake")
                .then().statusCode(200)
                .body("questionnaire.items.dimension", hasItem("DURATION"))
                .body("questionnaire.items.dimension", hasItem("COPING"))
                .body("questionnaire.items.dimension", hasItem("PARTICIPATION"))
                .body("questionnaire.version", equalTo("2026.12.1"))
                .body("questionnaire.items.find { it.id == 'life-event' }.options.code", hasItem("PARTNER_IN_CARE"))
                .body("questionnaire.items.find { it.id == 'addiction' }.options.complexity", hasItem("ADDICTION"))
                .body("questionnaire.context.field",
                        contains("MOBILITY", "DIGITAL_SKILLS", "DUTCH_LANGUAGE", "INTERESTS", "MUNICIPALITY"))
                .body("questionnaire.context.find { it.id == 'interests' }.answer", equalTo("CODES"))
                .body("deJongGierveld.form", contains("SHORT_6", "FULL_11"))
                .body("deJongGierveld.find { it.form == 'SHORT_6' }.items", hasSize(6))
                .body("deJongGierveld.find { it.form == 'FULL_11' }.items", hasSize(11));
    }

    @Test
    void classifiesFromAnswersAndShowsWhichAnswersDecided() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body("{" + RECENTLY_BEREAVED_ANSWERS + "}")
                .when().post(CLASSIFICATIONS)
                .then().statusCode(200)
                .body("profile.code", equalTo("ACHTERBLIJVERS"))
                .body("source", equalTo("ANSWERS"))
                .body("derivation.coping.value", equalTo("PASSIVE"))
                .body("derivation.coping.decidedBy", contains("seeking-contact"))
                .body("derivation.neighbours", empty())
                .body("notes.code", hasItem("RECENT_BEREAVEMENT_FROM_INTAKE"))
                .body("loneliness", nullValue());
    }

    @Test
    void conflictingAnswersLowerTheConfidenceAndNameTheNeighbouringProfile() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body(UNSURE_ABOUT_COPING)
                .when().post(CLASSIFICATIONS)
                .then().statusCode(200)
                .body("profile.code", equalTo("ACHTERBLIJVERS"))
                .body("derivation.coping.uncertain", equalTo(true))
                .body("derivation.confidence", lessThan(0.34f))
                .body("derivation.neighbours.uncertainDimension", contains("COPING"))
                .body("derivation.neighbours.profile", contains("ACTIEVEN"));
    }

    @Test
    void scoresTheLonelinessScaleAsContextNotAsTheProfile() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON)
                .body("{\"dimensions\": {\"duration\": \"STRUCTURAL\", \"coping\": \"ACTIVE\", \"participationOriented\": true}, "
                        + EMOTIONALLY_LONELY_SHORT_FORM + "}")
                .when().post(CLASSIFICATIONS)
                .then().statusCode(200)
                .body("profile.code", equalTo("COMPENSEERDERS"))
                .body("loneliness.total", equalTo(3))
                .body("loneliness.emotional", equalTo(3))
                .body("loneliness.social", equalTo(0))
                .body("loneliness.level", equalTo("MODERATE"))
                .body("loneliness.citation", containsString("geen diagnose"))
                .body("notes.code", hasItem("LONELINESS_SCALE"));
    }

    @Test
    void anUnknownQuestionAndAnUnknownAnswerAreBothNamed() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON)
                .body("{\"answers\": {\"how-long\": \"LESS_THAN_A_YEAR\", \"seeking-contact\": \"SOMETIMES\", \"favourite-colour\": \"BLUE\"}}")
                .when().post(CLASSIFICATIONS)
                .then().statusCode(400)
                .body("errors.field", hasItem("answers.favourite-colour"))
                .body("errors.field", hasItem("answers.seeking-contact"))
                .body("errors.find { it.field == 'answers.seeking-contact' }.allowed", hasItem("CALL_THE_SAME_PERSON"));
    }

    @Test
    void tooFewAnswersToDecideADimensionNameTheQuestionsToAsk() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON)
                .body("{\"answers\": {\"how-long\": \"LESS_THAN_A_YEAR\", \"wants-more-contact\": \"YES\"}}")
                .when().post(CLASSIFICATIONS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("answers"))
                .body("errors[0].allowed", hasItem("seeking-contact"));
    }

    @Test
    void aLonelinessScaleOfTheWrongLengthIsRejected() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON)
                .body("{\"profile\": \"ACTIEVEN\", \"deJongGierveld\": {\"form\": \"FULL_11\", \"answers\": [\"JA\", \"NEE\"]}}")
                .when().post(MATCHES)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("deJongGierveld.answers"));
    }

    @Test
    void dimensionsAndAnswersTogetherAreRejected() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON)
                .body("{\"dimensions\": {\"duration\": \"STRUCTURAL\", \"coping\": \"ACTIVE\", \"participationOriented\": true},"
                        + RECENTLY_BEREAVED_ANSWERS + "}")
                .when().post(CLASSIFICATIONS)
                .then().statusCode(400)
                .body("errors[0].allowed", contains("dimensions", "answers"));
    }

    @Test
    void aBereavementToldInTheIntakePutsTheBereavementVisitFirst() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body("{" + RECENTLY_BEREAVED_ANSWERS + ", \"person\": {\"age\": 80}, \"limit\": 5}")
                .when().post(MATCHES)
                .then().statusCode(200)
                .body("profileSource", equalTo("ANSWERS"))
                .body("matches[0].activity.id", equalTo("bezoekdienst-weduwen-en-weduwnaars"))
                .body("matches[0].reasons.code", hasItem("RECENT_BEREAVEMENT"));
    }

    @Test
    void emotionalLonelinessOnTheScaleFavoursPersonalContactWithAReason() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON)
                .body("{\"profile\": \"HOOPVOLLEN\", \"person\": {\"age\": 70}, \"limit\": 10, " + EMOTIONALLY_LONELY_SHORT_FORM + "}")
                .when().post(MATCHES)
                .then().statusCode(200)
                .body("loneliness.emotional", equalTo(3))
                .body("matches.reasons.flatten().code", hasItem("EMOTIONAL_LONELINESS"));
    }

    @Test
    void withoutAScaleNoLonelinessReasonIsGiven() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body("{\"profile\": \"HOOPVOLLEN\", \"person\": {\"age\": 70}, \"limit\": 10}")
                .when().post(MATCHES)
                .then().statusCode(200)
                .body("matches.reasons.flatten().code", not(hasItem("EMOTIONAL_LONELINESS")));
    }

    @Test
    void answersThatWeighBothSidesEquallyGiveTheProfileWithConfidenceZeroAndTheNeighbourNotA400() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body(LISA_WITH_A_PARTICIPATION_TIE)
                .when().post(CLASSIFICATIONS)
                .then().statusCode(200)
                .body("profile.code", equalTo("GEBORGENEN"))
                .body("derivation.participationOriented.value", equalTo(false))
                .body("derivation.participationOriented.confidence", equalTo(0.0f))
                .body("derivation.participationOriented.uncertain", equalTo(true))
                .body("derivation.confidence", equalTo(0.0f))
                .body("derivation.neighbours.uncertainDimension", contains("PARTICIPATION"))
                .body("derivation.neighbours.profile", contains("ACTIEVEN"));
    }

    @Test
    void theContextQuestionsAndTheStatedCircumstancesAreShownInTheDerivation() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body("{" + HOUSEBOUND_NATURE_LOVER_ANSWERS + "}")
                .when().post(CLASSIFICATIONS)
                .then().statusCode(200)
                .body("profile.code", equalTo("HOOPVOLLEN"))
                .body("derivation.context.mobility", equalTo("HOUSEBOUND"))
                .body("derivation.context.digitalSkills", equalTo(false))
                .body("derivation.context.circumstances", contains("LIMITED_DUTCH"))
                .body("derivation.context.interests", contains("NATURE", "ANIMALS"))
                .body("derivation.context.municipality", equalTo("Zwolle"));
    }

    @Test
    void withoutContextAnswersTheDerivationSaysNothingAboutThePerson() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body(UNSURE_ABOUT_COPING)
                .when().post(CLASSIFICATIONS)
                .then().statusCode(200)
                .body("derivation.context.mobility", nullValue())
                .body("derivation.context.circumstances", empty())
                .body("derivation.context.interests", empty())
                .body("derivation.context.municipality", nullValue());
    }

    @Test
    void interestsFromTheAnswersAloneReachTheMatcher() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON).body("{" + HOUSEBOUND_NATURE_LOVER_ANSWERS + ", \"limit\": 50}")
                .when().post(MATCHES)
                .then().statusCode(200)
                .body("matches.reasons.flatten().code", hasItem("INTEREST"));
    }

    @Test
    void whatPersonStatesWinsOverTheAnswersEvenAnEmptyList() {
        given().filter(Contract.REQUESTS_AND_RESPONSES)
                .contentType(ContentType.JSON)
                .body("{" + HOUSEBOUND_NATURE_LOVER_ANSWERS + ", \"person\": {\"interests\": []}, \"limit\": 50}")
                .when().post(MATCHES)
                .then().statusCode(200)
                .body("derivation.context.interests", contains("NATURE", "ANIMALS"))
                .body("matches.reasons.flatten().code", not(hasItem("INTEREST")));
    }

    @Test
    void anUnknownInterestAndATooLongMunicipalityAreNamedWithoutEchoingTheText() {
        given().filter(Contract.RESPONSES)
                .contentType(ContentType.JSON)
                .body("{\"answers\": {\"how-long\": \"ALWAYS\", \"seeking-contact\": \"WAIT_FOR_OTHERS\","
                        + " \"wants-more-contact\": \"YES\", \"interests\": \"NATURE,KNITTING\","
                        + " \"municipality\": \"" + "x".repeat(101) + "\"}}")
                .when().post(CLASSIFICATIONS)
                .then().statusCode(400)
                .body("errors.field", contains("answers.interests", "answers.municipality"))
                .body("errors.find { it.field == 'answers.interests' }.allowed", hasItem("NATURE"))
                .body("errors.find { it.field == 'answers.municipality' }.message", not(containsString("xxx")));
    }
}
