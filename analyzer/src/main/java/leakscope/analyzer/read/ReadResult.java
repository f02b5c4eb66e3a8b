package leakscope.analyzer.read;

/**
 * What a file says about itself, beyond the contract's events.
 *
 * @param events leakscope events read
 * @param endedAtExit {@code jdk.Shutdown} seen
 * @param dataLossBytes from {@code jdk.DataLoss}, see {@link DataLossTally}
 * @param jvmEvents events of the JVM's own that were read (threads, heap, classes, old objects)
 */
public record ReadResult(long events, boolean endedAtExit, long dataLossBytes, long jvmEvents) {
}
