package leakscope.bench;

import java.io.FileInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Recording;
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
 * Open+close of the JDK's own handles, run by {@link AgentOverhead} (bench/agent.sh) without the agent
 * and with it ({@code -javaagent:...}): no recording, a recording of the leakscope events without
 * stack traces, and with them.
 *
 * <p>Besides JMH's wall time per operation, each fork measures the process's CPU time (all threads:
 * the JFR recorder's, the GC's) per operation over its measurement iterations, and appends it to the
 * file named by the system property {@value CpuPerOperation#PROPERTY} if set: on a machine shared
 * with other work, wall time counts the time the benchmark waited for a core, CPU time does not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:FlightRecorderOptions:memorysize=256m"})
public class AgentBenchmark {
    /** none: no recording; enabled: the leakscope events without stack traces; stacks: with. */
    @Param({"none", "enabled", "stacks"})
    public String recording;

    private Recording active;
    private Path recordingFile;
    private Path file;
    private ServerSocket server;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        file = Files.writeString(Files.createTempFile("bench", ".txt"), "data");
        server = new ServerSocket(0, 1000, InetAddress.getLoopbackAddress());
        if (recording.equals("none")) {
            return;
        }
        recordingFile = Files.createTempFile("agent-bench", ".jfr");
        active = new Recording();
        active.setMaxSize(64L << 20);
        active.setDestination(recordingFile);
        boolean stacks = recording.equals("stacks");
        active.enable("leakscope.ResourceAcquire").with("stackTrace", String.valueOf(stacks));
        active.enable("leakscope.ResourceRelease");
        active.enable("leakscope.ResourceReclaimed");
        active.start();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        server.close();
        if (active != null) {
            active.close();
            Files.deleteIfExists(recordingFile);
        }
        Files.deleteIfExists(file);
    }

    @Benchmark
    public int fileInputStream(CpuPerOperation cpu) throws IOException {
        cpu.operations++;
        try (FileInputStream in = new FileInputStream(file.toFile())) {
            return in.available();
        }
    }

    @Benchmark
    public long fileChannel(CpuPerOperation cpu) throws IOException {
        cpu.operations++;
        try (FileChannel channel = FileChannel.open(file)) {
            return channel.position();
        }
    }

    /**
     * Both ends in the benchmark thread: the kernel completes a loopback connect into the listen backlog
     * before anyone accepts, so no second thread (whose scheduling on 2 cores swung the results 0.75-1.39x
     * from fork to fork) takes part, and the thread's CPU time is the whole cost of both handles.
     */
    @Benchmark
    public int loopbackSocket(CpuPerOperation cpu) throws IOException {
        cpu.operations++;
        try (Socket socket = new Socket(server.getInetAddress(), server.getLocalPort());
                Socket accepted = server.accept()) {
            socket.setSoLinger(true, 0); // reset on close: no TIME_WAIT, so ephemeral ports never run out
            accepted.setSoLinger(true, 0);
            return socket.getLocalPort() + accepted.getPort();
        }
    }
}
