package leakscope.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import leakscope.analyzer.AnalysisOptions;
import leakscope.analyzer.Analyzer;

/**
 * The analyser's peak live heap on one file: at every twentieth of the file read, a full GC, then the
 * heap in use. Shows whether memory grows with the events read (it must not) rather than with the
 * handles open at a time. Args: file threads. Run with --add-opens jdk.jfr/jdk.jfr.consumer=ALL-UNNAMED.
 */
public final class PeakHeap {
    private static final int CHECKS = 20;

    private PeakHeap() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Paths.get(args[0]);
        int threads = Integer.parseInt(args[1]);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long[] nextCheck = {0};
        long[] peak = {0};
        Analyzer.analyze(List.of(file), AnalysisOptions.DEFAULTS.withThreads(threads), (done, total) -> {
            if (done >= nextCheck[0]) {
                nextCheck[0] = done + total / CHECKS;
                System.gc();
                peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
            }
        });
        System.out.printf(Locale.ROOT, "peak live heap %.1f MB (%d thread(s))%n", peak[0] / 1e6, threads);
    }
}
