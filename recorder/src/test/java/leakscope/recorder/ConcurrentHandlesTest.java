package leakscope.recorder;

import static leakscope.recorder.RecordedRun.named;
import static leakscope.recorder.RecordedRun.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.Test;

class ConcurrentHandlesTest {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 2_000;

    @Test
    void manyThreadsGetUniqueIdsAndMatchingPairs() throws Exception {
        List<RecordedEvent> events = record(() -> {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < PER_THREAD; i++) {
                        Leakscope.acquire("file", "f").close();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        });
        Set<Long> acquired = new HashSet<>();
        named(events, "leakscope.ResourceAcquire").forEach(e -> assertThat(acquired.add(e.getLong("handleId"))).isTrue());
        Set<Long> released = new HashSet<>();
        named(events, "leakscope.ResourceRelease").forEach(e -> assertThat(released.add(e.getLong("handleId"))).isTrue());
        assertThat(acquired).hasSize(THREADS * PER_THREAD).isEqualTo(released);
    }
}
