package leakscope.recorder;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import leakscope.recorder.internal.JfrEvents;
import leakscope.recorder.internal.WatchReference;

/**
 * The watched objects not yet reclaimed. Each has a {@link WatchReference} kept here, so that a heap dump
 * names it; a daemon thread, a cleaner of our own, takes each from its queue once the collector has freed
 * the object, drops it and emits {@code leakscope.ObjectReclaimed}. Nothing here holds a watched object.
 */
final class Watches {
    private static final AtomicLong IDS = new AtomicLong();
    // strongly held until reclaimed: a reference that is itself garbage is neither enqueued nor in a heap dump
    private static final Map<WatchReference, Watch> LIVE = new ConcurrentHashMap<>();
    private static final ReferenceQueue<Object> RECLAIMED = new ReferenceQueue<>();

    static {
        // a heap dump shows which JVM wrote it only if ProcessHandle.current() ran there (its pid is a static)
        ProcessHandle.current();
        Thread reclaimer = new Thread(Watches::emitReclaims, "leakscope-reclaims");
        reclaimer.setDaemon(true);
        reclaimer.start();
    }

    private Watches() {
    }

    static Watch watch(Object object, String description, Session session) {
        long id = IDS.incrementAndGet();
        Watch watch = new Watch(id, object.getClass().getName(), description);
        LIVE.put(new WatchReference(object, id, RECLAIMED), watch);
        JfrEvents.objectWatch(id, watch.type(), description, session == null ? 0 : session.id());
        return watch;
    }

    /** How many watched objects the collector has not freed yet. */
    static int unreclaimed() {
        return LIVE.size();
    }

    private static void emitReclaims() {
        while (true) {
            try {
                Reference<?> reference = RECLAIMED.remove();
                Watch watch = LIVE.remove(reference);
                if (watch != null) {
                    watch.markReclaimed();
                    JfrEvents.objectReclaimed(watch.id());
                }
            } catch (InterruptedException e) {
                // a daemon that nobody interrupts on purpose: keep draining
            } catch (RuntimeException e) {
                // never let one failed emit stop the reclaims of every later watch
            }
        }
    }
}
