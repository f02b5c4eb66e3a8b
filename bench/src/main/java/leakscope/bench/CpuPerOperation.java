package leakscope.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * A JMH state that measures CPU time per operation over a fork's measurement iterations: of the whole
 * process (JFR's, the compiler's and the GC's threads too) and of the benchmark thread alone. A
 * single-threaded benchmark takes it as an argument and counts its operations in {@link #operations}.
 * On a machine shared with other work, wall time counts the time the benchmark waited for a core, CPU
 * time does not. Written as {@code METHOD[ RECORDING] PROCESS_CPU_NS_PER_OP THREAD_CPU_NS_PER_OP} to
 * the file the system property {@value #PROPERTY} names, if set ({@link AgentOverhead} reads it).
 */
@State(Scope.Thread)
public class CpuPerOperation {
    static final String PROPERTY = "leakscope.bench.cpu";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    /** Incremented by the benchmark method, once per operation. */
    public long operations;
    private boolean measuring;
    private long startOperations;
    private long startCpu;
    private long startThreadCpu;
    private long measuredOperations;
    private long measuredCpu;
    private long measuredThreadCpu;

    @Setup(Level.Iteration)
    public void iterationStarts(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT;
        startOperations = operations;
        startCpu = os.getProcessCpuTime();
        startThreadCpu = threads.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void iterationEnds() {
        if (measuring) {
            measuredCpu += os.getProcessCpuTime() - startCpu;
            measuredThreadCpu += threads.getCurrentThreadCpuTime() - startThreadCpu;
            measuredOperations += operations - startOperations;
        }
    }

    @TearDown(Level.Trial)
    public void report(BenchmarkParams benchmark) throws IOException {
        String file = System.getProperty(PROPERTY);
        if (file == null || measuredOperations == 0) {
            return;
        }
        String recording = benchmark.getParamsKeys().contains("recording") ? " " + benchmark.getParam("recording") : "";
        Files.writeString(Path.of(file), String.format(Locale.ROOT, "%s%s %.1f %.1f%n",
                benchmark.getBenchmark().replaceFirst(".*\\.", ""), recording, (double) measuredCpu / measuredOperations,
                (double) measuredThreadCpu / measuredOperations), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
