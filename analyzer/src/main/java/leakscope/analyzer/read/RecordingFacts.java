package leakscope.analyzer.read;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import leakscope.analyzer.model.JvmIdentity;

/** What the events of a file (or a run of its chunks) say about the recording itself, gathered while reading. */
final class RecordingFacts {
    private final DataLossTally dataLoss = new DataLossTally();
    private long leakscopeEvents;
    private long jvmEvents;
    private boolean endedAtExit;
    private Optional<JvmIdentity> jvm = Optional.empty();
    private final Map<String, Long> brokenEvents = new TreeMap<>();
    private long outsideChunks;
    private boolean lastWasBroken;
    private boolean startedWithJvm;
    private long recordingStartNanos = Long.MAX_VALUE;

    /** Counts an event read, unless its decoder found it {@link #broken}. */
    void counted(EventTable.Source source) {
        if (lastWasBroken) {
            lastWasBroken = false;
            return;
        }
        if (source == EventTable.Source.CONTRACT) {
            leakscopeEvents++;
        } else if (source == EventTable.Source.JVM) {
            jvmEvents++;
        }
    }

    /** {@code jdk.Shutdown}: the JVM exited. */
    void endedAtExit() {
        endedAtExit = true;
    }

    /** {@code jdk.JVMInformation}, written at each chunk's start: the first will do. */
    void jvmInformation(RecordedEvent information) {
        if (jvm.isEmpty()) {
            jvm = RecordingReader.identity(information);
            // the same in every chunk of one JVM: -XX:StartFlightRecording starts recording before the program's
            // main, so however long the JVM took to get there, nothing of the program ran unrecorded
            String arguments = information.hasField("jvmArguments") ? information.getString("jvmArguments") : null;
            startedWithJvm = arguments != null && arguments.contains("-XX:StartFlightRecording");
        }
    }

    /**
     * {@code jdk.ActiveRecording}, written at each chunk's start: when a recording of this file started, even
     * when its oldest chunks were dropped since (maxsize=, maxage=).
     */
    void recordingStarted(long startNanos) {
        recordingStartNanos = Math.min(recordingStartNanos, startNanos);
    }

    /** An event left out because it breaks the contract's types ("event name: problem"): counted for a warning. */
    void broken(String problem) {
        brokenEvents.merge(problem, 1L, Long::sum);
        lastWasBroken = true;
    }

    /** A contract event dated outside its chunks' span: JFR has no checksums, so this is how damage shows. */
    void outsideChunks() {
        outsideChunks++;
    }

    void dataLoss(long threadKey, long amount, long total) {
        dataLoss.add(threadKey, amount, total);
    }

    ReadResult result() {
        return new ReadResult(leakscopeEvents, endedAtExit, dataLoss, jvmEvents, jvm, brokenEvents, outsideChunks,
                startedWithJvm, recordingStartNanos);
    }
}
