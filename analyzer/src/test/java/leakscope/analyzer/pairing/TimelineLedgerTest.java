package leakscope.analyzer.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import leakscope.analyzer.event.Event;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.Stack;
import org.junit.jupiter.api.Test;

/** Events fed straight in, in the file orders that per-thread buffers produce. */
class TimelineLedgerTest {
    private final TimelineLedger ledger = new TimelineLedger(0, 1_000);

    private void acquire(long id, long time) {
        ledger.accept(new Event.Acquire(id, "file", "f" + id, 0, time, "main", Stack.EMPTY));
    }

    @Test
    void releaseBeforeAcquireInFileOrderStillPairs() {
        ledger.accept(new Event.Release(1, 20));
        acquire(1, 10);
        TimelineOutcome outcome = ledger.finish(true, false);
        assertThat(outcome.judged()).isEmpty();
        assertThat(outcome.released()).isEqualTo(1);
        assertThat(outcome.anomalies().unmatchedReleases()).isZero();
    }

    @Test
    void aSecondReleaseIsADoubleReleaseWhicheverOrderTheyArrive() {
        ledger.accept(new Event.Release(1, 20));
        ledger.accept(new Event.Release(1, 30));
        acquire(1, 10);
        acquire(2, 10);
        ledger.accept(new Event.Release(2, 20));
        ledger.accept(new Event.Release(2, 25));
        TimelineOutcome outcome = ledger.finish(true, false);
        assertThat(outcome.anomalies().doubleReleases()).isEqualTo(2);
        assertThat(outcome.anomalies().unmatchedReleases()).isZero();
        assertThat(outcome.released()).isEqualTo(2);
    }

    @Test
    void aReleaseOfAnIdNeverAcquiredIsUnmatched() {
        ledger.accept(new Event.Release(7, 20));
        TimelineOutcome outcome = ledger.finish(true, false);
        assertThat(outcome.anomalies().unmatchedReleases()).isEqualTo(1);
        assertThat(outcome.judged()).isEmpty();
    }

    @Test
    void aReusedIdIsANewHandleAfterItsRelease() {
        acquire(1, 10);
        ledger.accept(new Event.Release(1, 20));
        acquire(1, 30);
        TimelineOutcome outcome = ledger.finish(true, false);
        assertThat(outcome.judged()).extracting(JudgedHandle::acquireNanos).containsExactly(30L);
        assertThat(outcome.anomalies().doubleReleases()).isZero();
    }

    @Test
    void aReclaimReadBeforeAnEarlierReleaseMeansNothing() {
        acquire(1, 10);
        ledger.accept(new Event.Reclaimed(1, 50));
        ledger.accept(new Event.Release(1, 20));
        TimelineOutcome outcome = ledger.finish(true, false);
        assertThat(outcome.judged()).isEmpty();
        assertThat(outcome.released()).isEqualTo(1);
    }

