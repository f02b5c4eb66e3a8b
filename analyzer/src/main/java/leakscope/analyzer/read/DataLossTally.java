package leakscope.analyzer.read;

import java.util.HashMap;
import java.util.Map;

/**
 * Bytes lost per {@code jdk.DataLoss}. Each event carries a per-thread running {@code total}, and most
 * losses get no event of their own, so summing {@code amount} undercounts: the loss is the growth of
 * {@code total} per thread (from just before its first event to its last), summed over threads.
 */
public final class DataLossTally {
    private final Map<Long, long[]> lowAndHighByThread = new HashMap<>();

    void add(long threadKey, long amount, long total) {
        long before = Math.max(0, total - amount);
        long[] range = lowAndHighByThread.computeIfAbsent(threadKey, k -> new long[] {before, total});
        range[0] = Math.min(range[0], before);
        range[1] = Math.max(range[1], total);
    }

    /** Adds another part's tally: a thread's range spans both. */
    void addAll(DataLossTally other) {
        other.lowAndHighByThread.forEach((thread, range) -> {
            long[] mine = lowAndHighByThread.computeIfAbsent(thread, k -> range.clone());
            mine[0] = Math.min(mine[0], range[0]);
            mine[1] = Math.max(mine[1], range[1]);
        });
    }

    long bytes() {
        return lowAndHighByThread.values().stream().mapToLong(r -> r[1] - r[0]).sum();
    }
}
