package leakscope.analyzer.verdict;

import java.time.Duration;
import leakscope.analyzer.model.Reason;

/**
 * CONTRACT.md §2's verdict table, row by row: the one place a handle's verdict is decided. The ledgers
 * say what happened to a handle; this says what that means. A handle gets exactly one verdict.
 */
public final class VerdictRules {
    /** A site must have acquired nothing for at least this share of the active timeline (docs/lifetime.md). */
    static final double QUIET_SHARE = 0.5;
    /** ... and for at least this long: a program's last moments are no evidence of anything. */
    static final Duration MIN_QUIET = Duration.ofSeconds(5);
    /** Its held handles were acquired within this share of the active timeline: its count rose once, in one step. */
    static final double STEP_SHARE = 0.1;

    private final boolean endedAtExit;
    private final boolean lostData;

    /**
     * @param endedAtExit the JVM exited: its recordings hold {@code jdk.Shutdown}
     * @param lostData its recordings lost events ({@code jdk.DataLoss})
     */
    public VerdictRules(boolean endedAtExit, boolean lostData) {
        this.endedAtExit = endedAtExit;
        this.lostData = lostData;
    }

    /**
     * A handle garbage-collected while held. Both its reasons are certain whatever else happened, so the
     * one that happened first is the verdict:
     *
     * @param itsSessionStoppedFirst its owning session stopped while holding it, before the collection:
     *     {@code leaked / session-stopped}; otherwise {@code leaked / reclaimed}
     */
    public Reason reclaimed(boolean itsSessionStoppedFirst) {
        return itsSessionStoppedFirst ? Reason.SESSION_STOPPED : Reason.RECLAIMED;
    }

    /**
     * A handle still held when its timeline ends.
     *
     * @param heldWhenItsSessionStopped its owning session stopped while it was held: {@code leaked /
     *     session-stopped}, certain whatever else happened; otherwise see {@link #heldAtEnd()}
     */
    public Reason stillHeld(boolean heldWhenItsSessionStopped) {
        return heldWhenItsSessionStopped ? Reason.SESSION_STOPPED : heldAtEnd();
    }

    /**
     * A watched object never reclaimed:
     * <ul>
     * <li>{@code suspected / data-loss}: the recordings lost events, so the reclaim may be what was lost;</li>
     * <li>{@code leaked / still-reachable}: an old-generation or full collection started after its watch;</li>
     * <li>{@code suspected / not-collected-yet}: no such collection ran after its watch.</li>
     * </ul>
     */
    public Reason unreclaimedWatch(boolean oldCollectionAfterWatch) {
        if (lostData) {
            return Reason.DATA_LOSS;
        }
        return oldCollectionAfterWatch ? Reason.STILL_REACHABLE : Reason.NOT_COLLECTED_YET;
    }

    /**
     * What is still held when the timeline ends, owned by no stopped session:
     * <ul>
     * <li>{@code suspected / data-loss}: the recordings lost events, so the release may be missing;</li>
     * <li>{@code leaked / open-at-exit}: the JVM exited;</li>
     * <li>{@code suspected / held-at-end}: the recording of a live JVM ended.</li>
     * </ul>
     */
    public Reason heldAtEnd() {
        if (lostData) {
            return Reason.DATA_LOSS;
        }
        return endedAtExit ? Reason.OPEN_AT_EXIT : Reason.HELD_AT_END;
    }

    /**
     * Whether a handle judged {@code reason} may be a lifetime handle: only what is still held when the timeline
     * ends with nothing lost ({@code open-at-exit}, {@code held-at-end}), owned by no session (a session is a
     * unit of work, not the program's life). {@code session-stopped} and {@code reclaimed} are certain leaks; with
     * data loss the site's later acquires may be among the lost events, so nothing is certain.
     */
    public boolean mayBeLifetime(Reason reason, long sessionId) {
        return (reason == Reason.OPEN_AT_EXIT || reason == Reason.HELD_AT_END) && sessionId == 0;
    }

    /**
     * CONTRACT.md §2's lifetime handles, the rule docs/lifetime.md measures: the handles a site still holds at
     * the end are held for the program's life when the site went quiet (it acquired nothing, released handles
     * included, for the last half of the active timeline and at least {@link #MIN_QUIET}) and its held count
     * rose in one step (all its held handles acquired within a tenth of the active timeline). A site that keeps
     * acquiring is never quiet; one that kept leaking, however rarely, rose in several steps.
     *
     * @param activeNanos the active timeline: from its first acquire to its end (JVM start-up does not count)
     * @param quietNanos from the site's last acquire to the end of the timeline
     * @param heldSpreadNanos from the first to the last acquire of the site's handles still held
     */
    public boolean isLifetime(long activeNanos, long quietNanos, long heldSpreadNanos) {
        return quietNanos >= QUIET_SHARE * activeNanos && quietNanos >= MIN_QUIET.toNanos()
                && heldSpreadNanos <= STEP_SHARE * activeNanos;
    }
}
