package nl.interventiewijzer.api;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The reference serialisation of an answer: plain Jackson of the view records, with none of the service's shortcuts. */
final class ReferenceJson {

    private ReferenceJson() {
    }

    static ObjectMapper mapper() {
        return new ObjectMapper();
    }
}
