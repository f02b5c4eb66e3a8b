package leakscope.agent;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import leakscope.recorder.ExternalHandles;
import leakscope.recorder.Handle;

/**
 * The agent's open handles, keyed by the identity of what owns the descriptor (its FileDescriptor,
 * or the selector or directory stream), weakly: a key collected while still here is a handle whose
 * object the program dropped without closing it, reported as reclaimed by a daemon thread. JDK
 * classes cannot gain fields when retransformed, so this is the only place for per-handle state.
 */
final class HandleTable {
    private final ConcurrentHashMap<Object, Handle> open = new ConcurrentHashMap<>();
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

    boolean contains(Object owner) {
        return open.containsKey(new Lookup(owner));
    }

    void put(Object owner, Handle handle) {
        open.put(new WeakKey(owner, collected), handle);
    }

    boolean isEmpty() {
        return open.isEmpty();
    }

    /** The handle of {@code owner}, removed; null if not open here (never acquired, or already released). */
    Handle remove(Object owner) {
        return open.remove(new Lookup(owner));
    }

    /** Starts the daemon thread that reports collected owners as reclaimed. */
    void startReaper() {
        Thread reaper = new Thread(new Runnable() { // not a lambda: no class spun at JVM start
            @Override
            public void run() {
                reap();
            }
        }, "leakscope-agent-reaper");
        reaper.setDaemon(true);
        reaper.start();
    }

    private void reap() {
        while (true) {
            try {
                Handle handle = open.remove(collected.remove());
                if (handle != null) {
                    ExternalHandles.reclaimed(handle);
                }
            } catch (InterruptedException e) {
                return;
            } catch (Throwable t) {
                Failures.report(t);
            }
        }
    }

    /** Equal to a {@link WeakKey} of the same referent: lets a lookup avoid registering a reference. */
    private static final class Lookup {
        private final Object owner;

        Lookup(Object owner) {
            this.owner = owner;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof WeakKey key && key.get() == owner;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(owner);
        }
    }

    private static final class WeakKey extends WeakReference<Object> {
        private final int hash;

        WeakKey(Object owner, ReferenceQueue<Object> queue) {
            super(owner, queue);
            this.hash = System.identityHashCode(owner);
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Object owner = get();
            return owner != null && (other instanceof WeakKey key ? key.get() == owner
                    : other instanceof Lookup lookup && lookup.equals(this));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
