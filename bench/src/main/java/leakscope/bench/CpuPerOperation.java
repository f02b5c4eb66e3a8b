package leakscope.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * The process's CPU time per benchmark operation over the measurement iterations of one fork (a
 * single-threaded benchmark counts its operations in {@link #operations}). Written as
 * {@code NAME PROCESS_CPU_NS_PER_OP BENCHMARK_THREAD_CPU_NS_PER_OP} to the file the system property {@value #PROPERTY} names.
 */
final class CpuPerOperation {
    static final String PROPERTY = "leakscope.bench.cpu";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    /** Incremented by the benchmark method, once per operation. */
    long operations;
    private boolean measuring;
    private long startOperations;
    private long startCpu;
    private long measuredOperations;
    private long measuredCpu;
    private long startThreadCpu;
    private long measuredThreadCpu;

    void iterationStarts(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT;
        startOperations = operations;
        startCpu = os.getProcessCpuTime();
        startThreadCpu = threads.getCurrentThreadCpuTime();
    }

    void iterationEnds() {
        if (measuring) {
            measuredCpu += os.getProcessCpuTime() - startCpu;
            measuredThreadCpu += threads.getCurrentThreadCpuTime() - startThreadCpu;
            measuredOperations += operations - startOperations;
        }
    }

    void report(String name) throws IOException {
        String file = System.getProperty(PROPERTY);
        if (file != null && measuredOperations > 0) {
            Files.writeString(Path.of(file), String.format(Locale.ROOT, "%s %.1f %.1f%n", name,
                    (double) measuredCpu / measuredOperations, (double) measuredThreadCpu / measuredOperations), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }
}
