package leakscope.analyzer.pairing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import leakscope.analyzer.event.Event;
import leakscope.analyzer.model.SessionLeak;
import leakscope.analyzer.read.Times;

/**
 * The sessions of one timeline: which started and stopped, how many handles each holds, and which
 * stopped while holding some. A session's stop can reach the file before or after its handles' events
 * (other threads' buffers), so a session is forgotten only once started, stopped and empty, and the last
 * {@link #RECENTLY_CLOSED_SESSIONS} forgotten are kept whole for late acquires.
 */
public final class SessionLedger {
    // a late acquire trails its session's stop by one thread buffer: a few hundred events, a few sessions
    static final int RECENTLY_CLOSED_SESSIONS = 4096;

    private final SeriesLedger series;
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
    private final Map<Long, SessionEnd> stoppedHolding = new LinkedHashMap<>();
    private long started;
    private long stopped;

    /** @param series where the live-session count goes */
    SessionLedger(SeriesLedger series) {
        this.series = series;
    }

    /** What the ledger knows of a timeline's sessions at its end; both lists sorted by session id. */
    record Outcome(long started, long stopped, List<SessionEnd> stoppedHolding, List<SessionEnd> neverStopped) {
    }

    void start(Event.SessionStart start) {
        started++;
        SessionState session = session(start.sessionId());
        session.name = start.name();
        session.startNanos = start.timeNanos();
        session.startStack = start.stack();
        series.sessionStarted(start.timeNanos());
        if (session.isStopped()) {
            series.sessionEnded(session.stopNanos);
            closeIfDone(session);
        }
    }

    void stop(Event.SessionStop stop) {
        if (closedSessions.contains(stop.sessionId())) {
            return;
        }
        SessionState session = session(stop.sessionId());
        if (session.isStopped()) {
            return;
        }
        stopped++;
        session.stop(stop.timeNanos(), stop.stack());
        if (session.isStarted()) {
            series.sessionEnded(stop.timeNanos());
        }
        closeIfDone(session);
    }

    /** A handle of session {@code sessionId} (0: none) was acquired. */
    void handleAcquired(long sessionId) {
        if (sessionId == 0) {
            return;
        }
        SessionState session = sessions.get(sessionId);
        if (session == null && closedSessions.contains(sessionId)) {
            session = reopen(sessionId); // null when closed too long ago: judged without its state
        } else if (session == null) {
            session = session(sessionId);
        }
        if (session != null) {
            session.openHandles++;
        }
    }

    /** A handle of session {@code sessionId} (0: none) acquired at {@code acquireNanos} was released. */
    void handleReleased(long sessionId, long acquireNanos, long releaseNanos) {
        if (sessionId == 0) {
            return;
        }
        SessionState session = sessions.get(sessionId);
        if (session != null) {
            session.openHandles--;
            session.released(acquireNanos, releaseNanos);
            closeIfDone(session);
        }
    }

    /**
     * Whether a handle never released, of session {@code sessionId} (0: none), was held when its session
     * stopped; counts it for the session.
     *
     * @param heldUntilNanos when it stopped being held: reclaimed, or still held at the timeline's end
     */
    boolean heldAtStop(long sessionId, long acquireNanos, long heldUntilNanos) {
        if (sessionId == 0) {
            return false;
        }
        SessionState session = sessions.get(sessionId);
        if (session == null) {
            // its session was already stopped and closed when this acquire was read: it outlived the stop
            return closedSessions.contains(sessionId);
        }
        if (session.stoppedHolding(acquireNanos, heldUntilNanos)) {
            session.heldAtStop++;
            return true;
        }
        return false;
    }

    /**
     * Takes in the sessions of a ledger that read the chunks right after this one's: its sessions are
     * matched against this one's (open or recently closed) before its closed ones join them.
     */
    void merge(SessionLedger later) {
        started += later.started;
        stopped += later.stopped;
        later.sessions.forEach((id, session) -> absorb(session));
        closedSessions.addAll(later.closedSessions);
        recentlyClosed.putAll(later.recentlyClosed);
        stoppedHolding.putAll(later.stoppedHolding);
    }

    /** Call once the handles are judged: judging counts what each session held at its stop. */
    Outcome finish() {
        List<SessionEnd> neverStopped = new ArrayList<>();
        for (SessionState session : sessions.values()) {
            if (session.isStopped() && session.heldAtStop > 0) {
                stoppedHolding.put(session.id, stoppedHolding(session));
            } else if (!session.isStopped() && session.isStarted()) {
                neverStopped.add(new SessionEnd(new SessionLeak(session.id, session.name, session.openHandles,
                        Optional.of(Times.instant(session.startNanos))), session.startStack, session.stopStack));
            }
        }
        List<SessionEnd> stoppedList = new ArrayList<>(stoppedHolding.values());
        Comparator<SessionEnd> byId = Comparator.comparingLong(end -> end.session().sessionId());
        stoppedList.sort(byId);
        neverStopped.sort(byId);
        return new Outcome(started, stopped, stoppedList, neverStopped);
    }

    private void absorb(SessionState later) {
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
            series.sessionEnded(later.stopNanos); // the later ledger saw the stop but not the start
        }
        closeIfDone(session);
    }

    private SessionState session(long sessionId) {
        SessionState session = sessions.get(sessionId);
        if (session == null) {
            session = new SessionState(sessionId);
            sessions.put(sessionId, session);
        }
        return session;
    }

    private SessionState reopen(long sessionId) {
        SessionState session = recentlyClosed.remove(sessionId);
        if (session != null) {
            sessions.put(sessionId, session);
            stoppedHolding.remove(sessionId); // listed again, with its count, when it closes for good
        }
        return session;
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

    private static SessionEnd stoppedHolding(SessionState session) {
        return new SessionEnd(new SessionLeak(session.id, session.name, session.heldAtStop,
                Optional.of(Times.instant(session.stopNanos))), session.startStack, session.stopStack);
    }
}
