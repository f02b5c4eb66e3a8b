package leakscope.analyzer.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import leakscope.analyzer.event.Event;
import leakscope.analyzer.model.AnomalyGroup;
import leakscope.analyzer.model.Frame;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.Stack;
import leakscope.analyzer.verdict.VerdictRules;
import org.junit.jupiter.api.Test;

/** Two ledgers read consecutive chunks of one timeline; merged, they know what one ledger reading both would. */
class HandleLedgerTest {
    private static final VerdictRules AT_EXIT = new VerdictRules(true, false);

    private final HandleLedger earlier = ledger(0);
    private final HandleLedger later = ledger(1);

    private static HandleLedger ledger(int recording) {
        SeriesLedger series = new SeriesLedger(0, 1_000);
        HandleLedger ledger = new HandleLedger(new SessionLedger(series), series);
        ledger.beginRecording(recording);
        return ledger;
    }

    private static void acquire(HandleLedger ledger, long id, long time) {
        ledger.acquire(new Event.Acquire(id, "file", "f" + id, 0, time, "main", Stack.EMPTY));
    }

    @Test
    void aReleaseInTheLaterPartEndsAHandleAcquiredInTheEarlierOne() {
        acquire(earlier, 1, 10);
        later.release(new Event.Release(1, 20));
        earlier.merge(later);
        HandleLedger.Outcome outcome = earlier.finish(AT_EXIT, 1_000);
        assertThat(outcome.judged()).isEmpty();
        assertThat(outcome.acquired()).isEqualTo(1);
        assertThat(outcome.released()).isEqualTo(1);
        assertThat(outcome.anomalies().unmatchedReleases()).isZero();
    }

    @Test
    void aHandleStillOpenInTheLaterPartIsJudgedWithItsOwnRecording() {
        acquire(earlier, 1, 10);
        earlier.release(new Event.Release(1, 15));
        acquire(later, 2, 30);
        earlier.merge(later);
        assertThat(earlier.finish(AT_EXIT, 1_000).judged())
                .extracting(JudgedHandle::handleId, JudgedHandle::reason, JudgedHandle::recording, JudgedHandle::heldNanos)
                .containsExactly(tuple(2L, Reason.OPEN_AT_EXIT, 1, 970L));
    }

    @Test
    void aReleaseOfAnIdNeitherPartAcquiredStaysUnmatched() {
        acquire(earlier, 1, 10);
        later.release(new Event.Release(7, 20));
        later.release(new Event.Release(1, 25));
        earlier.merge(later);
        HandleLedger.Outcome outcome = earlier.finish(AT_EXIT, 1_000);
        assertThat(outcome.anomalies().unmatchedReleases()).isEqualTo(1);
        assertThat(outcome.anomalies().doubleReleases()).isZero();
        assertThat(outcome.judged()).isEmpty();
    }

    @Test
    void aSecondReleaseInTheLaterPartIsADoubleRelease() {
        acquire(earlier, 1, 10);
        earlier.release(new Event.Release(1, 20));
        later.release(new Event.Release(1, 30));
        earlier.merge(later);
        HandleLedger.Outcome outcome = earlier.finish(AT_EXIT, 1_000);
        assertThat(outcome.anomalies().doubleReleases()).isEqualTo(1);
        assertThat(outcome.anomalies().unmatchedReleases()).isZero();
    }

    @Test
    void aReclaimInTheLaterPartOfAHandleFromTheEarlierOneIsALeak() {
        acquire(earlier, 1, 10);
        later.reclaimed(1, 60);
        earlier.merge(later);
        assertThat(earlier.finish(AT_EXIT, 1_000).judged()).extracting(JudgedHandle::reason, JudgedHandle::heldNanos)
                .containsExactly(tuple(Reason.RECLAIMED, 50L));
    }

    @Test
    void aDoubleReleaseInTheLaterPartNamesTheAcquireOfTheEarlierOne() {
        Stack owner = new Stack(List.of(new Frame("com.acme.Owner", "open", "()V", 12, false)));
        Stack closer = new Stack(List.of(new Frame("com.acme.Closer", "close", "()V", 30, false)));
        earlier.acquire(new Event.Acquire(1, "file", "f1", 0, 10, "main", owner));
        earlier.release(new Event.Release(1, 20));
        later.release(new Event.Release(1, "file", 30, closer));
        later.release(new Event.Release(9, "pipe", 40, Stack.EMPTY));
        earlier.merge(later);
        ReleaseAnomalies anomalies = earlier.finish(AT_EXIT, 1_000).anomalies();
        assertThat(anomalies.counts()).containsOnly(
                entry(new ReleaseAnomalies.Key(AnomalyGroup.Type.DOUBLE_RELEASE, "file", owner, closer), 1L),
                entry(new ReleaseAnomalies.Key(AnomalyGroup.Type.UNMATCHED_RELEASE, "pipe", null, Stack.EMPTY), 1L));
    }

    @Test
    void aDoubleReleaseLongAfterTheFirstIsCountedWithoutItsAcquire() {
        earlier.acquire(new Event.Acquire(1, "file", "f1", 0, 10, "main", Stack.EMPTY));
        earlier.release(new Event.Release(1, 20));
        for (long id = 2; id < 2 + 4 * RecentReleases.SLOTS; id++) { // pushes handle 1 out of the recent releases
            acquire(earlier, id, 21);
            earlier.release(new Event.Release(id, 22));
        }
        earlier.release(new Event.Release(1, "", 30, Stack.EMPTY));
        ReleaseAnomalies anomalies = earlier.finish(AT_EXIT, 1_000).anomalies();
        assertThat(anomalies.doubleReleases()).isEqualTo(1);
        assertThat(anomalies.counts()).containsOnly(
                entry(new ReleaseAnomalies.Key(AnomalyGroup.Type.DOUBLE_RELEASE, "", null, Stack.EMPTY), 1L));
    }
}
