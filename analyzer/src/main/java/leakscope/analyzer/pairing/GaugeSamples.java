package leakscope.analyzer.pairing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import leakscope.analyzer.model.Sample;

/** The samples of one gauge, in two growing primitive arrays (a few per second per gauge). */
final class GaugeSamples {
    private long[] times = new long[64];
    private long[] values = new long[64];
    private int size;

    void add(long timeNanos, long value) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        times[size] = timeNanos;
        values[size] = value;
        size++;
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
}
