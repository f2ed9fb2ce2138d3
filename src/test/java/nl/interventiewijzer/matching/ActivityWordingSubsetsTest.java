package nl.interventiewijzer.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.interventiewijzer.profile.Note;
import org.junit.jupiter.api.Test;

class ActivityWordingSubsetsTest {

    private final AtomicInteger worded = new AtomicInteger();

    private Note word(List<String> part) {
        worded.incrementAndGet();
        return new Note("PART", String.join(" + ", part));
    }

    @Test
    void aPartIsWordedFromTheItemsItsBitsSelectInListOrder() {
        ActivityWording.Subsets<String> subsets = new ActivityWording.Subsets<>(List.of("a", "b", "c"), this::word);

        assertThat(subsets.note(0b101).text()).isEqualTo("a + c");
        assertThat(subsets.note(0b010).text()).isEqualTo("b");
        assertThat(subsets.note(0b111).text()).isEqualTo("a + b + c");
    }

    @Test
    void aPartIsWordedOnceAndTheSameSentenceReturnedAfterwards() {
        ActivityWording.Subsets<String> subsets = new ActivityWording.Subsets<>(List.of("a", "b", "c"), this::word);

        Note first = subsets.note(0b011);
        Note again = subsets.note(0b011);

        assertThat(again).isSameAs(first);
        assertThat(worded).hasValue(1);
    }
}
