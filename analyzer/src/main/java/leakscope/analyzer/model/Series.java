package leakscope.analyzer.model;

import java.util.List;
import java.util.Objects;

/**
 * A quantity over time: a gauge, or a derived series such as {@code open handles: file}.
 *
 * @param name untrusted when it is a gauge name
 * @param samples sorted by time
 * @param slopePerMinute least-squares slope of the samples against wall time
 */
public record Series(String name, Trend trend, List<Sample> samples, double slopePerMinute) {
    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(trend, "trend");
        samples = List.copyOf(samples);
    }

    public double first() {
        return samples.isEmpty() ? 0 : samples.get(0).value();
    }

    public double last() {
        return samples.isEmpty() ? 0 : samples.get(samples.size() - 1).value();
    }

    public double min() {
        return samples.stream().mapToDouble(Sample::value).min().orElse(0);
    }

    public double max() {
        return samples.stream().mapToDouble(Sample::value).max().orElse(0);
    }
}
