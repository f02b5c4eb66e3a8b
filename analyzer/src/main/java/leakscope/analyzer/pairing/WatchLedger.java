package leakscope.analyzer.pairing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.Stack;
import leakscope.analyzer.verdict.VerdictRules;

/**
 * Pairs the watches of one JVM run with their reclaims, in time order although they arrive in file order
 * (the cleaner thread's reclaim may be read before the watch), and judges the unreclaimed ones by the old
 * collections that ran after them. Memory grows with the watches not yet reclaimed, not with the events.
 */
public final class WatchLedger {
    private final Map<Long, Watch> pending = new HashMap<>();
    // reclaims read before their watch; those of watches made before the recording never meet one
    private final Set<Long> earlyReclaims = new HashSet<>();
    private final Set<Stack> stacks = Collections.newSetFromMap(new IdentityHashMap<>());
    private long lastOldCollectionStartNanos = Long.MIN_VALUE;
    private int recording;
    private long watched;
    private long reclaimed;

    private record Watch(long watchId, String type, String description, long sessionId, long timeNanos, String thread,
            Stack stack, int recording) {
    }

    /** Events read from now on belong to the recording with this index. */
    public void beginRecording(int recordingIndex) {
        recording = recordingIndex;
    }

    public void watch(long watchId, String type, String description, long sessionId, long timeNanos, String thread,
            Stack stack) {
        watched++;
        stacks.add(stack);
        if (earlyReclaims.remove(watchId)) {
            reclaimed++;
            return;
        }
        pending.put(watchId, new Watch(watchId, type, description, sessionId, timeNanos, thread, stack, recording));
    }

    public void reclaimed(long watchId, long timeNanos) {
        if (pending.remove(watchId) != null) {
            reclaimed++;
        } else {
            earlyReclaims.add(watchId);
        }
    }

    /** A {@code jdk.GarbageCollection}: only its name and start matter (it ended: it is in the recording). */
    public void collection(String name, long startNanos) {
        if (OldCollections.isOld(name)) {
            lastOldCollectionStartNanos = Math.max(lastOldCollectionStartNanos, startNanos);
        }
    }

    /** Folds in the ledger of a later part of the same timeline (read in parallel). */
    public void absorb(WatchLedger later) {
        watched += later.watched;
        reclaimed += later.reclaimed;
        stacks.addAll(later.stacks);
        lastOldCollectionStartNanos = Math.max(lastOldCollectionStartNanos, later.lastOldCollectionStartNanos);
        // a later part's reclaims may close this part's watches; its watches cannot meet this part's reclaims
        for (long watchId : later.earlyReclaims) {
            reclaimed(watchId, 0);
        }
        pending.putAll(later.pending);
    }

    /** The watches never reclaimed, judged by {@link VerdictRules#unreclaimedWatch}. */
    public List<JudgedHandle> unreclaimed(long endNanos, VerdictRules rules) {
        List<JudgedHandle> leaks = new ArrayList<>(pending.size());
        for (Watch w : pending.values()) {
            Reason reason = rules.unreclaimedWatch(lastOldCollectionStartNanos > w.timeNanos());
            leaks.add(new JudgedHandle(reason, w.watchId(), w.type(), w.description(), w.sessionId(), w.thread(), w.timeNanos(),
                    Math.max(0, endNanos - w.timeNanos()), w.stack(), w.recording()));
        }
        return leaks;
    }

    /** Every distinct watch stack: the basis of the site rule for watches. */
    public Set<Stack> stacks() {
        return Collections.unmodifiableSet(stacks);
    }

    public long watched() {
        return watched;
    }

    public long reclaimed() {
        return reclaimed;
    }
}
