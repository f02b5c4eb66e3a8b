package leakscope.analyzer.pairing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import leakscope.analyzer.event.Event;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.Stack;
import leakscope.analyzer.verdict.VerdictRules;

/**
 * Pairs the acquires and releases of one JVM run by handle id, in time order although they arrive in file
 * order. Per-thread buffers reach the file out of time order, so a release may be read before its
 * acquire: it waits for it, and only what still waits when the timeline ends is unmatched. Memory grows
 * with the handles open at a time (plus that out-of-order window), not with the number of events.
 */
public final class HandleLedger {
    private final SessionLedger sessions;
    private final SeriesLedger series;
    private final LongMap<OpenHandle> open = new LongMap<>();
    // releases (or reclaims) read before any acquire they could end, by id
    private final LongMap<EarlyEnd> early = new LongMap<>();
    private final IdRangeSet released = new IdRangeSet();
    private final LongMap<OpenHandle> reclaimed = new LongMap<>();
    // releases that turned out to end an earlier use of their id
    private final List<StaleRelease> staleReleases = new ArrayList<>();
    private final RecentReleases recentReleases = new RecentReleases();
    private final ReleaseAnomalies anomalies = new ReleaseAnomalies();
    // by distinct stack (the reader interns them): the site rules need every stack, the lifetime rule its times
    private final Map<Stack, AcquireSpan> acquireSpans = new IdentityHashMap<>();
    private int recording;
    private long acquiredCount;
    private long releasedCount;

    /**
     * A handle's end read before its acquire; a later release replaces an early reclaim.
     *
     * @param release the release, null for a reclaim
     */
    record EarlyEnd(long timeNanos, Event.Release release) {
        boolean isReclaim() {
            return release == null;
        }
    }

    /** A release that ended a use of its id this ledger never saw acquired. */
    record StaleRelease(Event.Release release) {
    }

    /**
     * What the ledger knows of a timeline's handles at its end.
     *
     * @param acquireSpans every distinct acquire stack, released handles' included, with when it acquired
     */
    record Outcome(List<JudgedHandle> judged, long acquired, long released, ReleaseAnomalies anomalies,
            Map<Stack, AcquireSpan> acquireSpans) {
        Set<Stack> acquireStacks() {
            return acquireSpans.keySet();
        }
    }

    /**
     * @param sessions told of each handle of a session acquired and released
     * @param series where the open-handle count of each kind goes
     */
    HandleLedger(SessionLedger sessions, SeriesLedger series) {
        this.sessions = sessions;
        this.series = series;
    }

    /** Acquires that follow come from the recording with this index. */
    void beginRecording(int recordingIndex) {
        this.recording = recordingIndex;
    }

    void acquire(Event.Acquire acquire) {
        acquiredCount++;
        AcquireSpan span = acquireSpans.get(acquire.stack());
        if (span == null) {
            acquireSpans.put(acquire.stack(), new AcquireSpan(acquire.timeNanos()));
        } else {
            span.include(acquire.timeNanos());
        }
        OpenHandle handle = new OpenHandle(acquire.handleId(), acquire.kind(), acquire.description(),
                acquire.sessionId(), acquire.thread(), acquire.timeNanos(), acquire.stack(), recording);
        handle.kindBuckets = series.openHandles(acquire.kind());
        handle.kindBuckets.add(acquire.timeNanos(), +1);
        place(handle, true);
    }

