package leakscope.recorder;

import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import leakscope.recorder.internal.JfrEvents;

/**
 * One acquired resource. {@link #release()} (or {@link #close()}) emits
 * {@code leakscope.ResourceRelease} exactly once, however often it is called and from whichever
 * thread. Obtain handles from {@link Leakscope#acquire} or {@link Leakscope#track}.
 */
public final class Handle implements AutoCloseable {
    private static final AtomicIntegerFieldUpdater<Handle> ENDED =
            AtomicIntegerFieldUpdater.newUpdater(Handle.class, "ended");

    private final String kind;
    private final long id;
    // 1 once released or reclaimed: the two are exclusive, whichever happens first wins
    private volatile int ended;
    private volatile Cleaner.Cleanable cleanable;

    Handle(String kind, long id) {
        this.kind = kind;
        this.id = id;
    }

    /** The resource type given at acquire, e.g. {@code file}. */
    public String kind() {
        return kind;
    }

    /** The process-wide unique id of this handle (the first handle of a JVM is 1). */
    public long id() {
        return id;
    }

    /** Whether this handle was released (or its tracked object reclaimed). */
    public boolean isReleased() {
        return ended != 0;
    }

    /** Releases the handle. Idempotent and thread-safe; never throws. */
    public void release() {
        if (ENDED.compareAndSet(this, 0, 1)) {
            JfrEvents.release(kind, id);
            Leakscope.notifyReleased(this);
            Cleaner.Cleanable registration = cleanable;
            if (registration != null) {
                registration.clean(); // deregisters; the action sees the handle ended and stays silent
            }
        }
    }

    /** Same as {@link #release()}, so handles work in try-with-resources. */
    @Override
    public void close() {
        release();
    }

    void watch(Object resource, Cleaner cleaner) {
        // the action captures this handle only, never the resource, or the resource could not be collected
        cleanable = cleaner.register(resource, this::reclaimIfHeld);
    }

    void reclaimIfHeld() {
        if (ENDED.compareAndSet(this, 0, 1)) {
            JfrEvents.reclaimed(kind, id);
        }
    }

    @Override
    public String toString() {
        return kind + "#" + id + (isReleased() ? " (released)" : "");
    }
}
