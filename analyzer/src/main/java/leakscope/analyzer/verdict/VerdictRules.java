package leakscope.analyzer.verdict;

import leakscope.analyzer.model.Reason;

/**
 * CONTRACT.md §2's verdict table, row by row: the one place a handle's verdict is decided. The ledgers
 * say what happened to a handle; this says what that means. A handle gets exactly one verdict.
 */
public final class VerdictRules {
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

    /** {@code leaked / reclaimed}: garbage-collected while held; certain whatever else happened. */
    public Reason reclaimed() {
        return Reason.RECLAIMED;
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
}
