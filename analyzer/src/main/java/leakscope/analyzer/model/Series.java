package leakscope.analyzer.model;

import java.util.List;
import java.util.Objects;

/**
 * A quantity over time: a gauge, a series derived from the events ({@code open handles: file}), or
 * one the JVM records.
 *
 * @param name untrusted when it is a gauge name
 * @param origin where the samples come from
 * @param unit what a sample counts or measures
 * @param handleKind the kind whose open handles it counts (a derived series); empty for every other series
 * @param samples sorted by time
 * @param slopePerMinute least-squares slope of the samples against wall time
 */
public record Series(String name, Origin origin, Unit unit, String handleKind, Trend trend, List<Sample> samples,
        double slopePerMinute) {
    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(handleKind, "handleKind");
        Objects.requireNonNull(trend, "trend");
        samples = List.copyOf(samples);
    }

    /** A series that counts no kind's open handles. */
    public Series(String name, Origin origin, Unit unit, Trend trend, List<Sample> samples, double slopePerMinute) {
        this(name, origin, unit, "", trend, samples, slopePerMinute);
    }

    /** Where a series' samples come from. */
    public enum Origin {
        /** {@code leakscope.Gauge} events of one name */
        GAUGE,
        /** counted from the events: open handles of a kind, live sessions, live threads of a site */
        DERIVED,
        /** the JVM's own events: heap and metaspace after GC, loaded classes */
        JVM
    }

    /** What a sample counts or measures. */
    public enum Unit {
        HANDLES,
        SESSIONS,
        THREADS,
        BYTES,
        CLASSES,
        /** a gauge's value, whose unit only its program knows */
        VALUE
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
