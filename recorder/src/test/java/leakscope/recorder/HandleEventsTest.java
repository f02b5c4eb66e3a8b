package leakscope.recorder;

import static leakscope.recorder.RecordedRun.named;
import static leakscope.recorder.RecordedRun.record;
import static leakscope.recorder.RecordedRun.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import org.junit.jupiter.api.Test;

class HandleEventsTest {

    @Test
    void acquireAndCloseEmitOnePairWithTheContractFields() throws Exception {
        AtomicReference<Handle> handle = new AtomicReference<>();
        List<RecordedEvent> events = record(() -> {
            try (Handle h = Leakscope.acquire("file", "/tmp/data.bin")) {
                handle.set(h);
            }
        });
        long id = handle.get().id();
        RecordedEvent acquire = single(events, "leakscope.ResourceAcquire", id);
        assertThat(acquire.getString("kind")).isEqualTo("file");
        assertThat(acquire.getString("description")).isEqualTo("/tmp/data.bin");
        assertThat(acquire.getLong("sessionId")).isZero();
        RecordedEvent release = single(events, "leakscope.ResourceRelease", id);
        assertThat(release.getString("kind")).isEqualTo("file");
        assertThat(release.getStackTrace()).isNull();
        assertThat(release.getStartTime()).isAfterOrEqualTo(acquire.getStartTime());
    }

    @Test
    void acquireStackTraceReachesTheCallingMethod() throws Exception {
        AtomicReference<Handle> handle = new AtomicReference<>();
        List<RecordedEvent> events = record(() -> handle.set(Leakscope.acquire("socket", "db:5432")));
        List<RecordedFrame> frames = single(events, "leakscope.ResourceAcquire", handle.get().id())
                .getStackTrace().getFrames();
        assertThat(frames).extracting(f -> f.getMethod().getType().getName() + "." + f.getMethod().getName())
                .contains("leakscope.recorder.Leakscope.acquire")
                .anyMatch(name -> name.startsWith("leakscope.recorder.HandleEventsTest.lambda$acquireStackTrace"));
    }

    @Test
    void releaseIsIdempotentAndEmitsOnce() throws Exception {
        AtomicReference<Handle> handle = new AtomicReference<>();
        List<RecordedEvent> events = record(() -> {
            Handle h = Leakscope.acquire("timer", null);
            handle.set(h);
            h.release();
            h.close();
            h.release();
        });
        assertThat(handle.get().isReleased()).isTrue();
        single(events, "leakscope.ResourceRelease", handle.get().id());
    }

    @Test
    void idsIncreaseByOneFromAProcessWideCounter() {
        long first = Leakscope.acquire("file", "a").id();
        long second = Leakscope.acquire("file", "b").id();
        assertThat(first).isPositive();
        assertThat(second).isEqualTo(first + 1);
    }

    @Test
    void aTrackedExecutorIsReleasedWhenShutDownAndRunsItsTasks() throws Exception {
        AtomicReference<Integer> answer = new AtomicReference<>();
        List<RecordedEvent> events = record(() -> {
            ExecutorService pool = Tracked.executor(Executors.newSingleThreadExecutor(), "per-request pool");
            answer.set(pool.submit(() -> 42).get());
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
            pool.shutdownNow(); // a second shutdown releases nothing more
            ExecutorService forgotten = Tracked.executor(Executors.newSingleThreadExecutor(), "forgotten pool");
            forgotten.submit(() -> 1).get();
            forgotten.shutdownNow();
        });
        assertThat(answer.get()).isEqualTo(42);
        List<RecordedEvent> acquires = named(events, "leakscope.ResourceAcquire");
        assertThat(acquires).extracting(e -> e.getString("kind") + ":" + e.getString("description"))
                .containsExactly("executor:per-request pool", "executor:forgotten pool");
        for (RecordedEvent acquire : acquires) {
            single(events, "leakscope.ResourceRelease", acquire.getLong("handleId"));
        }
    }

    @Test
    void trackedWrappersReleaseOnClose() throws Exception {
        List<RecordedEvent> events = record(() -> {
            try (InputStream in = Tracked.inputStream(new ByteArrayInputStream(new byte[] {1, 2}), "in.bin")) {
                assertThat(in.read()).isEqualTo(1);
            }
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            try (OutputStream out = Tracked.outputStream(sink, "out.bin")) {
                out.write(new byte[] {7, 8, 9});
            }
            assertThat(sink.toByteArray()).containsExactly(7, 8, 9);
            Closeable listener = Tracked.closeable(() -> { }, "listener", "on-change");
            listener.close();
        });
        List<RecordedEvent> acquires = named(events, "leakscope.ResourceAcquire");
        assertThat(acquires).extracting(e -> e.getString("kind") + ":" + e.getString("description"))
                .containsExactly("file:in.bin", "file:out.bin", "listener:on-change");
        for (RecordedEvent acquire : acquires) {
            single(events, "leakscope.ResourceRelease", acquire.getLong("handleId"));
        }
    }
}
