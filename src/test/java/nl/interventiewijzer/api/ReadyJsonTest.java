package nl.interventiewijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadyJsonTest {

    record Item(String id, String longName) {
    }

    static final class Items extends ReadyJson<String, Item> {
        Items() {
            super(Item.class, Item::id);
        }
    }

    private static final Item KEPT = new Item("a", "Eerste");

    private static ObjectMapper snakeCase() {
        return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }

    /** Kept views are encoded by a mapper that names fields differently, so ready bytes and walked ones can be told apart. */
    private static ObjectMapper serviceMapperOf(Items items) {
        items.prepare(List.of(KEPT), snakeCase(), "Item");
        ObjectMapper service = new ObjectMapper();
        items.customize(service);
        return service;
    }

    @Test
    void aKeptViewIsWrittenAsItsReadyBytes() throws Exception {
        ObjectMapper service = serviceMapperOf(new Items());

        assertThat(service.writeValueAsString(List.of(KEPT))).isEqualTo("[{\"id\":\"a\",\"long_name\":\"Eerste\"}]");
    }

    @Test
    void anEqualViewThatIsNotTheKeptInstanceIsWalkedAsUsual() throws Exception {
        ObjectMapper service = serviceMapperOf(new Items());

        assertThat(service.writeValueAsString(new Item("a", "Eerste"))).isEqualTo("{\"id\":\"a\",\"longName\":\"Eerste\"}");
        assertThat(service.writeValueAsString(new Item("b", "Tweede"))).isEqualTo("{\"id\":\"b\",\"longName\":\"Tweede\"}");
    }

    @Test
    void theKeptViewIsFoundByItsKey() {
        Items items = new Items();
        serviceMapperOf(items);

        assertThat(items.ready("a")).isSameAs(KEPT);
        assertThat(items.ready("b")).isNull();
    }

    @Test
    void beforeStartUpNothingIsKept() throws Exception {
        Items items = new Items();
        ObjectMapper service = new ObjectMapper();
        items.customize(service);

        assertThat(items.ready("a")).isNull();
        assertThat(service.writeValueAsString(KEPT)).isEqualTo("{\"id\":\"a\",\"longName\":\"Eerste\"}");
    }

    @Test
    void aViewMetInAnAnswerIsKeptWithItsBytesTheFirstTime() throws Exception {
        Items items = new Items();
        ObjectMapper service = serviceMapperOf(items);
        ObjectMapper encoding = snakeCase();

        Item first = items.readyOrKept("b", () -> new Item("b", "Tweede"), encoding, 10);
        Item again = items.readyOrKept("b", () -> new Item("b", "Anders"), encoding, 10);

        assertThat(again).isSameAs(first);
        assertThat(service.writeValueAsString(first)).isEqualTo("{\"id\":\"b\",\"long_name\":\"Tweede\"}");
    }

    @Test
    void pastTheLimitAViewIsMadeEachTimeAndWalked() throws Exception {
        Items items = new Items();
        ObjectMapper service = serviceMapperOf(items);
        ObjectMapper encoding = snakeCase();

        Item first = items.readyOrKept("b", () -> new Item("b", "Tweede"), encoding, 1);
        Item again = items.readyOrKept("b", () -> new Item("b", "Tweede"), encoding, 1);

        assertThat(items.kept()).isEqualTo(1);
        assertThat(again).isNotSameAs(first);
        assertThat(service.writeValueAsString(first)).isEqualTo("{\"id\":\"b\",\"longName\":\"Tweede\"}");
    }

    @Test
    void withoutAMapperOrAKeyNothingIsKept() {
        Items items = new Items();

        items.readyOrKept("b", () -> new Item("b", "Tweede"), null, 10);
        items.readyOrKept(null, () -> new Item(null, "Zonder"), new ObjectMapper(), 10);

        assertThat(items.kept()).isZero();
    }

    @Test
    void aViewWithoutAKeyIsWalkedAsUsual() throws Exception {
        ObjectMapper service = serviceMapperOf(new Items());

        assertThat(service.writeValueAsString(new Item(null, "Zonder"))).isEqualTo("{\"id\":null,\"longName\":\"Zonder\"}");
    }
}
