package leakscope.analyzer.read;

import java.util.Objects;
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
 */
public record ReadResult(long events, boolean endedAtExit, DataLossTally dataLoss, long jvmEvents,
        Optional<JvmIdentity> jvm) {
    public ReadResult {
        Objects.requireNonNull(dataLoss, "dataLoss");
        Objects.requireNonNull(jvm, "jvm");
    }

    public long dataLossBytes() {
        return dataLoss.bytes();
    }

    /** This part followed by {@code later}, as if read in one go. */
    public ReadResult plus(ReadResult later) {
        DataLossTally both = new DataLossTally();
        both.addAll(dataLoss);
        both.addAll(later.dataLoss);
        return new ReadResult(events + later.events, endedAtExit || later.endedAtExit, both, jvmEvents + later.jvmEvents,
                jvm.or(later::jvm));
    }
}
