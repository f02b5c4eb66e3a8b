package leakscope.recorder;

import static leakscope.recorder.RecordedRun.named;
import static leakscope.recorder.RecordedRun.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.Test;

class ReclaimedEventsTest {

    @Test
    void aDroppedTrackedObjectIsReportedReclaimedAndAReleasedOneIsNot() throws Exception {
        AtomicLong droppedId = new AtomicLong();
        AtomicLong closedId = new AtomicLong();
        List<RecordedEvent> events = record(() -> {
            InputStream closed = Tracked.inputStream(new ByteArrayInputStream(new byte[0]), "closed");
            closed.close();
            WeakReference<InputStream> closedRef = new WeakReference<>(closed);
            closed = null;
            WeakReference<Object> dropped = dropTrackedObject(droppedId);
            awaitCollected(dropped);
            awaitCollected(closedRef);
            // the Cleaner runs its action on its own thread soon after collection
            awaitReclaimedEvents(droppedId.get());
        });
        List<RecordedEvent> reclaimed = named(events, "leakscope.ResourceReclaimed");
        assertThat(reclaimed).extracting(e -> e.getString("kind") + "#" + e.getLong("handleId"))
                .containsExactly("listener#" + droppedId.get());
        assertThat(named(events, "leakscope.ResourceRelease")).hasSize(1);
    }

    private static WeakReference<Object> dropTrackedObject(AtomicLong id) {
        Object listener = new Object();
        Handle handle = Leakscope.track(listener, "listener", "dropped without release");
        id.set(handle.id());
        return new WeakReference<>(listener);
    }

    private static void awaitCollected(WeakReference<?> ref) throws InterruptedException {
        for (int i = 0; i < 100 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(ref.get()).as("object collected within 100 GCs").isNull();
    }

    private static void awaitReclaimedEvents(long id) throws InterruptedException {
        // the handle is unreachable once reclaimed, so wait on time, bounded
        Thread.sleep(200);
    }
}
