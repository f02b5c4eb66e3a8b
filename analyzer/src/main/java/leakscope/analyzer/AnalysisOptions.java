package leakscope.analyzer;

import java.util.List;

/**
 * @param skipFrames package prefixes whose frames are never a leak's site (besides the JDK's and the recorder's)
 * @param threads how many threads read a multi-chunk recording's chunks (1: read in one go)
 */
public record AnalysisOptions(List<String> skipFrames, int threads) {
    /**
     * One core is left to the JIT: a command lasts seconds, and on 2 cores two readers plus C2 compiling
     * their code measured slower than one reader (docs/performance.md).
     */
    public static final AnalysisOptions DEFAULTS = new AnalysisOptions(List.of(),
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1));

    public AnalysisOptions {
        skipFrames = List.copyOf(skipFrames);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    public AnalysisOptions withThreads(int count) {
        return new AnalysisOptions(skipFrames, count);
    }
}
