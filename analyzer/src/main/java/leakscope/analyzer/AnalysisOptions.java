package leakscope.analyzer;

import java.util.List;

/**
 * @param skipFrames package prefixes whose frames are never a leak's site (besides the JDK's and the recorder's)
 */
public record AnalysisOptions(List<String> skipFrames) {
    public static final AnalysisOptions DEFAULTS = new AnalysisOptions(List.of());

    public AnalysisOptions {
        skipFrames = List.copyOf(skipFrames);
    }
}
