package leakscope.analyzer.pairing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import leakscope.analyzer.model.Anomalies;
import leakscope.analyzer.model.OldObjectSample;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.Sample;
import leakscope.analyzer.model.SessionLeak;
import leakscope.analyzer.model.Stack;
import leakscope.analyzer.read.EventSink;
import leakscope.analyzer.read.Times;

/**
 * Pairs the events of one JVM run in time order although they arrive in file order. Per-thread buffers
 * reach the file out of time order, so a release may be read before its acquire: it waits for it, and
 * only what still waits when the timeline ends is unmatched. Memory grows with the handles open at a
 * time (plus that out-of-order window), not with the number of events.
 */
public final class HandleLedger implements EventSink {
    // a late acquire trails its session's stop by one thread buffer: a few hundred events, a few sessions
    static final int RECENTLY_CLOSED_SESSIONS = 4096;
    private static final int RECENT_KINDS = 8;

    private final LongMap<OpenHandle> open = new LongMap<>();
    // releases (or reclaims) read before any acquire they could close, by id: {time, 1 if reclaim}
    private final LongMap<long[]> early = new LongMap<>();
    private final IdRangeSet released = new IdRangeSet();
    private final LongMap<OpenHandle> reclaimed = new LongMap<>();
    private final LongMap<SessionState> sessions = new LongMap<>();
    // sessions finished with: stopped, nothing open; kept as ranges so late events still recognise them
    private final IdRangeSet closedSessions = new IdRangeSet();
    // the last ones closed, whole: another thread's acquire in the session may reach the file after its stop
    private final Map<Long, SessionState> recentlyClosed = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, SessionState> eldest) {
            return size() > RECENTLY_CLOSED_SESSIONS;
        }
    };
    private final Map<Long, SessionLeak> stoppedHolding = new LinkedHashMap<>();
    private final Set<Stack> acquireStacks = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, DeltaBuckets> openByKind = new HashMap<>(); // looked up per event: sorted on output
    private final DeltaBuckets liveSessions;
    // the kinds met last, compared before hashing: an event's kind is a fresh string, and programs use few kinds
    private final String[] recentKinds = new String[RECENT_KINDS];
    private final DeltaBuckets[] recentKindBuckets = new DeltaBuckets[RECENT_KINDS];
    private int nextRecentKind;
    private final Map<String, GaugeSamples> gauges = new TreeMap<>();
    private final Map<String, GaugeSamples> jvmSeries = new TreeMap<>();
    private final LongMap<ThreadLife> threads = new LongMap<>();
    // thread ends read before their starts (another thread's buffer), by thread id
    private final LongMap<Long> earlyThreadEnds = new LongMap<>();
    private final List<OldObjectSample> oldObjects = new ArrayList<>();
    // releases that turned out to end an earlier use of their id: {id, time}
    private final List<long[]> staleReleases = new ArrayList<>();
    private final long startNanos;
    private final long endNanos;
    private int recording;
    private long acquiredCount;
    private long releasedCount;
    private long doubleReleases;
    private long unmatchedReleases;
    private long sessionsStarted;
    private long sessionsStopped;

    /** A ledger for a timeline whose recordings span {@code startNanos} to {@code endNanos}. */
    public HandleLedger(long startNanos, long endNanos) {
        this.startNanos = startNanos;
        this.endNanos = endNanos;
        this.liveSessions = new DeltaBuckets(startNanos, endNanos);
    }

    /** Events that follow come from the recording with this index. */
    public void beginRecording(int recordingIndex) {
        this.recording = recordingIndex;
    }

    @Override
    public void acquire(long handleId, String kind, String description, long sessionId, long timeNanos, String thread,
            Stack stack) {
        acquiredCount++;
        acquireStacks.add(stack);
        OpenHandle handle = new OpenHandle(handleId, kind, description, sessionId, thread, timeNanos, stack, recording);
        handle.kindBuckets = openByKind(kind);
        handle.kindBuckets.add(timeNanos, +1);
        place(handle, true);
    }

    /**
     * Opens a handle, unless a release (or reclaim) of its id that was read earlier happened after it.
     *
     * @param isNewToSessions false for a handle another ledger already counted in its session
     */
    private void place(OpenHandle handle, boolean isNewToSessions) {
        long[] waiting = early.remove(handle.id);
        if (waiting != null) {
            if (waiting[0] >= handle.acquireNanos) {
                if (isNewToSessions) {
                    sessionAcquired(handle);
                }
                if (waiting[1] == 1) {
                    handle.reclaimNanos = waiting[0];
                    reclaimed.put(handle.id, handle);
                } else {
                    pair(handle, waiting[0]);
                }
                return;
            }
            if (waiting[1] == 0) {
                // it ended an earlier use of the id: acquired before the recording, or in chunks another
                // ledger read (absorb replays it there)
                staleReleases.add(new long[] {handle.id, waiting[0]});
            }
        }
        handle.older = open.put(handle.id, handle);
        if (isNewToSessions) {
            sessionAcquired(handle);
        }
    }

    @Override
    public void release(long handleId, long timeNanos) {
        OpenHandle handle = takeOpen(handleId, timeNanos);
        if (handle != null) {
            pair(handle, timeNanos);
            return;
        }
        OpenHandle gone = reclaimed.get(handleId);
        if (gone != null) {
            if (timeNanos < gone.reclaimNanos) {
                reclaimed.remove(handleId); // the reclaim was read first but happened after: means nothing
                pair(gone, timeNanos);
            }
            return;
        }
        if (released.contains(handleId)) {
            doubleReleases++;
            return;
        }
        long[] waiting = early.get(handleId);
        if (waiting != null && waiting[1] == 0) {
            doubleReleases++;
            waiting[0] = Math.max(waiting[0], timeNanos);
            return;
        }
        early.put(handleId, new long[] {timeNanos, 0});
    }

    @Override
    public void reclaimed(long handleId, long timeNanos) {
        OpenHandle handle = takeOpen(handleId, timeNanos);
        if (handle != null) {
            handle.reclaimNanos = timeNanos;
            reclaimed.put(handleId, handle);
            return;
        }
        if (!released.contains(handleId) && reclaimed.get(handleId) == null && early.get(handleId) == null) {
            early.put(handleId, new long[] {timeNanos, 1});
        }
    }

    @Override
    public void sessionStart(long sessionId, String name, long parentId, long timeNanos) {
        sessionsStarted++;
        SessionState session = session(sessionId);
        session.name = name;
        session.startNanos = timeNanos;
        liveSessions.add(timeNanos, +1);
        if (session.isStopped()) {
            liveSessions.add(session.stopNanos, -1);
            closeIfDone(session);
        }
    }

    @Override
    public void sessionStop(long sessionId, long timeNanos) {
        if (closedSessions.contains(sessionId)) {
            return;
        }
        SessionState session = session(sessionId);
        if (session.isStopped()) {
            return;
        }
        sessionsStopped++;
        session.stop(timeNanos);
        if (session.isStarted()) {
            liveSessions.add(timeNanos, -1);
        }
        closeIfDone(session);
    }

    @Override
    public void gauge(String name, long value, long timeNanos) {
        gauges.computeIfAbsent(name, n -> new GaugeSamples()).add(timeNanos, value);
    }

    @Override
    public void threadStart(long threadId, String name, String starter, long timeNanos, Stack stack) {
        acquireStacks.add(stack); // a thread is a handle: its start site joins the helper rule
        Long ended = earlyThreadEnds.remove(threadId);
        threads.put(threadId, new ThreadLife(threadId, name, starter, timeNanos, ended == null ? -1 : ended, stack));
    }

    @Override
    public void threadEnd(long threadId, long timeNanos) {
        ThreadLife life = threads.get(threadId);
        if (life == null) {
            earlyThreadEnds.put(threadId, timeNanos); // or started before the recording: never a leak
        } else {
            threads.put(threadId, new ThreadLife(life.id(), life.name(), life.starter(), life.startNanos(), timeNanos,
                    life.stack()));
        }
    }

    @Override
    public void jvmSample(String series, long value, long timeNanos) {
        jvmSeries.computeIfAbsent(series, n -> new GaugeSamples()).add(timeNanos, value);
    }

    @Override
    public void oldObject(OldObjectSample sample) {
        oldObjects.add(sample); // JFR keeps at most a few hundred
    }

    /**
     * Ends the timeline and gives every handle still held its verdict.
     *
     * @param endedAtExit the JVM exited ({@code jdk.Shutdown} seen)
     * @param lostData the recordings lost events ({@code jdk.DataLoss} seen)
     */
    public TimelineOutcome finish(boolean endedAtExit, boolean lostData) {
        List<Leak> leaks = new ArrayList<>();
        for (OpenHandle gone : reclaimed.values()) {
            heldAtSessionStop(gone);
            leaks.add(leak(Reason.RECLAIMED, gone, gone.reclaimNanos));
        }
        for (OpenHandle first : open.values()) {
            for (OpenHandle handle = first; handle != null; handle = handle.older) {
                Reason reason;
                if (heldAtSessionStop(handle)) {
                    reason = Reason.SESSION_STOPPED;
                } else if (lostData) {
                    reason = Reason.DATA_LOSS;
                } else {
                    reason = endedAtExit ? Reason.OPEN_AT_EXIT : Reason.HELD_AT_END;
                }
                leaks.add(leak(reason, handle, endNanos));
            }
        }
        unmatchedReleases += early.values().stream().filter(waiting -> waiting[1] == 0).count() + staleReleases.size();
        List<SessionLeak> neverStopped = new ArrayList<>();
        for (SessionState session : sessions.values()) {
            if (session.isStopped() && session.heldAtStop > 0) {
                stoppedHolding.put(session.id, stoppedHolding(session));
            } else if (!session.isStopped() && session.isStarted()) {
                neverStopped.add(new SessionLeak(session.id, session.name, session.openHandles,
                        Optional.of(Times.instant(session.startNanos))));
            }
        }
        List<SessionLeak> stopped = new ArrayList<>(stoppedHolding.values());
        stopped.sort(Comparator.comparingLong(SessionLeak::sessionId));
        neverStopped.sort(Comparator.comparingLong(SessionLeak::sessionId));
        return new TimelineOutcome(leaks, acquiredCount, releasedCount, new Anomalies(doubleReleases, unmatchedReleases),
                sessionsStarted, sessionsStopped, stopped, neverStopped, acquireStacks, series(), threads.values(),
                oldObjects);
    }

    /**
     * Takes in a ledger of the same timeline that read the chunks right after this one's, as if this one
     * had read them itself: chunks are written in time order, so what the later ledger could not resolve
     * (releases whose acquire it never saw, handles still open, sessions it saw only part of) is resolved
     * against this one's state. Used to read a file's chunks in parallel.
     */
    public void absorb(HandleLedger later) {
        acquiredCount += later.acquiredCount;
        releasedCount += later.releasedCount;
        doubleReleases += later.doubleReleases;
        sessionsStarted += later.sessionsStarted;
        sessionsStopped += later.sessionsStopped;
        acquireStacks.addAll(later.acquireStacks);
        later.openByKind.forEach((kind, buckets) -> openByKind(kind).addAll(buckets));
        liveSessions.addAll(later.liveSessions);
        later.gauges.forEach((name, samples) -> gauges.computeIfAbsent(name, n -> new GaugeSamples()).addAll(samples));
        later.jvmSeries.forEach((name, samples) -> jvmSeries.computeIfAbsent(name, n -> new GaugeSamples()).addAll(samples));
        oldObjects.addAll(later.oldObjects);
        later.threads.forEach((id, life) -> threads.put(id, life));
        later.earlyThreadEnds.forEach((id, time) -> threadEnd(id, time));
        // sessions first: the releases replayed below settle against them. The later ledger's open sessions
        // are matched against this one's closed ones before its own closed ones join them.
        later.sessions.forEach((id, session) -> absorbSession(session));
        closedSessions.addAll(later.closedSessions);
        recentlyClosed.putAll(later.recentlyClosed);
        stoppedHolding.putAll(later.stoppedHolding);
        later.early.forEach((id, waiting) -> {
            if (waiting[1] == 1) {
                reclaimed(id, waiting[0]);
            } else {
                release(id, waiting[0]);
            }
        });
        later.staleReleases.forEach(stale -> release(stale[0], stale[1]));
        later.open.forEach((id, newest) -> adoptChain(newest));
        later.reclaimed.forEach((id, handle) -> {
            handle.kindBuckets = openByKind(handle.kind);
            reclaimed.put(id, handle);
        });
        released.addAll(later.released); // after the replay, which must see only this ledger's releases
    }

    private void absorbSession(SessionState later) {
        SessionState session = sessions.get(later.id);
        if (session == null && closedSessions.contains(later.id)) {
            session = reopen(later.id);
            if (session == null) {
                return; // closed too long ago: its late handles are judged without it
            }
        } else if (session == null) {
            session = session(later.id);
        }
        boolean startedHere = session.isStarted() && !later.isStarted();
        session.absorb(later);
        if (startedHere && later.isStopped()) {
            liveSessions.add(later.stopNanos, -1); // the later ledger saw the stop but not the start
        }
        closeIfDone(session);
    }

    /** Puts a later ledger's open handles of one id on top of this one's, oldest first. */
    private void adoptChain(OpenHandle newest) {
        List<OpenHandle> chain = new ArrayList<>();
        for (OpenHandle handle = newest; handle != null; handle = handle.older) {
            chain.add(handle);
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            OpenHandle handle = chain.get(i);
            handle.older = null;
            handle.kindBuckets = openByKind(handle.kind); // the later ledger's series were folded into these
            place(handle, false); // a release read in earlier chunks may close it
        }
    }

    private Map<String, List<Sample>> series() {
        Map<String, List<Sample>> series = new LinkedHashMap<>();
        gauges.forEach((name, samples) -> series.put(name, samples.sorted()));
        new TreeMap<>(openByKind).forEach((kind, buckets) -> series.put("open handles: " + kind, buckets.samples()));
        if (sessionsStarted > 0) {
            series.put("live sessions", liveSessions.samples());
        }
        jvmSeries.forEach((name, samples) -> series.put(name, samples.sorted()));
        return series;
    }

    private SessionState session(long sessionId) {
        SessionState session = sessions.get(sessionId);
        if (session == null) {
            session = new SessionState(sessionId);
            sessions.put(sessionId, session);
        }
        return session;
    }

    private DeltaBuckets openByKind(String kind) {
        for (int i = 0; i < RECENT_KINDS; i++) {
            if (kind.equals(recentKinds[i])) {
                return recentKindBuckets[i];
            }
        }
        DeltaBuckets buckets = openByKind.computeIfAbsent(kind, k -> new DeltaBuckets(startNanos, endNanos));
        recentKinds[nextRecentKind] = kind;
        recentKindBuckets[nextRecentKind] = buckets;
        nextRecentKind = (nextRecentKind + 1) % RECENT_KINDS;
        return buckets;
    }

    /** Removes and returns the newest open handle of this id acquired no later than {@code timeNanos}. */
    private OpenHandle takeOpen(long handleId, long timeNanos) {
        OpenHandle newer = null;
        for (OpenHandle handle = open.get(handleId); handle != null; newer = handle, handle = handle.older) {
            if (handle.acquireNanos <= timeNanos) {
                if (newer != null) {
                    newer.older = handle.older;
                } else if (handle.older != null) {
                    open.put(handleId, handle.older);
                } else {
                    open.remove(handleId);
                }
                handle.older = null;
                return handle;
            }
        }
        return null; // every open use of the id began after this event: it belongs to an earlier use
    }

    private void pair(OpenHandle handle, long releaseNanos) {
        releasedCount++;
        released.add(handle.id);
        handle.kindBuckets.add(releaseNanos, -1);
        if (handle.sessionId == 0) {
            return;
        }
        SessionState session = sessions.get(handle.sessionId);
        if (session != null) {
            session.openHandles--;
            session.released(handle.acquireNanos, releaseNanos);
            closeIfDone(session);
        }
    }

    private void sessionAcquired(OpenHandle handle) {
        if (handle.sessionId == 0) {
            return;
        }
        SessionState session = sessions.get(handle.sessionId);
        if (session == null && closedSessions.contains(handle.sessionId)) {
            session = reopen(handle.sessionId); // null when closed too long ago: judged without its state
        } else if (session == null) {
            session = session(handle.sessionId);
        }
        if (session != null) {
            session.openHandles++;
        }
    }

    private SessionState reopen(long sessionId) {
        SessionState session = recentlyClosed.remove(sessionId);
        if (session != null) {
            sessions.put(sessionId, session);
            stoppedHolding.remove(sessionId); // listed again, with its count, when it closes for good
        }
        return session;
    }

    /** Whether an unreleased handle's session stopped while it was held; counts it for the session. */
    private boolean heldAtSessionStop(OpenHandle handle) {
        if (handle.sessionId == 0) {
            return false;
        }
        SessionState session = sessions.get(handle.sessionId);
        if (session == null) {
            // its session was already stopped and closed when this acquire was read: it outlived the stop
            return closedSessions.contains(handle.sessionId);
        }
        if (session.stoppedHolding(handle.acquireNanos)) {
            session.heldAtStop++;
            return true;
        }
        return false;
    }

    /** Forgets a session that can no longer change: started, stopped, and none of its handles open. */
    private void closeIfDone(SessionState session) {
        if (session.isStarted() && session.isStopped() && session.openHandles == 0) {
            sessions.remove(session.id);
            closedSessions.add(session.id);
            recentlyClosed.put(session.id, session);
            if (session.heldAtStop > 0) {
                stoppedHolding.put(session.id, stoppedHolding(session));
            }
        }
    }

    private static SessionLeak stoppedHolding(SessionState session) {
        return new SessionLeak(session.id, session.name, session.heldAtStop, Optional.of(Times.instant(session.stopNanos)));
    }

    private static Leak leak(Reason reason, OpenHandle handle, long untilNanos) {
        return new Leak(reason, handle.id, handle.kind, handle.description, handle.sessionId, handle.thread,
                handle.acquireNanos, Math.max(0, untilNanos - handle.acquireNanos), handle.stack, handle.recording);
    }
}
