package leakscope.analyzer.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import leakscope.analyzer.event.Event;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.Stack;
import leakscope.analyzer.verdict.VerdictRules;
import org.junit.jupiter.api.Test;

class WatchLedgerTest {
    private static final VerdictRules EXITED = new VerdictRules(true, false);

    private static Event.ObjectWatch watch(long id, long timeNanos) {
        return new Event.ObjectWatch(id, "com.acme.State", "state " + id, 0, timeNanos, "main", Stack.EMPTY);
    }

    @Test
    void aReclaimReadBeforeItsWatchEndsItAndOnlyAnOldCollectionAfterAWatchMakesItStillReachable() {
        WatchLedger ledger = new WatchLedger();
        ledger.reclaimed(1); // the reclaimer thread's buffer reached the file first
        ledger.watch(watch(1, 10));
        ledger.watch(watch(2, 20));
        ledger.watch(watch(3, 40));
        ledger.collection(new Event.GarbageCollection("G1New", 50)); // young: frees nothing old
        ledger.collection(new Event.GarbageCollection("G1Full", 30));

        assertThat(ledger.finish(EXITED, 100).judged()).extracting(JudgedHandle::handleId, JudgedHandle::reason)
                .containsExactlyInAnyOrder(tuple(2L, Reason.STILL_REACHABLE),
                        tuple(3L, Reason.NOT_COLLECTED_YET));
    }

    @Test
    void mergingALaterPartLetsItsReclaimsEndThisPartsWatchesAndKeepsTheLatestOldCollection() {
        WatchLedger first = new WatchLedger();
        first.watch(watch(1, 10));
        first.watch(watch(2, 20));
        WatchLedger later = new WatchLedger();
        later.reclaimed(1);
        later.watch(watch(3, 60));
        later.collection(new Event.GarbageCollection("G1Old", 70));

        first.merge(later);

        assertThat(first.finish(EXITED, 100).judged()).extracting(JudgedHandle::handleId, JudgedHandle::reason)
                .containsExactlyInAnyOrder(tuple(2L, Reason.STILL_REACHABLE),
                        tuple(3L, Reason.STILL_REACHABLE));
        assertThat(new WatchLedger().finish(new VerdictRules(true, true), 100).judged()).isEmpty();
    }
}
