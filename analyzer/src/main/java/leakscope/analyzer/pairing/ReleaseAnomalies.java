package leakscope.analyzer.pairing;

import java.util.HashMap;
import java.util.Map;
import leakscope.analyzer.model.Anomalies;
import leakscope.analyzer.model.AnomalyGroup;
import leakscope.analyzer.model.Stack;

/**
 * Double and unmatched releases of one timeline: their totals, and counts by (type, kind, acquire stack, release
 * stack) for at most {@link Anomalies#GROUP_LIMIT} distinct keys. Stacks are the reader's interned ones, so a
 * key costs a few references; sites are resolved once the timeline's acquire stacks are all known.
 */
public final class ReleaseAnomalies {
    /** Kinds are kept to this many characters: a hostile emitter's megabyte kinds must not pile up here. */
    static final int KIND_CHARS = 1_000;

    private final Map<Key, Long> counts = new HashMap<>();
    private long doubleReleases;
    private long unmatchedReleases;

    /**
     * One group before its sites are resolved.
     *
     * @param acquireStack the released handle's acquire stack; null when not known
     * @param releaseStack {@link Stack#EMPTY} for releases that carried none
     */
    public record Key(AnomalyGroup.Type type, String kind, Stack acquireStack, Stack releaseStack) {
    }

    /** @param acquired the handle released again, or null when the analyser no longer knew it */
    void doubleRelease(String kind, Stack releaseStack, OpenHandle acquired) {
        doubleReleases++;
        String named = kind.isEmpty() && acquired != null ? acquired.kind : kind;
        count(new Key(AnomalyGroup.Type.DOUBLE_RELEASE, bounded(named), acquired == null ? null : acquired.stack,
                releaseStack), 1);
    }

    void unmatchedRelease(String kind, Stack releaseStack) {
        unmatchedReleases++;
        count(new Key(AnomalyGroup.Type.UNMATCHED_RELEASE, bounded(kind), null, releaseStack), 1);
    }

    /** Takes in the anomalies another ledger of the same timeline found in its own chunks. */
    void merge(ReleaseAnomalies later) {
        doubleReleases += later.doubleReleases;
        unmatchedReleases += later.unmatchedReleases;
        later.counts.forEach(this::count);
    }

    public long doubleReleases() {
        return doubleReleases;
    }

    public long unmatchedReleases() {
        return unmatchedReleases;
    }

    /** The counts by key; they add up to the totals unless the group limit was reached. */
    public Map<Key, Long> counts() {
        return Map.copyOf(counts);
    }

    private void count(Key key, long count) {
        if (counts.size() < Anomalies.GROUP_LIMIT || counts.containsKey(key)) {
            counts.merge(key, count, Long::sum);
        }
    }

    static String bounded(String kind) {
        return kind.length() <= KIND_CHARS ? kind : kind.substring(0, KIND_CHARS) + "…";
    }
}
