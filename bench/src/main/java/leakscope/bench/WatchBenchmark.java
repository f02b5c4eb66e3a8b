package leakscope.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Recording;
import leakscope.recorder.Leakscope;
import leakscope.recorder.Session;
import leakscope.recorder.Watch;
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
 * What a watch costs: {@code Leakscope.watch} of a fresh object (its weak reference, its cleaner registration,
 * and the reclaim the cleaner thread later emits), next to a session start and stop (which now watches the
 * stopped session) and a stop with one attached object; with no recording and with the events enabled
 * (stack traces on, as the contract has them). Run: bench/jmh.sh WatchBenchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:FlightRecorderOptions:memorysize=256m"})
public class WatchBenchmark {
    @Param({"none", "enabled"})
    public String recording;

    private Recording active;
    private Path file;

    @Setup(Level.Trial)
    public void start() throws Exception {
        if (recording.equals("enabled")) {
            file = Files.createTempFile("watch-bench", ".jfr");
            active = new Recording();
            for (String name : new String[] {"leakscope.ObjectWatch", "leakscope.ObjectReclaimed",
                "leakscope.SessionStart", "leakscope.SessionStop"}) {
                active.enable(name).withStackTrace();
            }
            active.setDestination(file);
            active.setMaxSize(64L << 20);
            active.start();
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        if (active != null) {
            active.close();
            Files.deleteIfExists(file);
        }
    }

    @Benchmark
    public Watch watch() {
        return Leakscope.watch(new Object(), "bench");
    }

    @Benchmark
    public Session sessionStartStop() {
        Session session = Leakscope.startSession("bench");
        session.close();
        return session;
    }

    /** The same start and stop without the watch of the stopped session: what a stop cost before watches. */
    @Benchmark
    public Session sessionStartStopUnwatched() {
        Session session = Leakscope.startSession("bench");
        session.stopWithoutWatchingItself();
        return session;
    }

    @Benchmark
    public Session sessionStartStopWithAttachedState() {
        Session session = Leakscope.startSession("bench");
        session.attach(new Object());
        session.close();
        return session;
    }
}
