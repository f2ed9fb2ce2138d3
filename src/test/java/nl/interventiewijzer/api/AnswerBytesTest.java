package nl.interventiewijzer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AnswerBytesTest extends AnswerBytes {

    @Override
    void assertLocalServices(int answersWithLocalServices) {
        assertEquals(0, answersWithLocalServices, "no local offer is configured");
    }
}
