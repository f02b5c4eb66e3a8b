package leakscope.recorder;

import java.util.Objects;
import leakscope.recorder.internal.JfrEvents;

/**
 * For tools that bring their own handle ids, such as leakscope's Java agent (ids from 2^62): their
 * handles use the recorder's events, the thread's current {@link Session} and the registered
 * {@link HandleObserver}s exactly like {@link Leakscope#acquire}'s. An application never needs this.
 *
 * <p>The ids must not collide with the recorder's own, which count from 1 in the same JVM.
 */
public final class ExternalHandles {
    private ExternalHandles() {
    }

    /**
     * Whether an acquire would be seen by anyone: a recording enables acquire events, or an observer
     * is registered. A tool may skip its own bookkeeping when it is not.
     */
    public static boolean isObserved() {
        return JfrEvents.isAcquireEnabled() || Leakscope.observers().length > 0;
    }

    /**
     * Marks a resource as acquired by the current thread's session (if any) under {@code id}.
     * Release it with {@link Handle#release()}; never throws except for a null kind.
     *
     * @param description what the resource is (a path, an address); may be null
     */
    public static Handle acquire(String kind, long id, String description) {
        Objects.requireNonNull(kind, "kind");
        Handle handle = new Handle(kind, id);
        JfrEvents.acquire(kind, id, description, Session.currentId());
        for (HandleObserver observer : Leakscope.observers()) {
            observer.acquired(handle, description, Session.currentOrNull());
        }
        return handle;
    }

    /**
     * The resource of {@code handle} was garbage-collected (or closed by the JDK's cleaner) while
     * the handle was held: emits {@code leakscope.ResourceReclaimed} unless the handle already ended.
     */
    public static void reclaimed(Handle handle) {
        handle.reclaimIfHeld();
    }
}
