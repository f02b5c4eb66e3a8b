package leakscope.recorder;

import java.lang.ref.Cleaner;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import leakscope.recorder.internal.JfrEvents;
import leakscope.recorder.internal.WatchReference;

/**
 * The watched objects not yet reclaimed. Each has a {@link WatchReference} kept here, so that a heap dump
 * names it, and a cleaner action that drops the reference and emits {@code leakscope.ObjectReclaimed}.
 */
final class Watches {
    private static final AtomicLong IDS = new AtomicLong();

    static {
        // a heap dump shows which JVM wrote it only if ProcessHandle.current() ran there (its pid is a static)
        ProcessHandle.current();
    }
    // strongly held until reclaimed: a reference that is itself garbage is not in a heap dump
    private static final Map<WatchReference, Watch> LIVE = new ConcurrentHashMap<>();

    private Watches() {
    }

    static Watch watch(Object object, String description, Session session, Cleaner cleaner) {
        long id = IDS.incrementAndGet();
        Watch watch = new Watch(id, object.getClass().getName(), description);
        WatchReference reference = new WatchReference(object, id);
        LIVE.put(reference, watch);
        // the action holds the reference and the watch, never the object, or the object could not be collected
        cleaner.register(object, new Reclaim(reference, watch));
        JfrEvents.objectWatch(id, watch.type(), description, session == null ? 0 : session.id());
        return watch;
    }

    /** How many watched objects the collector has not freed yet. */
    static int unreclaimed() {
        return LIVE.size();
    }

    private record Reclaim(WatchReference reference, Watch watch) implements Runnable {
        @Override
        public void run() {
            LIVE.remove(reference);
            watch.markReclaimed();
            JfrEvents.objectReclaimed(watch.id());
        }
    }
}
