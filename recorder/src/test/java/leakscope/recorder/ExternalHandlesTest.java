package leakscope.recorder;

import static leakscope.recorder.RecordedRun.named;
import static leakscope.recorder.RecordedRun.record;
import static leakscope.recorder.RecordedRun.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.Test;

class ExternalHandlesTest {
    private static final long AGENT_ID = 1L << 62;

    @Test
    void aToolsOwnIdIsAcquiredInTheCurrentSessionSeenByObserversAndReleasedOrReclaimedOnce() throws Exception {
        List<String> seen = new ArrayList<>();
        HandleObserver observer = new HandleObserver() {
            @Override
            public void acquired(Handle handle, String description, Session session) {
                seen.add("acquired " + handle.id() + " " + description + " in " + (session == null ? "none" : session.name()));
            }

            @Override
            public void released(Handle handle) {
                seen.add("released " + handle.id());
            }
        };
        long[] sessionId = new long[1];
        List<RecordedEvent> events = record(() -> {
            try (AutoCloseable observing = Leakscope.observe(observer); Session test = Leakscope.startSession("test")) {
                sessionId[0] = test.id();
                Handle released = ExternalHandles.acquire("file", AGENT_ID, "/tmp/a");
                released.release();
                released.release();
                Handle reclaimed = ExternalHandles.acquire("socket", AGENT_ID + 1, "unconnected");
                ExternalHandles.reclaimed(reclaimed);
                ExternalHandles.reclaimed(reclaimed);
                reclaimed.release(); // ended already: nothing
            }
        });

        assertThat(seen).containsExactly("acquired " + AGENT_ID + " /tmp/a in test", "released " + AGENT_ID,
                "acquired " + (AGENT_ID + 1) + " unconnected in test");
        assertThat(single(events, "leakscope.ResourceAcquire", AGENT_ID).getLong("sessionId")).isEqualTo(sessionId[0]);
        assertThat(named(events, "leakscope.ResourceRelease")).extracting(e -> e.getLong("handleId")).containsExactly(AGENT_ID);
        assertThat(named(events, "leakscope.ResourceReclaimed")).extracting(e -> e.getString("kind") + "#" + e.getLong("handleId"))
                .containsExactly("socket#" + (AGENT_ID + 1));
    }

    @Test
    void isObservedOnlyWithARecordingOrAnObserver() throws Exception {
        assertThat(ExternalHandles.isObserved()).isFalse();
        try (AutoCloseable observing = Leakscope.observe(new HandleObserver() {
            @Override
            public void acquired(Handle handle, String description, Session session) {
            }

            @Override
            public void released(Handle handle) {
            }
        })) {
            assertThat(ExternalHandles.isObserved()).isTrue();
        }
        record(() -> assertThat(ExternalHandles.isObserved()).isTrue());
    }
}
