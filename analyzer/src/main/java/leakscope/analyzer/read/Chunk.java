package leakscope.analyzer.read;

/**
 * One chunk of a JFR file, from its header: chunks are self-contained, each with its own metadata.
 *
 * @param endNanos the header's start plus duration, or a repaired end when the header contradicts itself
 * @param startTicks the JVM's tick counter when the chunk started: with {@code ticksPerSecond} it dates the
 *     chunk's events, and it runs from its own JVM's start
 * @param isInProgress the JVM had not finished the chunk (its file state is not 0): a live or killed JVM's
 *     newest chunk, readable up to its last flush
 * @param isFinal the JVM finished it at exit (the header's final-chunk flag)
 */
record Chunk(long offset, long size, long startNanos, long endNanos, long startTicks, long ticksPerSecond,
        boolean isInProgress, boolean isFinal) {
    long end() {
        return offset + size;
    }

    long durationNanos() {
        return endNanos - startNanos;
    }
}