    void release(Event.Release release) {
        long handleId = release.handleId();
        long timeNanos = release.timeNanos();
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
            anomalies.doubleRelease(release.kind(), release.stack(), recentReleases.get(handleId));
            return;
        }
        EarlyEnd waiting = early.get(handleId);
        if (waiting != null && !waiting.isReclaim()) {
            // both read before the acquire: which handle they release is not known yet
            anomalies.doubleRelease(release.kind(), release.stack(), null);
            early.put(handleId, timeNanos > waiting.timeNanos() ? new EarlyEnd(timeNanos, release) : waiting);
            return;
        }
        early.put(handleId, new EarlyEnd(timeNanos, release));
    }

    void reclaimed(long handleId, long timeNanos) {
        OpenHandle handle = takeOpen(handleId, timeNanos);
        if (handle != null) {
            handle.reclaimNanos = timeNanos;
            reclaimed.put(handleId, handle);
            return;
        }
        if (!released.contains(handleId) && reclaimed.get(handleId) == null && early.get(handleId) == null) {
            early.put(handleId, new EarlyEnd(timeNanos, null));
        }
    }

    /**
     * Takes in a ledger that read the chunks right after this one's, as if this one had read them itself:
     * chunks are written in time order, so what the later ledger could not resolve (ends whose acquire it
     * never saw, handles still open) is resolved against this one's state. The sessions and series must
     * be merged first: the replayed ends settle against them.
     */
    void merge(HandleLedger later) {
        acquiredCount += later.acquiredCount;
        releasedCount += later.releasedCount;
        anomalies.merge(later.anomalies);
        later.acquireSpans.forEach((stack, span) -> acquireSpans.merge(stack, span, (mine, theirs) -> {
            mine.include(theirs);
            return mine;
        }));
        later.early.forEach((id, end) -> {
            if (end.isReclaim()) {
                reclaimed(id, end.timeNanos());
            } else {
                release(end.release());
            }
        });
        later.staleReleases.forEach(stale -> release(stale.release()));
        later.open.forEach((id, newest) -> adoptChain(newest));
        later.reclaimed.forEach((id, handle) -> {
            handle.kindBuckets = series.openHandles(handle.kind);
            reclaimed.put(id, handle);
        });
        released.addAll(later.released); // after the replay, which must see only this ledger's releases
        recentReleases.merge(later.recentReleases);
    }

    /** Gives every handle reclaimed or still held its verdict; call before the sessions' outcome. */
    Outcome finish(VerdictRules rules, long endNanos) {
        List<JudgedHandle> judged = new ArrayList<>();
        for (OpenHandle gone : reclaimed.values()) {
            // what happened first decides: its session stopped holding it, or a collection found it unreachable
            boolean heldAtSessionStop = sessions.heldAtStop(gone.sessionId, gone.acquireNanos, gone.reclaimNanos);
            judged.add(judge(rules.reclaimed(heldAtSessionStop), gone, gone.reclaimNanos));
        }
        for (OpenHandle first : open.values()) {
            for (OpenHandle handle = first; handle != null; handle = handle.older) {
                boolean heldAtSessionStop = sessions.heldAtStop(handle.sessionId, handle.acquireNanos, endNanos);
                judged.add(judge(rules.stillHeld(heldAtSessionStop), handle, endNanos));
            }
        }
        for (EarlyEnd end : early.values()) {
            if (!end.isReclaim()) {
                anomalies.unmatchedRelease(end.release().kind(), end.release().stack());
            }
        }
        for (StaleRelease stale : staleReleases) {
            anomalies.unmatchedRelease(stale.release().kind(), stale.release().stack());
        }
        return new Outcome(judged, acquiredCount, releasedCount, anomalies, acquireSpans);
    }

    /**
     * Opens a handle, unless an end of its id that was read earlier happened after it.
     *
     * @param isNewToSessions false for a handle another ledger already counted in its session
     */
    private void place(OpenHandle handle, boolean isNewToSessions) {
        EarlyEnd waiting = early.remove(handle.id);
        if (waiting != null) {
            if (waiting.timeNanos() >= handle.acquireNanos) {
                if (isNewToSessions) {
                    sessions.handleAcquired(handle.sessionId);
                }
                if (waiting.isReclaim()) {
                    handle.reclaimNanos = waiting.timeNanos();
                    reclaimed.put(handle.id, handle);
                } else {
                    pair(handle, waiting.timeNanos());
                }
                return;
            }
            if (!waiting.isReclaim()) {
                // it ended an earlier use of the id: acquired before the recording, or in chunks another
                // ledger read (merge replays it there)
                staleReleases.add(new StaleRelease(waiting.release()));
            }
        }
        handle.older = open.put(handle.id, handle);
        if (isNewToSessions) {
            sessions.handleAcquired(handle.sessionId);
        }
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
            handle.kindBuckets = series.openHandles(handle.kind); // the later ledger's series were merged into these
            place(handle, false); // a release read in earlier chunks may end it
        }
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
        recentReleases.add(handle);
        handle.kindBuckets.add(releaseNanos, -1);
        sessions.handleReleased(handle.sessionId, handle.acquireNanos, releaseNanos);
    }

    private static JudgedHandle judge(Reason reason, OpenHandle handle, long untilNanos) {
        return new JudgedHandle(reason, handle.id, handle.kind, handle.description, handle.sessionId, handle.thread,
                handle.acquireNanos, Math.max(0, untilNanos - handle.acquireNanos), handle.stack, handle.recording);
    }
}
