package leakscope.recorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import leakscope.recorder.internal.JfrEvents;

/**
 * A unit of work that owns resources: a request, a job, a connection. While a session is current
 * on a thread, every handle acquired on that thread belongs to it. Start one with
 * {@link Leakscope#startSession(String)} in a try-with-resources block; hand it to another thread
 * with {@link #enter()} or {@link #wrap(Runnable)}.
 */
public final class Session implements AutoCloseable {
    private static final ThreadLocal<Session> CURRENT = new ThreadLocal<>();

    private final long id;
    private final String name;
    private final Session parent;
    private final AtomicBoolean stopped = new AtomicBoolean();
    // the session's state, held strongly while it runs; null once stopped (then watched instead)
    private List<Object> attached = new ArrayList<>();

    Session(long id, String name, Session parent) {
        this.id = id;
        this.name = name;
        this.parent = parent;
    }

    static Session start(long id, String name) {
        Session parent = CURRENT.get();
        Session session = new Session(id, name, parent);
        JfrEvents.sessionStart(id, name, parent == null ? 0 : parent.id);
        CURRENT.set(session);
        return session;
    }

    /** The session current on the calling thread, if any. */
    public static Optional<Session> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static Session currentOrNull() {
        return CURRENT.get();
    }

    static long currentId() {
        Session session = CURRENT.get();
        return session == null ? 0 : session.id;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The enclosing session at start, if any. */
    public Optional<Session> parent() {
        return Optional.ofNullable(parent);
    }

    public boolean isStopped() {
        return stopped.get();
    }

    /**
     * Makes this session current on the calling thread until the returned scope is closed, which
     * restores what was current before. Use it on worker threads that do this session's work.
     */
    public Scope enter() {
        Session previous = CURRENT.get();
        CURRENT.set(this);
        return () -> CURRENT.set(previous);
    }

    /** A runnable that runs {@code task} with this session current, on whatever thread runs it. */
    public Runnable wrap(Runnable task) {
        return () -> {
            try (Scope ignored = enter()) {
                task.run();
            }
        };
    }

    /** A callable that calls {@code task} with this session current, on whatever thread calls it. */
    public <T> Callable<T> wrap(Callable<T> task) {
        return () -> {
            try (Scope ignored = enter()) {
                return task.call();
            }
        };
    }

    /**
     * Makes {@code object} part of this session's state: held strongly while the session runs, and
     * {@linkplain Leakscope#watch watched} when it stops, so that whatever still holds it after the stop
     * is reported. Attaching to a stopped session watches the object at once. Thread-safe.
     */
    public void attach(Object object) {
        Objects.requireNonNull(object, "object");
        synchronized (this) {
            if (attached != null) {
                attached.add(object);
                return;
            }
        }
        Leakscope.watch(object, "state of " + name, this);
    }

    /**
     * Stops the session (once; later calls do nothing). If it is current on this thread, its
     * parent becomes current again. Handles it still holds are reported as leaked. The session itself
     * and the objects attached to it are then {@linkplain Leakscope#watch watched}: a program that
     * keeps stopped sessions keeps their memory.
     */
    @Override
    public void close() {
        stop(true);
    }

    /**
     * Stops the session like {@link #close()}, but watches only its attached state, not the session object:
     * for a harness that keeps its sessions on purpose after stopping them (a test framework's session per
     * test, judged after the test), whose references are not the application's leak.
     */
    public void stopWithoutWatchingItself() {
        stop(false);
    }

    private void stop(boolean watchItself) {
        if (stopped.compareAndSet(false, true)) {
            JfrEvents.sessionStop(id);
            List<Object> state;
            synchronized (this) {
                state = attached;
                attached = null;
            }
            for (Object object : state) {
                Leakscope.watch(object, "state of " + name, this);
            }
            if (watchItself) {
                Leakscope.watch(this, name, this);
            }
        }
        if (CURRENT.get() == this) {
            CURRENT.set(parent);
        }
    }

    @Override
    public String toString() {
        return "session " + id + " " + name;
    }

    /** A session made current on a thread by {@link #enter()}; closing it restores the previous one. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
