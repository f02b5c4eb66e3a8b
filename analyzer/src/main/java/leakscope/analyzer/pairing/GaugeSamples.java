package leakscope.analyzer.pairing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import leakscope.analyzer.model.Sample;

/**
 * The samples of one series in two primitive arrays. A series may be sampled once per event, so past
 * {@link #LIMIT} samples it is thinned evenly: every other sample kept is dropped and from then on only
 * every other one is kept, so memory stays flat however long the recording (trends and charts need far
 * fewer points than that).
 */
final class GaugeSamples {
    static final int LIMIT = 8192;

    private long[] times = new long[4]; // grows by doubling: a program may sample 100,000 names a few times each
    private long[] values = new long[4];
    private int size;
    private long offered;
    private long stride = 1;

    void add(long timeNanos, long value) {
        if (offered++ % stride != 0) {
            return;
        }
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        times[size] = timeNanos;
        values[size] = value;
        if (++size == LIMIT) {
            thin();
        }
    }

    void addAll(GaugeSamples other) {
        for (int i = 0; i < other.size; i++) {
            add(other.times[i], other.values[i]);
        }
    }

    /** Sorted by time: samples reach the file out of time order, even from one thread. */
    List<Sample> sorted() {
        List<Sample> samples = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            samples.add(new Sample(times[i], values[i]));
        }
        samples.sort(Comparator.comparingLong(Sample::epochNanos));
        return samples;
    }

    private void thin() {
        for (int i = 0; i < size / 2; i++) {
            times[i] = times[2 * i];
            values[i] = values[2 * i];
        }
        size /= 2;
        stride *= 2;
    }
}
