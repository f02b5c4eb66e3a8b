package leakscope.analyzer.read;

import java.util.Optional;
import jdk.jfr.consumer.RecordedEvent;
import leakscope.analyzer.model.JvmIdentity;

/** What the events of a file (or a run of its chunks) say about the recording itself, gathered while reading. */
final class RecordingFacts {
    private final DataLossTally dataLoss = new DataLossTally();
    private long leakscopeEvents;
    private long jvmEvents;
    private boolean endedAtExit;
    private Optional<JvmIdentity> jvm = Optional.empty();

    void counted(EventTable.Source source) {
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
        }
    }

    void dataLoss(long threadKey, long amount, long total) {
        dataLoss.add(threadKey, amount, total);
    }

    ReadResult result() {
        return new ReadResult(leakscopeEvents, endedAtExit, dataLoss, jvmEvents, jvm);
    }
}
