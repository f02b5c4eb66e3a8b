package leakscope.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.Recording;
import jdk.jfr.StackTrace;
import leakscope.recorder.Leakscope;
import leakscope.recorder.internal.JfrEvents;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The recorder's cost per acquire+release, against a raw {@code jdk.jfr.Event} pair of the same shape,
 * in four recording states; and the cost of one gauge sample. Run: bench/jmh.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:FlightRecorderOptions:memorysize=256m"})
public class RecorderBenchmark {
    /** none: no recording; disabled: a recording without these events; enabled: without stack traces; stacks: with. */
    @Param({"none", "disabled", "enabled", "stacks"})
    public String recording;

    private Recording active;
    private Path file;
    private final LongSupplier gauge = () -> 42;

    @Name("bench.RawAcquire")
    @StackTrace(true)
    static final class RawAcquire extends Event {
        String kind;
        long handleId;
        String description;
        long sessionId;
    }

    @Name("bench.RawRelease")
    @StackTrace(false)
    static final class RawRelease extends Event {
        String kind;
        long handleId;
    }

    @Setup(Level.Trial)
    public void startRecording() throws Exception {
        Leakscope.sample("warm-up", 0); // load the recorder before any recording starts, as an application would
        if (recording.equals("none")) {
            return;
        }
        file = Files.createTempFile("bench", ".jfr");
        active = new Recording();
        active.setMaxSize(64L << 20);
        active.setDestination(file);
        String[] all = {"leakscope.ResourceAcquire", "bench.RawAcquire", "leakscope.ResourceRelease", "bench.RawRelease",
            "leakscope.Gauge"};
        if (recording.equals("disabled")) {
            for (String name : all) {
                active.disable(name); // custom events are enabled by default: a recording must turn them off
            }
        } else {
            boolean stacks = recording.equals("stacks");
            for (String name : new String[] {"leakscope.ResourceAcquire", "bench.RawAcquire"}) {
                active.enable(name).with("stackTrace", String.valueOf(stacks));
            }
            for (String name : new String[] {"leakscope.ResourceRelease", "bench.RawRelease", "leakscope.Gauge"}) {
                active.enable(name);
            }
        }
        active.start();
    }

    @TearDown(Level.Trial)
    public void stopRecording() throws Exception {
        if (active != null) {
            active.close();
            Files.deleteIfExists(file);
        }
    }

    @Benchmark
    public void leakscopeAcquireRelease() {
        Leakscope.acquire("file", "bench").close();
    }

    private long rawIds;

    @Benchmark
    public void rawEventPair() {
        long id = ++rawIds;
        RawAcquire acquire = new RawAcquire();
        if (acquire.isEnabled()) {
            acquire.kind = "file";
            acquire.handleId = id;
            acquire.description = "bench";
            acquire.commit();
        }
        RawRelease release = new RawRelease();
        if (release.isEnabled()) {
            release.kind = "file";
            release.handleId = id;
            release.commit();
        }
    }

    /** What the periodic hook does per registered gauge: call its supplier, emit one sample. */
    @Benchmark
    public void gaugeSample() {
        JfrEvents.gauge("bench.gauge", gauge.getAsLong());
    }
}
