package leakscope.recorder;

import java.lang.ref.Cleaner;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import leakscope.recorder.internal.JfrEvents;

/**
 * The application-facing API of leakscope: mark resources, sessions and gauges as JFR events.
 *
 * <pre>{@code
 * try (Handle h = Leakscope.acquire("file", path.toString())) { ... }      // acquire + release
 * InputStream in = Tracked.inputStream(Files.newInputStream(p), p.toString()); // released on close()
 * try (Session s = Leakscope.startSession("GET /orders")) { ... }           // owns what it acquires
 * Leakscope.registerGauge("cache.size", cache::size);                       // sampled periodically
 * }</pre>
 *
 * <p>Cost: with no recording running, an acquire and its release touch an atomic counter and a
 * thread-local and allocate only the {@link Handle}; no event object is built. All methods are
 * thread-safe and never throw into the application, except for {@code null} arguments.
 */
public final class Leakscope {
    private static final AtomicLong HANDLE_IDS = new AtomicLong();
    private static final AtomicLong SESSION_IDS = new AtomicLong();
    private static final Cleaner CLEANER = Cleaner.create();
    // copy-on-write: the hot path reads one volatile array, empty unless a test tool observes
    private static volatile HandleObserver[] observers = new HandleObserver[0];

    static {
        // JFR applies a period given by name (jcmd, an in-process Recording) only to hooks that exist
        // when the recording starts, so the hook is added as soon as the application touches leakscope
        JfrEvents.onGaugePeriod(Gauges::sampleAll);
        ExitHeapDump.registerIfAsked();
    }

    private Leakscope() {
    }

    /**
     * Marks a resource as acquired by the current thread's session (if any) and returns its
     * handle; release it with {@link Handle#close()}.
     *
     * @param kind the resource type, e.g. {@code file}, {@code socket}; not null
     * @param description what this particular resource is (a path, an address); may be null
     */
    public static Handle acquire(String kind, String description) {
        Objects.requireNonNull(kind, "kind");
        Handle handle = new Handle(kind, HANDLE_IDS.incrementAndGet());
        JfrEvents.acquire(kind, handle.id(), description, Session.currentId());
        HandleObserver[] watching = observers;
        for (HandleObserver observer : watching) {
            observer.acquired(handle, description, Session.currentOrNull());
        }
        return handle;
    }

    /**
     * Like {@link #acquire}, and also watches {@code resource}: if it is garbage-collected while the
     * handle is still held, {@code leakscope.ResourceReclaimed} is emitted. The handle does not keep
     * the resource reachable; store the handle in the resource (as {@link Tracked} does), not the
     * other way round.
     */
    public static Handle track(Object resource, String kind, String description) {
        Objects.requireNonNull(resource, "resource");
        Handle handle = acquire(kind, description);
        handle.watch(resource, CLEANER);
        return handle;
    }

    /**
     * Declares that the program is done with {@code object}: it should become unreachable. Emits
     * {@code leakscope.ObjectWatch} (with the caller's stack) now and {@code leakscope.ObjectReclaimed}
     * when the collector frees the object; an object that survives an old-generation collection is reported
     * {@code still-reachable}, and a heap dump shows what holds it. The watch never keeps the object
     * alive. The object belongs to the session current on this thread, if any.
     *
     * <p>Cost: a phantom reference and a map entry until the object is freed, with or without a recording running (so that
     * {@code @LeakCheck} and {@code -Dleakscope.heapDumpOnExit} work without one); measured in
     * {@code docs/performance.md}.
     *
     * @param object not null
     * @param description what this object was (a request, a connection); may be null
     */
    public static Watch watch(Object object, String description) {
        Objects.requireNonNull(object, "object");
        return watch(object, description, Session.currentOrNull());
    }

    static Watch watch(Object object, String description, Session session) {
        Watch watch = Watches.watch(object, description, session);
        HandleObserver[] watching = observers;
        for (HandleObserver observer : watching) {
            observer.watched(watch, object, session);
        }
        return watch;
    }

    /**
     * Starts a session and makes it current on this thread; a session already current there becomes
     * its parent. Close it (try-with-resources) when the unit of work ends.
     */
    public static Session startSession(String name) {
        Objects.requireNonNull(name, "name");
        return Session.start(SESSION_IDS.incrementAndGet(), name);
    }

    /**
     * Registers a gauge sampled once per {@code leakscope.Gauge} period (1 s unless the JFR settings
     * say otherwise) while a recording runs. Registering a name again replaces its supplier; close
     * the returned registration to stop sampling. A supplier that throws is skipped for that sample.
     */
    public static AutoCloseable registerGauge(String name, LongSupplier supplier) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(supplier, "supplier");
        return Gauges.register(name, supplier);
    }

    /**
     * Registers an observer of every acquire, release and watch from now on, until the returned registration is
     * closed. Meant for test tools; with no observer registered the cost is one volatile read.
     */
    public static AutoCloseable observe(HandleObserver observer) {
        Objects.requireNonNull(observer, "observer");
        synchronized (Leakscope.class) {
            HandleObserver[] more = Arrays.copyOf(observers, observers.length + 1);
            more[more.length - 1] = observer;
            observers = more;
        }
        return () -> {
            synchronized (Leakscope.class) {
                observers = Arrays.stream(observers).filter(o -> o != observer).toArray(HandleObserver[]::new);
            }
        };
    }

    /** The observers registered now (for {@link ExternalHandles}); never modified, replaced on change. */
    static HandleObserver[] observers() {
        return observers;
    }

    static void notifyReleased(Handle handle) {
        HandleObserver[] watching = observers;
        for (HandleObserver observer : watching) {
            observer.released(handle);
        }
    }

    /** Emits one sample of the series {@code name} now. */
    public static void sample(String name, long value) {
        Objects.requireNonNull(name, "name");
        JfrEvents.gauge(name, value);
    }
}
