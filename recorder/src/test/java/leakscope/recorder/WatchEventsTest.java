package leakscope.recorder;

import static leakscope.recorder.RecordedRun.named;
import static leakscope.recorder.RecordedRun.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import leakscope.recorder.internal.WatchReference;
import org.junit.jupiter.api.Test;

class WatchEventsTest {
    private static final List<Object> KEPT = new ArrayList<>();

    @Test
    void aDroppedWatchedObjectIsReclaimedAndAKeptOneIsNot() throws Exception {
        List<Watch> watches = new ArrayList<>();
        List<RecordedEvent> events = record(() -> {
            watches.add(watchDropped());
            Object kept = new StringBuilder("kept");
            KEPT.add(kept);
            watches.add(Leakscope.watch(kept, "kept in a static list"));
            awaitReclaimed(watches.get(0));
        });
        KEPT.clear();
        Watch dropped = watches.get(0);
        Watch kept = watches.get(1);
        assertThat(kept.id()).isEqualTo(dropped.id() + 1);
        assertThat(kept.isReclaimed()).isFalse();
        // other tests' stopped sessions are watched too: look at this test's watches only
        List<RecordedEvent> watched = named(events, "leakscope.ObjectWatch").stream()
                .filter(e -> e.getLong("watchId") >= dropped.id()).collect(Collectors.toList());
        assertThat(watched).extracting(e -> e.getLong("watchId") + " " + e.getString("type") + " " + e.getString("description"))
                .containsExactly(dropped.id() + " java.lang.Object dropped", kept.id() + " java.lang.StringBuilder kept in a static list");
        assertThat(watched.get(0).getStackTrace().getFrames().get(0).getMethod().getName()).isEqualTo("objectWatch");
        assertThat(watched.get(0).getStackTrace().getFrames()).anyMatch(f -> f.getMethod().getName().equals("watchDropped"));
        assertThat(named(events, "leakscope.ObjectReclaimed")).extracting(e -> e.getLong("watchId"))
                .filteredOn(id -> id >= dropped.id()).containsExactly(dropped.id());
    }

    @Test
    void aStoppedSessionAndItsAttachedStateAreWatchedAndHeldOnlyWhileItRuns() throws Exception {
        List<Watch> seen = new ArrayList<>();
        List<Object> objects = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        HandleObserver observer = new HandleObserver() {
            @Override
            public void acquired(Handle handle, String description, Session session) {
            }

            @Override
            public void released(Handle handle) {
            }

            @Override
            public void watched(Watch watch, Object object, Session session) {
                synchronized (seen) {
                    seen.add(watch);
                    objects.add(object.getClass().getSimpleName() + "@" + (session == null ? 0 : session.id()));
                }
            }
        };
        List<RecordedEvent> events;
        try (AutoCloseable ignored = Leakscope.observe(observer)) {
            events = record(() -> {
                Session session = Leakscope.startSession("job");
                sessions.add(session);
                session.attach(new int[16]);
                session.close();
                session.attach(new StringBuilder()); // after the stop: watched at once
            });
        }
        long sessionId = sessions.get(0).id();
        assertThat(objects).containsExactly("int[]@" + sessionId, "Session@" + sessionId, "StringBuilder@" + sessionId);
        assertThat(named(events, "leakscope.ObjectWatch")).extracting(e -> e.getString("type") + " " + e.getString("description")
                + " " + e.getLong("sessionId")).containsExactly("[I state of job " + sessionId, "leakscope.recorder.Session job "
                + sessionId, "java.lang.StringBuilder state of job " + sessionId);
        awaitReclaimed(seen.get(0)); // the stopped session no longer holds its state
        assertThat(seen.get(0).isReclaimed()).isTrue();
    }

    @Test
    void aHarnessCanStopASessionItKeepsWithoutWatchingIt() throws Exception {
        List<RecordedEvent> events = record(() -> {
            Session test = Leakscope.startSession("a test");
            test.attach(new StringBuilder("its state"));
            test.stopWithoutWatchingItself();
            assertThat(test.isStopped()).isTrue();
        });
        assertThat(named(events, "leakscope.ObjectWatch")).extracting(e -> e.getString("type"))
                .containsExactly("java.lang.StringBuilder");
        assertThat(named(events, "leakscope.SessionStop")).hasSize(1);
    }

    @Test
    void theReferenceDeclaresTheContractFieldSoAHeapDumpNamesTheWatch() throws Exception {
        Field field = WatchReference.class.getDeclaredField("leakscopeWatchId");
        assertThat(field.getType()).isEqualTo(long.class);
        assertThat(Modifier.isStatic(field.getModifiers())).isFalse();
        assertThat(java.lang.ref.Reference.class).isAssignableFrom(WatchReference.class);
    }

    private static Watch watchDropped() {
        return Leakscope.watch(new Object(), "dropped");
    }

    private static void awaitReclaimed(Watch watch) throws InterruptedException {
        for (int i = 0; i < 200 && !watch.isReclaimed(); i++) {
            if (i % 10 == 0) {
                System.gc();
            }
            Thread.sleep(10);
        }
        assertThat(watch.isReclaimed()).as("reclaimed within 2 s of forced collections").isTrue();
    }
}
