package leakscope.analyzer.pairing;

import java.util.ArrayList;
import java.util.List;
import leakscope.analyzer.model.Sample;

/**
 * A count over time built from +1/-1 changes that arrive out of time order: each change lands in a
 * fixed time bucket, and the running sum over buckets is the count at each bucket's end. Memory is
 * the number of buckets, whatever the number of events.
 */
public final class DeltaBuckets {
    static final int BUCKETS = 200;

    private final long startNanos;
    private final long spanNanos;
    private final long[] deltas = new long[BUCKETS];

    public DeltaBuckets(long startNanos, long endNanos) {
        this.startNanos = startNanos;
        this.spanNanos = Math.max(1, endNanos - startNanos);
    }

    public void add(long timeNanos, int delta) {
        long offset = Math.min(Math.max(0, timeNanos - startNanos), spanNanos - 1);
        deltas[(int) (offset * BUCKETS / spanNanos)] += delta;
    }

    /** Adds the changes of {@code other}, which covers the same span. */
    void addAll(DeltaBuckets other) {
        for (int i = 0; i < BUCKETS; i++) {
            deltas[i] += other.deltas[i];
        }
    }

    public List<Sample> samples() {
        List<Sample> samples = new ArrayList<>(BUCKETS);
        long running = 0;
        for (int i = 0; i < BUCKETS; i++) {
            running += deltas[i];
            samples.add(new Sample(startNanos + spanNanos * (i + 1) / BUCKETS, running));
        }
        return samples;
    }
}
