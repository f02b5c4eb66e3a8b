package leakscope.recorder.internal;

import java.lang.ref.WeakReference;

/**
 * What names a watched object in a heap dump (CONTRACT.md §1): a {@link java.lang.ref.Reference} whose
 * class declares {@code long leakscopeWatchId}. The recorder keeps one strongly until the object is
 * reclaimed, so a dump holds it next to its referent; being weak, it never keeps the object alive.
 */
public final class WatchReference extends WeakReference<Object> {
    // read by heap-dump analysis by name; the field name is the contract
    private final long leakscopeWatchId;

    public WatchReference(Object referent, long watchId) {
        super(referent);
        this.leakscopeWatchId = watchId;
    }

    public long watchId() {
        return leakscopeWatchId;
    }
}
