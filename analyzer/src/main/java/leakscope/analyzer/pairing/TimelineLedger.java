package leakscope.analyzer.pairing;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;
import leakscope.analyzer.event.Event;
import leakscope.analyzer.model.Stack;
import leakscope.analyzer.verdict.VerdictRules;

/**
 * Everything one JVM run's events leave behind: hands each {@link Event} to the one ledger whose job it is
 * (handles, sessions, series, threads, old objects, watches), merges the ledgers of a timeline read in parallel
 * parts, and at the end has the handles judged by {@link VerdictRules}.
 */
public final class TimelineLedger implements Consumer<Event> {
    private final long endNanos;
    private final SeriesLedger series;
    private final SessionLedger sessions;
    private final HandleLedger handles;
    private final ThreadLedger threads = new ThreadLedger();
    private final OldObjectLedger oldObjects = new OldObjectLedger();
    private final WatchLedger watches = new WatchLedger();

    /** A ledger for a timeline whose recordings span {@code startNanos} to {@code endNanos}. */
    public TimelineLedger(long startNanos, long endNanos) {
        this.endNanos = endNanos;
        this.series = new SeriesLedger(startNanos, endNanos);
        this.sessions = new SessionLedger(series);
        this.handles = new HandleLedger(sessions, series);
    }

    /** Events that follow come from the recording with this index. */
    public void beginRecording(int recordingIndex) {
        handles.beginRecording(recordingIndex);
        watches.beginRecording(recordingIndex);
    }

    /** Takes one event; most are releases and acquires, which are tested first. */
    @Override
    public void accept(Event event) {
        if (event instanceof Event.Release release) {
            handles.release(release);
        } else if (event instanceof Event.Acquire acquire) {
            handles.acquire(acquire);
        } else if (event instanceof Event.Reclaimed reclaimed) {
            handles.reclaimed(reclaimed.handleId(), reclaimed.timeNanos());
        } else if (event instanceof Event.SessionStart start) {
            sessions.start(start);
        } else if (event instanceof Event.SessionStop stop) {
            sessions.stop(stop);
        } else if (event instanceof Event.Gauge gauge) {
            series.gauge(gauge);
        } else if (event instanceof Event.JvmSample sample) {
            series.jvmSample(sample);
        } else if (event instanceof Event.ThreadStart start) {
            threads.start(start);
        } else if (event instanceof Event.ThreadEnd end) {
            threads.end(end.threadId(), end.timeNanos());
        } else if (event instanceof Event.ObjectWatch watch) {
            watches.watch(watch);
        } else if (event instanceof Event.ObjectReclaimed reclaimed) {
            watches.reclaimed(reclaimed.watchId());
        } else if (event instanceof Event.GarbageCollection collection) {
            watches.collection(collection);
        } else if (event instanceof Event.OldObject oldObject) {
            oldObjects.add(oldObject.sample());
        } else {
            throw new IllegalArgumentException("no ledger takes " + event.getClass().getSimpleName());
        }
    }

    /**
     * Takes in a ledger of the same timeline that read the chunks right after this one's, as if this one
     * had read them itself. Each ledger merges its own state; sessions go before handles because the
     * handles the later part could not resolve settle against the merged sessions.
     */
    public void merge(TimelineLedger later) {
        series.merge(later.series);
        oldObjects.merge(later.oldObjects);
        threads.merge(later.threads);
        sessions.merge(later.sessions);
        handles.merge(later.handles);
        watches.merge(later.watches);
    }

    /**
     * Ends the timeline and gives every handle reclaimed or still held, and every watch never reclaimed, its
     * verdict.
     *
     * @param endedAtExit the JVM exited ({@code jdk.Shutdown} seen)
     * @param lostData the recordings lost events ({@code jdk.DataLoss} seen)
     */
    public TimelineOutcome finish(boolean endedAtExit, boolean lostData) {
        VerdictRules rules = new VerdictRules(endedAtExit, lostData);
        HandleLedger.Outcome handled = handles.finish(rules, endNanos); // first: it counts what sessions held at stop
        SessionLedger.Outcome sessionsAtEnd = sessions.finish();
        Set<Stack> acquireStacks = Collections.newSetFromMap(new IdentityHashMap<>());
        acquireStacks.addAll(handled.acquireStacks());
        var startedThreads = threads.finish();
        startedThreads.forEach(thread -> acquireStacks.add(thread.stack())); // a thread is a handle: its start site joins the helper rule
        return new TimelineOutcome(handled.judged(), handled.acquired(), handled.released(), handled.anomalies(),
                sessionsAtEnd.started(), sessionsAtEnd.stopped(), sessionsAtEnd.stoppedHolding(),
                sessionsAtEnd.neverStopped(), acquireStacks, handled.acquireSpans(), series.finish(), startedThreads,
                oldObjects.finish(), rules, watches.finish(rules, endNanos), series.kindsLeftOut());
    }
}
