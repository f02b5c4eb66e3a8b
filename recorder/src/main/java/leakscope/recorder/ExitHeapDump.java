package leakscope.recorder;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;

/**
 * {@code -Dleakscope.heapDumpOnExit[=FILE|DIR]}: when the JVM exits with watched objects that a forced
 * collection does not free, writes a heap dump for {@code leakscope analyze app.jfr app.hprof} (no jcmd).
 * With no value the dump goes next to the running recording's file ({@code app.jfr} → {@code app.hprof}),
 * else to {@code leakscope-PID.hprof} in the working directory. Nothing is written when all are freed.
 */
final class ExitHeapDump implements Runnable {
    static final String PROPERTY = "leakscope.heapDumpOnExit";
    private static final long WAIT_MILLIS = 2_000;
    private static final long GC_EVERY_MILLIS = 200;

    private final String setting;
    // looked up when the hook is added: at exit JFR's own hook may already have closed the recording
    private final Path recordingFile;

    private ExitHeapDump(String setting, Path recordingFile) {
        this.setting = setting;
        this.recordingFile = recordingFile;
    }

    static void registerIfAsked() {
        String setting = System.getProperty(PROPERTY);
        if (setting != null && !setting.equals("false")) {
            Runtime.getRuntime().addShutdownHook(new Thread(new ExitHeapDump(setting, runningRecordingFile()),
                    "leakscope-heap-dump"));
        }
    }

    /** The file of a recording running now (-XX:StartFlightRecording:filename=), without starting JFR. */
    private static Path runningRecordingFile() {
        if (!FlightRecorder.isInitialized()) {
            return null;
        }
        for (Recording recording : FlightRecorder.getFlightRecorder().getRecordings()) {
            if (recording.getDestination() != null) {
                return recording.getDestination().toAbsolutePath();
            }
        }
        return null;
    }

    @Override
    public void run() {
        if (Watches.unreclaimed() == 0) {
            return;
        }
        // a young collection cannot free an object that reached the old generation: System.gc() is a full one
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        long nextGc = 0;
        while (Watches.unreclaimed() > 0 && System.currentTimeMillis() < deadline) {
            if (System.currentTimeMillis() >= nextGc) {
                System.gc();
                nextGc = System.currentTimeMillis() + GC_EVERY_MILLIS;
            }
            try {
                Thread.sleep(10); // the cleaner thread emits the reclaims
            } catch (InterruptedException e) {
                return;
            }
        }
        int reachable = Watches.unreclaimed();
        if (reachable == 0) {
            return;
        }
        Path file = Path.of("leakscope-" + ProcessHandle.current().pid() + ".hprof");
        try {
            file = target(file.getFileName().toString());
            Files.deleteIfExists(file); // the MXBean refuses to overwrite
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(file.toString(), true);
            System.err.println("leakscope: " + reachable + " watched object(s) still reachable at exit; heap dump: " + file);
        } catch (IOException | RuntimeException e) {
            System.err.println("leakscope: cannot write the heap dump " + file + ": " + e.getMessage());
        }
    }

    private Path target(String fileName) {
        if (!setting.isEmpty() && !setting.equals("true")) {
            Path asked = Path.of(setting);
            return Files.isDirectory(asked) ? asked.resolve(fileName) : asked;
        }
        Path recording = recordingFile != null ? recordingFile : runningRecordingFile();
        if (recording != null) {
            String name = recording.getFileName().toString().replaceFirst("\\.jfr$", "");
            return recording.resolveSibling(name + ".hprof");
        }
        return Path.of(fileName).toAbsolutePath();
    }
}
