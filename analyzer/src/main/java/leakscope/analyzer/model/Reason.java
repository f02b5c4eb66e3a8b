package leakscope.analyzer.model;

/** Why a handle got its verdict (CONTRACT.md §2). */
public enum Reason {
    OPEN_AT_EXIT("open-at-exit", Verdict.LEAKED),
    SESSION_STOPPED("session-stopped", Verdict.LEAKED),
    RECLAIMED("reclaimed", Verdict.LEAKED),
    HELD_AT_END("held-at-end", Verdict.SUSPECTED),
    DATA_LOSS("data-loss", Verdict.SUSPECTED),
    /** A watched object not reclaimed although an old or full collection ran after its watch. */
    STILL_REACHABLE("still-reachable", Verdict.LEAKED),
    /** A watched object not reclaimed, with no old or full collection after its watch to prove it. */
    NOT_COLLECTED_YET("not-collected-yet", Verdict.SUSPECTED);

    private final String wireName;
    private final Verdict verdict;

    Reason(String wireName, Verdict verdict) {
        this.wireName = wireName;
        this.verdict = verdict;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether this reason judges watched objects (their kind is the object's type) rather than handles. */
    public boolean isWatch() {
        return this == STILL_REACHABLE || this == NOT_COLLECTED_YET;
    }

    /** Each reason belongs to exactly one verdict. */
    public Verdict verdict() {
        return verdict;
    }
}
