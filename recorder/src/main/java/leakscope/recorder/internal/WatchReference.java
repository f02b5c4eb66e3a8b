package leakscope.recorder.internal;

import java.lang.ref.PhantomReference;
import java.lang.ref.ReferenceQueue;

/**
 * What names a watched object in a heap dump (CONTRACT.md §1): a {@link java.lang.ref.Reference} whose
 * class declares {@code long leakscopeWatchId}. The recorder keeps one strongly until the object is
 * reclaimed, so a dump holds it next to its referent; being a phantom reference, it never keeps the object
 * alive, and its enqueueing is the reclaim (one reference per watch: the collector's reference processing is
 * most of a watch's cost).
 */
public final class WatchReference extends PhantomReference<Object> {
    // read by heap-dump analysis by name; the field name is the contract
    private final long leakscopeWatchId;

    public WatchReference(Object referent, long watchId, ReferenceQueue<Object> queue) {
        super(referent, queue);
        this.leakscopeWatchId = watchId;
    }

    public long watchId() {
        return leakscopeWatchId;
    }
}