    @Test
    void aReclaimReadBeforeItsAcquireIsStillALeak() {
        ledger.accept(new Event.Reclaimed(1, 50));
        acquire(1, 10);
        TimelineOutcome outcome = ledger.finish(false, false);
        assertThat(outcome.judged()).extracting(JudgedHandle::reason, JudgedHandle::heldNanos)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Reason.RECLAIMED, 40L));
    }

    @Test
    void aSessionStopReadBeforeItsHandlesReleasesCountsOnlyThoseReleasedAfterIt() {
        ledger.accept(new Event.SessionStart(5, "request", 0, 1));
        ledger.accept(new Event.Acquire(1, "socket", "", 5, 10, "t", Stack.EMPTY));
        ledger.accept(new Event.Acquire(2, "socket", "", 5, 11, "t", Stack.EMPTY));
        ledger.accept(new Event.Acquire(3, "socket", "", 5, 12, "t", Stack.EMPTY));
        ledger.accept(new Event.SessionStop(5, 100));
        ledger.accept(new Event.Release(1, 50));   // before the stop in time: not held at stop
        ledger.accept(new Event.Release(2, 150));  // after the stop: held at stop, but released, so no leak
        TimelineOutcome outcome = ledger.finish(true, false);
        assertThat(outcome.judged()).extracting(JudgedHandle::handleId, JudgedHandle::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, Reason.SESSION_STOPPED));
        assertThat(outcome.stoppedHolding()).extracting(s -> s.session().name() + ":" + s.session().handles()).containsExactly("request:2");
    }

    @Test
    void releasesReadBeforeTheSessionStopWaitForIt() {
        ledger.accept(new Event.SessionStart(5, "request", 0, 1));
        ledger.accept(new Event.Acquire(1, "socket", "", 5, 10, "t", Stack.EMPTY));
        ledger.accept(new Event.Acquire(2, "socket", "", 5, 11, "t", Stack.EMPTY));
        ledger.accept(new Event.Release(1, 50));
        ledger.accept(new Event.Release(2, 150));
        ledger.accept(new Event.SessionStop(5, 100));
        TimelineOutcome outcome = ledger.finish(true, false);
        assertThat(outcome.judged()).isEmpty();
        assertThat(outcome.stoppedHolding()).extracting(s -> s.session().name() + ":" + s.session().handles()).containsExactly("request:1");
        assertThat(outcome.neverStopped()).isEmpty();
    }

    @Test
    void withDataLossAnUnreleasedHandleIsSuspectedButASessionStopStaysCertain() {
        ledger.accept(new Event.SessionStart(5, "request", 0, 1));
        ledger.accept(new Event.Acquire(1, "socket", "", 5, 10, "t", Stack.EMPTY));
        ledger.accept(new Event.SessionStop(5, 100));
        acquire(2, 10);
        TimelineOutcome outcome = ledger.finish(true, true);
        assertThat(outcome.judged()).extracting(JudgedHandle::handleId, JudgedHandle::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(1L, Reason.SESSION_STOPPED),
                org.assertj.core.groups.Tuple.tuple(2L, Reason.DATA_LOSS));
    }

    @Test
    void anotherThreadsAcquireReadAfterItsSessionClosedStillCountsForIt() {
        ledger.accept(new Event.SessionStart(5, "test", 0, 1));
        ledger.accept(new Event.SessionStop(5, 100)); // read first: the worker's buffer reached the file later
        ledger.accept(new Event.Acquire(1, "socket", "", 5, 50, "worker", Stack.EMPTY));
        TimelineOutcome outcome = ledger.finish(false, false);
        assertThat(outcome.judged()).extracting(JudgedHandle::reason).containsExactly(Reason.SESSION_STOPPED);
        assertThat(outcome.stoppedHolding()).extracting(s -> s.session().name() + ":" + s.session().handles()).containsExactly("test:1");
    }

    @Test
    void aHandleReclaimedAfterItsSessionStoppedWasLeakedByTheStopAndOneReclaimedBeforeByTheCollection() {
        ledger.accept(new Event.SessionStart(5, "request", 0, 1));
        ledger.accept(new Event.Acquire(1, "socket", "", 5, 10, "t", Stack.EMPTY));
        ledger.accept(new Event.Acquire(2, "socket", "", 5, 11, "t", Stack.EMPTY));
        ledger.accept(new Event.Reclaimed(2, 60)); // collected while the session still ran
        ledger.accept(new Event.SessionStop(5, 100));
        ledger.accept(new Event.Reclaimed(1, 200)); // collected after the session had stopped holding it
        TimelineOutcome outcome = ledger.finish(true, false);
        assertThat(outcome.judged()).extracting(JudgedHandle::handleId, JudgedHandle::reason, JudgedHandle::heldNanos)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(1L, Reason.SESSION_STOPPED, 190L),
                        org.assertj.core.groups.Tuple.tuple(2L, Reason.RECLAIMED, 49L));
        assertThat(outcome.stoppedHolding()).extracting(s -> s.session().name() + ":" + s.session().handles()).containsExactly("request:1");
    }
}
