package leakscope.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The consumer's failure reaches the producing thread: an Error as it is, anything else wrapped and named. */
class HandoffTest {
    @Test
    void everyItemArrivesInOrder() {
        List<Integer> seen = new ArrayList<>();
        try (Handoff<Integer> handoff = new Handoff<>(seen::add, "test-consumer")) {
            for (int i = 0; i < 3 * Handoff.BATCH_ITEMS + 5; i++) {
                handoff.accept(i);
            }
            handoff.finish();
        }
        assertThat(seen).hasSize(3 * Handoff.BATCH_ITEMS + 5).startsWith(0, 1, 2).endsWith(3 * Handoff.BATCH_ITEMS + 4);
    }

    @Test
    void anOutOfMemoryErrorOfTheConsumerIsThrownAsItIs() {
        OutOfMemoryError exhausted = new OutOfMemoryError("Java heap space");
        try (Handoff<Integer> handoff = new Handoff<>(item -> {
            throw exhausted;
        }, "test-consumer")) {
            handoff.accept(1);
            assertThatThrownBy(handoff::finish).isSameAs(exhausted);
        }
    }

    @Test
    void aProducerThatKeepsPassingToADeadConsumerIsToldNotBlocked() {
        try (Handoff<Integer> handoff = new Handoff<>(item -> {
            throw new OutOfMemoryError("Java heap space");
        }, "test-consumer")) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 100 * Handoff.BATCH_ITEMS; i++) { // far more batches than the queue holds
                    handoff.accept(i);
                }
            }).isInstanceOf(OutOfMemoryError.class);
        }
    }

    @Test
    void aBugOfTheConsumerIsWrappedWithItsName() {
        try (Handoff<Integer> handoff = new Handoff<>(item -> {
            throw new ArrayIndexOutOfBoundsException("Index 200 out of bounds for length 200");
        }, "test-consumer")) {
            handoff.accept(1);
            assertThatThrownBy(handoff::finish).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the consumer failed: java.lang.ArrayIndexOutOfBoundsException: Index 200 out of bounds "
                            + "for length 200")
                    .hasCauseInstanceOf(ArrayIndexOutOfBoundsException.class);
        }
    }
}
