package leakscope.recorder;

import static leakscope.recorder.RecordedRun.named;
import static leakscope.recorder.RecordedRun.record;
import static leakscope.recorder.RecordedRun.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.Test;

class SessionEventsTest {

    @Test
    void nestedSessionsCarryParentIdsAndOwnTheirAcquires() throws Exception {
        AtomicLong outerId = new AtomicLong();
        AtomicLong innerId = new AtomicLong();
        AtomicLong inInner = new AtomicLong();
        AtomicLong afterInner = new AtomicLong();
        AtomicLong outside = new AtomicLong();
        List<RecordedEvent> events = record(() -> {
            try (Session outer = Leakscope.startSession("request")) {
                outerId.set(outer.id());
                try (Session inner = Leakscope.startSession("query")) {
                    innerId.set(inner.id());
                    assertThat(inner.parent()).contains(outer);
                    inInner.set(Leakscope.acquire("socket", "db").id());
                }
                assertThat(Session.current()).contains(outer);
                afterInner.set(Leakscope.acquire("file", "log").id());
            }
            assertThat(Session.current()).isEmpty();
            outside.set(Leakscope.acquire("file", "x").id());
        });
        List<RecordedEvent> starts = named(events, "leakscope.SessionStart");
        assertThat(starts).extracting(e -> e.getLong("sessionId") + "/" + e.getString("name") + "/" + e.getLong("parentId"))
                .containsExactly(outerId.get() + "/request/0", innerId.get() + "/query/" + outerId.get());
        assertThat(starts.get(0).getStackTrace()).isNotNull();
        assertThat(named(events, "leakscope.SessionStop")).extracting(e -> e.getLong("sessionId"))
                .containsExactly(innerId.get(), outerId.get());
        assertThat(single(events, "leakscope.ResourceAcquire", inInner.get()).getLong("sessionId")).isEqualTo(innerId.get());
        assertThat(single(events, "leakscope.ResourceAcquire", afterInner.get()).getLong("sessionId")).isEqualTo(outerId.get());
        assertThat(single(events, "leakscope.ResourceAcquire", outside.get()).getLong("sessionId")).isZero();
    }

    @Test
    void aSessionHandedToAnotherThreadOwnsItsAcquires() throws Exception {
        AtomicLong sessionId = new AtomicLong();
        AtomicLong viaEnter = new AtomicLong();
        AtomicLong viaWrap = new AtomicLong();
        AtomicLong unbound = new AtomicLong();
        List<RecordedEvent> events = record(() -> {
            try (Session session = Leakscope.startSession("job")) {
                sessionId.set(session.id());
                Thread worker = new Thread(() -> {
                    try (Session.Scope ignored = session.enter()) {
                        viaEnter.set(Leakscope.acquire("file", "part-1").id());
                    }
                    unbound.set(Leakscope.acquire("file", "stray").id());
                });
                worker.start();
                worker.join();
                Thread wrapped = new Thread(session.wrap(() -> viaWrap.set(Leakscope.acquire("file", "part-2").id())));
                wrapped.start();
                wrapped.join();
            }
        });
        assertThat(single(events, "leakscope.ResourceAcquire", viaEnter.get()).getLong("sessionId")).isEqualTo(sessionId.get());
        assertThat(single(events, "leakscope.ResourceAcquire", viaWrap.get()).getLong("sessionId")).isEqualTo(sessionId.get());
        assertThat(single(events, "leakscope.ResourceAcquire", unbound.get()).getLong("sessionId")).isZero();
    }

    @Test
    void closingASessionTwiceStopsItOnce() throws Exception {
        List<RecordedEvent> events = record(() -> {
            Session session = Leakscope.startSession("twice");
            session.close();
            session.close();
            assertThat(session.isStopped()).isTrue();
        });
        assertThat(named(events, "leakscope.SessionStop")).hasSize(1);
    }
}
