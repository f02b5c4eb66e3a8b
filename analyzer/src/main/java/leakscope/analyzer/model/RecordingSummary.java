package leakscope.analyzer.model;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One input file.
 *
 * @param jvm the recorded JVM, when the file holds {@code jdk.JVMInformation}
 * @param start first chunk's start
 * @param end last complete chunk's end
 * @param events leakscope events read
 * @param endedAtExit the file holds {@code jdk.Shutdown}: the JVM exited
 * @param truncated the file ends inside a chunk; only its complete chunks were read
 * @param dataLossBytes bytes JFR reported lost ({@code jdk.DataLoss}), 0 when none
 */
public record RecordingSummary(Path path, Optional<JvmIdentity> jvm, Instant start, Instant end, long events,
        boolean endedAtExit, boolean truncated, long dataLossBytes) {
    public RecordingSummary {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(jvm, "jvm");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
