package leakscope.analyzer.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.Stack;
import org.junit.jupiter.api.Test;

/** Events fed straight in, in the file orders that per-thread buffers produce. */
class HandleLedgerTest {
    private final HandleLedger ledger = new HandleLedger(0, 1_000);

    private void acquire(long id, long time) {
        ledger.acquire(id, "file", "f" + id, 0, time, "main", Stack.EMPTY);
    }

    @Test
    void releaseBeforeAcquireInFileOrderStillPairs() {
        ledger.release(1, 20);
        acquire(1, 10);
        TimelineOutcome outcome = ledger.finish(true, false);
        assertThat(outcome.leaks()).isEmpty();
        assertThat(outcome.released()).isEqualTo(1);
        assertThat(outcome.anomalies().unmatchedReleases()).isZero();
    }

    @Test
    void aSecondReleaseIsADoubleReleaseWhicheverOrderTheyArrive() {
        ledger.release(1, 20);
        ledger.release(1, 30);
        acquire(1, 10);
        acquire(2, 10);
        ledger.release(2, 20);
        ledger.release(2, 25);
        TimelineOutcome outcome = ledger.finish(true, false);
        assertThat(outcome.anomalies().doubleReleases()).isEqualTo(2);
        assertThat(outcome.anomalies().unmatchedReleases()).isZero();
        assertThat(outcome.released()).isEqualTo(2);
    }

    @Test
    void aReleaseOfAnIdNeverAcquiredIsUnmatched() {
        ledger.release(7, 20);
        TimelineOutcome outcome = ledger.finish(true, false);
        assertThat(outcome.anomalies().unmatchedReleases()).isEqualTo(1);
        assertThat(outcome.leaks()).isEmpty();
    }

    @Test
    void aReusedIdIsANewHandleAfterItsRelease() {
        acquire(1, 10);
        ledger.release(1, 20);
        acquire(1, 30);
        TimelineOutcome outcome = ledger.finish(true, false);
        assertThat(outcome.leaks()).extracting(Leak::acquireNanos).containsExactly(30L);
        assertThat(outcome.anomalies().doubleReleases()).isZero();
    }

    @Test
    void aReclaimReadBeforeAnEarlierReleaseMeansNothing() {
        acquire(1, 10);
        ledger.reclaimed(1, 50);
        ledger.release(1, 20);
        TimelineOutcome outcome = ledger.finish(true, false);
        assertThat(outcome.leaks()).isEmpty();
        assertThat(outcome.released()).isEqualTo(1);
    }

    @Test
    void aReclaimReadBeforeItsAcquireIsStillALeak() {
        ledger.reclaimed(1, 50);
        acquire(1, 10);
        TimelineOutcome outcome = ledger.finish(false, false);
        assertThat(outcome.leaks()).extracting(Leak::reason, Leak::heldNanos)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Reason.RECLAIMED, 40L));
    }

    @Test
    void aSessionStopReadBeforeItsHandlesReleasesCountsOnlyThoseReleasedAfterIt() {
        ledger.sessionStart(5, "request", 0, 1);
        ledger.acquire(1, "socket", "", 5, 10, "t", Stack.EMPTY);
        ledger.acquire(2, "socket", "", 5, 11, "t", Stack.EMPTY);
        ledger.acquire(3, "socket", "", 5, 12, "t", Stack.EMPTY);
        ledger.sessionStop(5, 100);
        ledger.release(1, 50);   // before the stop in time: not held at stop
        ledger.release(2, 150);  // after the stop: held at stop, but released, so no leak
        TimelineOutcome outcome = ledger.finish(true, false);
        assertThat(outcome.leaks()).extracting(Leak::handleId, Leak::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, Reason.SESSION_STOPPED));
        assertThat(outcome.stoppedHolding()).extracting(s -> s.name() + ":" + s.handles()).containsExactly("request:2");
    }

    @Test
    void releasesReadBeforeTheSessionStopWaitForIt() {
        ledger.sessionStart(5, "request", 0, 1);
        ledger.acquire(1, "socket", "", 5, 10, "t", Stack.EMPTY);
        ledger.acquire(2, "socket", "", 5, 11, "t", Stack.EMPTY);
        ledger.release(1, 50);
        ledger.release(2, 150);
        ledger.sessionStop(5, 100);
        TimelineOutcome outcome = ledger.finish(true, false);
        assertThat(outcome.leaks()).isEmpty();
        assertThat(outcome.stoppedHolding()).extracting(s -> s.name() + ":" + s.handles()).containsExactly("request:1");
        assertThat(outcome.neverStopped()).isEmpty();
    }

    @Test
    void withDataLossAnUnreleasedHandleIsSuspectedButASessionStopStaysCertain() {
        ledger.sessionStart(5, "request", 0, 1);
        ledger.acquire(1, "socket", "", 5, 10, "t", Stack.EMPTY);
        ledger.sessionStop(5, 100);
        acquire(2, 10);
        TimelineOutcome outcome = ledger.finish(true, true);
        assertThat(outcome.leaks()).extracting(Leak::handleId, Leak::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(1L, Reason.SESSION_STOPPED),
                org.assertj.core.groups.Tuple.tuple(2L, Reason.DATA_LOSS));
    }

    @Test
    void anotherThreadsAcquireReadAfterItsSessionClosedStillCountsForIt() {
        ledger.sessionStart(5, "test", 0, 1);
        ledger.sessionStop(5, 100); // read first: the worker's buffer reached the file later
        ledger.acquire(1, "socket", "", 5, 50, "worker", Stack.EMPTY);
        TimelineOutcome outcome = ledger.finish(false, false);
        assertThat(outcome.leaks()).extracting(Leak::reason).containsExactly(Reason.SESSION_STOPPED);
        assertThat(outcome.stoppedHolding()).extracting(s -> s.name() + ":" + s.handles()).containsExactly("test:1");
    }
}
