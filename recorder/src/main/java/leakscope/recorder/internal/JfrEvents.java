package leakscope.recorder.internal;

import java.util.function.Consumer;
import jdk.jfr.FlightRecorder;

/**
 * The only door to the event classes. Each method checks that its event type is enabled before
 * building anything, so with no recording running an emit costs one static read.
 */
public final class JfrEvents {
    // isEnabled() reads a static of the event type, so one shared instance per type answers for all
    private static final AcquireEvent ACQUIRE = new AcquireEvent();
    private static final ReleaseEvent RELEASE = new ReleaseEvent();
    private static final ReclaimedEvent RECLAIMED = new ReclaimedEvent();
    private static final SessionStartEvent SESSION_START = new SessionStartEvent();
    private static final SessionStopEvent SESSION_STOP = new SessionStopEvent();
    private static final GaugeEvent GAUGE = new GaugeEvent();
    private static final ObjectWatchEvent OBJECT_WATCH = new ObjectWatchEvent();
    private static final ObjectReclaimedEvent OBJECT_RECLAIMED = new ObjectReclaimedEvent();

    private JfrEvents() {
    }

    public static void acquire(String kind, long handleId, String description, long sessionId) {
        if (ACQUIRE.isEnabled()) {
            AcquireEvent event = new AcquireEvent();
            event.kind = kind;
            event.handleId = handleId;
            event.description = description;
            event.sessionId = sessionId;
            event.commit();
        }
    }

    /** Whether a recording enables acquire events now. */
    public static boolean isAcquireEnabled() {
        return ACQUIRE.isEnabled();
    }

    public static void release(String kind, long handleId) {
        if (RELEASE.isEnabled()) {
            ReleaseEvent event = new ReleaseEvent();
            event.kind = kind;
            event.handleId = handleId;
            event.commit();
        }
    }

    public static void reclaimed(String kind, long handleId) {
        if (RECLAIMED.isEnabled()) {
            ReclaimedEvent event = new ReclaimedEvent();
            event.kind = kind;
            event.handleId = handleId;
            event.commit();
        }
    }

    public static void sessionStart(long sessionId, String name, long parentId) {
        if (SESSION_START.isEnabled()) {
            SessionStartEvent event = new SessionStartEvent();
            event.sessionId = sessionId;
            event.name = name;
            event.parentId = parentId;
            event.commit();
        }
    }

    public static void sessionStop(long sessionId) {
        if (SESSION_STOP.isEnabled()) {
            SessionStopEvent event = new SessionStopEvent();
            event.sessionId = sessionId;
            event.commit();
        }
    }

    public static void gauge(String name, long value) {
        if (GAUGE.isEnabled()) {
            GaugeEvent event = new GaugeEvent();
            event.name = name;
            event.value = value;
            event.commit();
        }
    }

    public static void objectWatch(long watchId, String type, String description, long sessionId) {
        if (OBJECT_WATCH.isEnabled()) {
            ObjectWatchEvent event = new ObjectWatchEvent();
            event.watchId = watchId;
            event.type = type;
            event.description = description;
            event.sessionId = sessionId;
            event.commit();
        }
    }

    public static void objectReclaimed(long watchId) {
        if (OBJECT_RECLAIMED.isEnabled()) {
            ObjectReclaimedEvent event = new ObjectReclaimedEvent();
            event.watchId = watchId;
            event.commit();
        }
    }

    /**
     * Runs {@code sampler} once per gauge period while a recording enables gauges. The sampler
     * calls {@link #gauge} for each registered series.
     */
    public static void onGaugePeriod(Runnable sampler) {
        FlightRecorder.addPeriodicEvent(GaugeEvent.class, sampler);
    }

    /** Lets tests and tools enumerate the event classes without seeing them. */
    public static void forEachEventClass(Consumer<Class<? extends jdk.jfr.Event>> action) {
        action.accept(AcquireEvent.class);
        action.accept(ReleaseEvent.class);
        action.accept(ReclaimedEvent.class);
        action.accept(SessionStartEvent.class);
        action.accept(SessionStopEvent.class);
        action.accept(GaugeEvent.class);
        action.accept(ObjectWatchEvent.class);
        action.accept(ObjectReclaimedEvent.class);
    }
}
