package leakscope.analyzer.pairing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import leakscope.analyzer.event.Event;
import leakscope.analyzer.model.Stack;
import leakscope.analyzer.verdict.VerdictRules;

/**
 * Pairs the watches of one JVM run with their reclaims, in time order although they arrive in file order
 * (the reclaimer thread's event may be read before the watch), and keeps when the last old-generation or
 * full collection started, which judges the watches never reclaimed. Memory grows with the watches not yet
 * reclaimed, not with the events.
 */
public final class WatchLedger {
    private final Map<Long, Watched> pending = new HashMap<>();
    // reclaims read before their watch; those of watches made before the recording never meet one
    private final Set<Long> earlyReclaims = new HashSet<>();
    private final Set<Stack> stacks = Collections.newSetFromMap(new IdentityHashMap<>());
    private long lastOldCollectionStartNanos = Long.MIN_VALUE;
    private int recording;

    private record Watched(Event.ObjectWatch watch, int recording) {
    }

    /** What the timeline's watches left: the unreclaimed ones judged, and every watch stack. */
    public record Outcome(List<JudgedHandle> judged, Set<Stack> stacks) {
    }

    void beginRecording(int recordingIndex) {
        recording = recordingIndex;
    }

    void watch(Event.ObjectWatch watch) {
        stacks.add(watch.stack());
        if (!earlyReclaims.remove(watch.watchId())) {
            pending.put(watch.watchId(), new Watched(watch, recording));
        }
    }

    void reclaimed(long watchId) {
        if (pending.remove(watchId) == null) {
            earlyReclaims.add(watchId);
        }
    }

    /** Only old-generation and full collections count: a young one cannot free an old object. */
    void collection(Event.GarbageCollection collection) {
        if (OldCollections.isOld(collection.name())) {
            lastOldCollectionStartNanos = Math.max(lastOldCollectionStartNanos, collection.startNanos());
        }
    }

    /** Takes in the ledger of the chunks read right after this one's. */
    void merge(WatchLedger later) {
        stacks.addAll(later.stacks);
        lastOldCollectionStartNanos = Math.max(lastOldCollectionStartNanos, later.lastOldCollectionStartNanos);
        // the later part's reclaims may end this part's watches; its watches cannot meet this part's reclaims
        later.earlyReclaims.forEach(this::reclaimed);
        pending.putAll(later.pending);
    }

    Outcome finish(VerdictRules rules, long endNanos) {
        List<JudgedHandle> judged = new ArrayList<>(pending.size());
        for (Watched watched : pending.values()) {
            Event.ObjectWatch w = watched.watch();
            judged.add(new JudgedHandle(rules.unreclaimedWatch(lastOldCollectionStartNanos > w.timeNanos()), w.watchId(),
                    w.type(), w.description(), w.sessionId(), w.thread(), w.timeNanos(),
                    Math.max(0, endNanos - w.timeNanos()), w.stack(), watched.recording()));
        }
        return new Outcome(judged, stacks);
    }
}
