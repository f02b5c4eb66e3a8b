package leakscope.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.Recording;
import jdk.jfr.StackTrace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor under the agent's cost with a recording capturing stack traces: what JFR alone charges
 * for the two events a tracked open+close emits, an empty event with a stack trace committed as
 * many frames below the caller as the agent's acquire is, and an empty event without one. No agent
 * can emit an acquire with its site for less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:FlightRecorderOptions:memorysize=256m"})
public class JfrFloorBenchmark {
    /**
     * Frames between the JDK method that opened the descriptor ({@code FileInputStream.<init>}) and the
     * acquire's commit under the agent: the hook's two, the dispatch's, the agent's acquire and track,
     * the recorder's acquire and emit.
     */
    static final int AGENT_FRAMES = 7;

    @Name("leakscope.bench.EmptyWithStack")
    @StackTrace(true)
    static final class EmptyWithStack extends Event {
    }

    @Name("leakscope.bench.EmptyWithoutStack")
    @StackTrace(false)
    static final class EmptyWithoutStack extends Event {
    }

    private Recording active;
    private Path recordingFile;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        recordingFile = Files.createTempFile("floor-bench", ".jfr");
        active = new Recording();
        active.setMaxSize(64L << 20);
        active.setDestination(recordingFile);
        active.enable(EmptyWithStack.class).withStackTrace();
        active.enable(EmptyWithoutStack.class);
        active.start();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        active.close();
        Files.deleteIfExists(recordingFile);
    }

    /** The frames inlined into one compiled frame, as C2 does with this recursion: the cheapest walk. */
    @Benchmark
    public void eventPairWithStack(CpuPerOperation cpu) {
        cpu.operations++;
        commitBelow(AGENT_FRAMES);
        new EmptyWithoutStack().commit();
    }

    /** Each frame a compiled frame of its own, as most of the agent's path is: what a real walk meets. */
    @Benchmark
    public void eventPairWithStackNotInlined(CpuPerOperation cpu) {
        cpu.operations++;
        commitBelowNotInlined(AGENT_FRAMES);
        new EmptyWithoutStack().commit();
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    private static void commitBelowNotInlined(int frames) {
        if (frames > 0) {
            commitBelowNotInlined(frames - 1);
        } else {
            new EmptyWithStack().commit();
        }
    }

    private static void commitBelow(int frames) {
        if (frames > 0) {
            commitBelow(frames - 1);
        } else {
            new EmptyWithStack().commit();
        }
    }
}
