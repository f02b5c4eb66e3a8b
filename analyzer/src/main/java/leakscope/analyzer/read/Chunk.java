package leakscope.analyzer.read;

/** One chunk of a JFR file, from its header: chunks are self-contained, each with its own metadata. */
record Chunk(long offset, long size, long startNanos, long durationNanos) {
    long endNanos() {
        return startNanos + durationNanos;
    }
}
