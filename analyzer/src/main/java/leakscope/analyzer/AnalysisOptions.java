package leakscope.analyzer;

import java.util.List;

/**
 * @param skipFrames package prefixes whose frames are never a leak's site (besides the JDK's and the recorder's)
 * @param threads how many threads read a multi-chunk recording's chunks (1: read in one go)
 */
public record AnalysisOptions(List<String> skipFrames, int threads) {
    public static final AnalysisOptions DEFAULTS = new AnalysisOptions(List.of(), Runtime.getRuntime().availableProcessors());

    public AnalysisOptions {
        skipFrames = List.copyOf(skipFrames);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    public AnalysisOptions(List<String> skipFrames) {
        this(skipFrames, DEFAULTS.threads());
    }

    public AnalysisOptions withThreads(int count) {
        return new AnalysisOptions(skipFrames, count);
    }
}
