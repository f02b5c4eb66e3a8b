package leakscope.analyzer.model;

/** One point of a series: epoch nanoseconds and a value. */
public record Sample(long epochNanos, double value) {
}
