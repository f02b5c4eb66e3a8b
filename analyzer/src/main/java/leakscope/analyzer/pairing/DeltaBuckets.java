package leakscope.analyzer.pairing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import leakscope.analyzer.model.Sample;

/**
 * A count over time built from +1/-1 changes that arrive out of time order: each change lands in a
 * fixed time bucket, and the running sum over buckets is the count at each bucket's end. Memory is
 * the number of buckets, whatever the number of events; until more than a few buckets are touched, only
 * those are kept (a program may use 100,000 kinds of one handle each: 1.6 KB of buckets each was 160 MB).
 */
public final class DeltaBuckets {
    static final int BUCKETS = 200;
    private static final int FEW = 4;

    private final long startNanos;
    private final long spanNanos;
    private long[] deltas; // null while FEW buckets or fewer are touched
    private int[] touched = new int[FEW];
    private long[] touchedDeltas = new long[FEW];
    private int touchedCount;

    public DeltaBuckets(long startNanos, long endNanos) {
        this.startNanos = startNanos;
        this.spanNanos = Math.max(1, endNanos - startNanos);
    }

    public void add(long timeNanos, int delta) {
        long offset = Math.min(Math.max(0, timeNanos - startNanos), spanNanos - 1);
        addToBucket((int) Math.min(BUCKETS - 1, atBucketScale(offset)), delta);
    }

    /**
     * {@code nanos * BUCKETS / spanNanos} without overflow: a damaged chunk header can claim a span of
     * centuries, where the product passes Long.MAX_VALUE.
     */
    private long atBucketScale(long nanos) {
        return spanNanos <= Long.MAX_VALUE / BUCKETS ? nanos * BUCKETS / spanNanos : nanos / (spanNanos / BUCKETS);
    }

    /** The end of bucket {@code bucket}, counted from the start, in nanoseconds (the inverse of atBucketScale). */
    private long bucketEndNanos(int bucket) {
        return spanNanos <= Long.MAX_VALUE / BUCKETS ? spanNanos * (bucket + 1) / BUCKETS
                : spanNanos / BUCKETS * (bucket + 1);
    }

    private void addToBucket(int bucket, long delta) {
        if (deltas != null) {
            deltas[bucket] += delta;
            return;
        }
        for (int i = 0; i < touchedCount; i++) {
            if (touched[i] == bucket) {
                touchedDeltas[i] += delta;
                return;
            }
        }
        if (touchedCount < FEW) {
            touched[touchedCount] = bucket;
            touchedDeltas[touchedCount++] = delta;
            return;
        }
        deltas = dense();
        touched = null;
        touchedDeltas = null;
        deltas[bucket] += delta;
    }

    /** Adds the changes of {@code other}, which covers the same span. */
    void addAll(DeltaBuckets other) {
        long[] changes = other.dense();
        for (int i = 0; i < BUCKETS; i++) {
            if (changes[i] != 0) {
                addToBucket(i, changes[i]);
            }
        }
    }

    /** The highest count reached at a bucket's end. */
    long peak() {
        long running = 0;
        long peak = 0;
        if (deltas != null) {
            for (long change : deltas) {
                running += change;
                peak = Math.max(peak, running);
            }
            return peak;
        }
        int[] order = new int[touchedCount]; // the few touched buckets, in time order
        for (int i = 0; i < touchedCount; i++) {
            order[i] = i;
        }
        for (int i = 1; i < touchedCount; i++) {
            for (int j = i; j > 0 && touched[order[j - 1]] > touched[order[j]]; j--) {
                int swap = order[j];
                order[j] = order[j - 1];
                order[j - 1] = swap;
            }
        }
        for (int i : order) {
            running += touchedDeltas[i];
            peak = Math.max(peak, running);
        }
        return peak;
    }

    public List<Sample> samples() {
        long[] changes = dense();
        List<Sample> samples = new ArrayList<>(BUCKETS);
        long running = 0;
        for (int i = 0; i < BUCKETS; i++) {
            running += changes[i];
            samples.add(new Sample(startNanos + bucketEndNanos(i), running));
        }
        return samples;
    }

    private long[] dense() {
        if (deltas != null) {
            return Arrays.copyOf(deltas, BUCKETS);
        }
        long[] all = new long[BUCKETS];
        for (int i = 0; i < touchedCount; i++) {
            all[touched[i]] += touchedDeltas[i];
        }
        return all;
    }
}
