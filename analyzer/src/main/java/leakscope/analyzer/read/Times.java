package leakscope.analyzer.read;

import java.time.Instant;

/** Epoch nanoseconds, the analyser's one time unit, to and from {@link Instant}. */
public final class Times {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private Times() {
    }

    public static long nanos(Instant instant) {
        return instant.getEpochSecond() * NANOS_PER_SECOND + instant.getNano();
    }

    public static Instant instant(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, NANOS_PER_SECOND), Math.floorMod(epochNanos, NANOS_PER_SECOND));
    }
}
