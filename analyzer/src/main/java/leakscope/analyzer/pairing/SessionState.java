package leakscope.analyzer.pairing;

import java.util.Arrays;
import leakscope.analyzer.model.Stack;

/**
 * What the ledger knows of one session while it may still matter. Its stop can reach the file before
 * or after its handles' releases, so releases that arrive first keep their times until the stop does.
 */
final class SessionState {
    final long id;
    String name = "";
    long startNanos = -1;
    long stopNanos = -1;
    Stack startStack = Stack.EMPTY;
    Stack stopStack = Stack.EMPTY;
    int openHandles;
    long heldAtStop;
    // (acquire, release) time pairs of handles released while this session's stop is still unknown
    private long[] pendingPairs = new long[0];
    private int pendingLength;

    SessionState(long id) {
        this.id = id;
    }

    boolean isStarted() {
        return startNanos >= 0;
    }

    boolean isStopped() {
        return stopNanos >= 0;
    }

    void released(long acquireNanos, long releaseNanos) {
        if (isStopped()) {
            countIfHeldAtStop(acquireNanos, releaseNanos);
            return;
        }
        if (pendingLength + 2 > pendingPairs.length) {
            pendingPairs = Arrays.copyOf(pendingPairs, Math.max(8, pendingPairs.length * 2));
        }
        pendingPairs[pendingLength++] = acquireNanos;
        pendingPairs[pendingLength++] = releaseNanos;
    }

    /** Takes in what another ledger learnt of this session from later chunks (see SessionLedger#merge). */
    void absorb(SessionState later) {
        if (later.isStarted()) {
            name = later.name;
            startNanos = later.startNanos;
            startStack = later.startStack;
        }
        openHandles += later.openHandles;
        heldAtStop += later.heldAtStop;
        for (int i = 0; i < later.pendingLength; i += 2) {
            released(later.pendingPairs[i], later.pendingPairs[i + 1]);
        }
        if (later.isStopped() && !isStopped()) {
            stop(later.stopNanos, later.stopStack);
        }
    }

    void stop(long nanos, Stack stack) {
        stopNanos = nanos;
        stopStack = stack;
        for (int i = 0; i < pendingLength; i += 2) {
            countIfHeldAtStop(pendingPairs[i], pendingPairs[i + 1]);
        }
        pendingPairs = new long[0];
        pendingLength = 0;
    }

    /**
     * Whether a handle of this session, never released and held from {@code acquireNanos} to {@code untilNanos}
     * (its reclaim, or the timeline's end), was held at its stop.
     */
    boolean stoppedHolding(long acquireNanos, long untilNanos) {
        return isStopped() && acquireNanos <= stopNanos && stopNanos <= untilNanos;
    }

    private void countIfHeldAtStop(long acquireNanos, long releaseNanos) {
        if (acquireNanos <= stopNanos && releaseNanos > stopNanos) {
            heldAtStop++;
        }
    }
}
