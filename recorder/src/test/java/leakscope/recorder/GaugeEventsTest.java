package leakscope.recorder;

import static leakscope.recorder.RecordedRun.named;
import static leakscope.recorder.RecordedRun.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.Test;

class GaugeEventsTest {

    @Test
    void aRegisteredGaugeIsSampledEachPeriodUntilClosed() throws Exception {
        AtomicLong size = new AtomicLong();
        List<RecordedEvent> events = record(() -> {
            try (AutoCloseable ignored = Leakscope.registerGauge("cache.size", size::incrementAndGet)) {
                Thread.sleep(600); // the test recording samples every 20 ms
            }
            long atClose = size.get();
            Thread.sleep(200);
            assertThat(size.get()).as("not sampled after close").isEqualTo(atClose);
        });
        List<Long> values = named(events, "leakscope.Gauge").stream()
                .filter(e -> e.getString("name").equals("cache.size")).map(e -> e.getLong("value")).toList();
        assertThat(values).hasSizeGreaterThanOrEqualTo(5).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aOneOffSampleIsRecordedWithItsValue() throws Exception {
        List<RecordedEvent> events = record(() -> Leakscope.sample("queue.length", 42));
        assertThat(named(events, "leakscope.Gauge")).extracting(e -> e.getString("name") + "=" + e.getLong("value"))
                .contains("queue.length=42");
    }

    @Test
    void aThrowingSupplierDoesNotStopOtherGauges() throws Exception {
        List<RecordedEvent> events = record(() -> {
            try (AutoCloseable broken = Leakscope.registerGauge("broken", () -> { throw new IllegalStateException(); });
                 AutoCloseable fine = Leakscope.registerGauge("fine", () -> 7)) {
                Thread.sleep(300);
            }
        });
        assertThat(named(events, "leakscope.Gauge")).extracting(e -> e.getString("name"))
                .contains("fine").doesNotContain("broken");
    }
}
