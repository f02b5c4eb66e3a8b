package leakscope.analyzer.read;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Optional;
import leakscope.analyzer.model.JvmIdentity;

/**
 * What a file (or a run of its chunks) says about itself, beyond the contract's events.
 *
 * @param events leakscope events read
 * @param endedAtExit {@code jdk.Shutdown} seen
 * @param dataLoss from {@code jdk.DataLoss}, see {@link DataLossTally}
 * @param jvmEvents events of the JVM's own that were read (threads, heap, classes, old objects)
 * @param jvm from the first {@code jdk.JVMInformation} read, when the reader was asked to look for it
 * @param brokenEvents events left out because they break the contract's types, by "event name: problem"
 * @param eventsOutsideChunks contract events dated outside their chunk's time span
 * @param startedWithJvm the JVM was started with {@code -XX:StartFlightRecording} ({@code jdk.JVMInformation})
 * @param recordingStartNanos the earliest start of a recording this file's chunks belong to
 *     ({@code jdk.ActiveRecording}), {@link Long#MAX_VALUE} when none says
 */
public record ReadResult(long events, boolean endedAtExit, DataLossTally dataLoss, long jvmEvents,
        Optional<JvmIdentity> jvm, Map<String, Long> brokenEvents, long eventsOutsideChunks, boolean startedWithJvm,
        long recordingStartNanos) {
    public ReadResult {
        Objects.requireNonNull(dataLoss, "dataLoss");
        Objects.requireNonNull(jvm, "jvm");
        brokenEvents = Collections.unmodifiableMap(new TreeMap<>(brokenEvents));
    }

    public long dataLossBytes() {
        return dataLoss.bytes();
    }

    /** This part followed by {@code later}, as if read in one go. */
    public ReadResult plus(ReadResult later) {
        DataLossTally both = new DataLossTally();
        both.addAll(dataLoss);
        both.addAll(later.dataLoss);
        Map<String, Long> broken = new TreeMap<>(brokenEvents);
        later.brokenEvents.forEach((problem, count) -> broken.merge(problem, count, Long::sum));
        return new ReadResult(events + later.events, endedAtExit || later.endedAtExit, both, jvmEvents + later.jvmEvents,
                jvm.or(later::jvm), broken, eventsOutsideChunks + later.eventsOutsideChunks,
                startedWithJvm || later.startedWithJvm, Math.min(recordingStartNanos, later.recordingStartNanos));
    }
}
