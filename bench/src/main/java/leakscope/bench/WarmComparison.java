package leakscope.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import leakscope.analyzer.AnalysisOptions;
import leakscope.analyzer.Analyzer;
import leakscope.analyzer.Progress;

/**
 * The analyser against the bare loop once both are compiled: each is run {@code rounds} times in this
 * JVM, alternating, and the best time of each is printed. Separates the analysis' own speed from the JIT
 * warm-up a short command pays. Args: file rounds. Run with --add-opens jdk.jfr/jdk.jfr.consumer=ALL-UNNAMED.
 */
public final class WarmComparison {
    private WarmComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Paths.get(args[0]);
        int rounds = Integer.parseInt(args[1]);
        long bare = Long.MAX_VALUE;
        long oneThread = Long.MAX_VALUE;
        long twoThreads = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            bare = Math.min(bare, time(() -> BareLoop.pair(file)));
            oneThread = Math.min(oneThread, time(() -> Analyzer.analyze(List.of(file), AnalysisOptions.DEFAULTS.withThreads(1),
                    Progress.NONE)));
            twoThreads = Math.min(twoThreads, time(() -> Analyzer.analyze(List.of(file),
                    AnalysisOptions.DEFAULTS.withThreads(2), Progress.NONE)));
        }
        System.out.printf(Locale.ROOT, "bare %d ms, analyze 1 thread %d ms (%.2fx), 2 threads %d ms (%.2fx)%n",
                bare, oneThread, (double) bare / oneThread, twoThreads, (double) bare / twoThreads);
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static long time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
