package leakscope.analyzer.pairing;

/**
 * When the handles of one acquire stack were acquired, the first and the last, released ones included: a site
 * that keeps acquiring is not holding handles for the program's life (docs/lifetime.md). Mutable, one per
 * distinct stack of a timeline; events arrive out of time order, so both ends move.
 */
public final class AcquireSpan {
    private long firstNanos;
    private long lastNanos;

    AcquireSpan(long nanos) {
        this.firstNanos = nanos;
        this.lastNanos = nanos;
    }

    void include(long nanos) {
        firstNanos = Math.min(firstNanos, nanos);
        lastNanos = Math.max(lastNanos, nanos);
    }

    void include(AcquireSpan other) {
        include(other.firstNanos);
        include(other.lastNanos);
    }

    public long firstNanos() {
        return firstNanos;
    }

    public long lastNanos() {
        return lastNanos;
    }
}
