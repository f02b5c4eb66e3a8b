package leakscope.analyzer.read;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import leakscope.analyzer.model.JvmIdentity;

/**
 * An input file checked and identified, ready to read.
 *
 * @param readable the file to parse: the input itself, or a copy of its complete chunks when it is truncated
 */
public record RecordingInput(Path path, Path readable, ChunkLayout layout, Optional<JvmIdentity> jvm) {
    public RecordingInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(readable, "readable");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(jvm, "jvm");
    }

    public boolean isTruncated() {
        return layout.isTruncated();
    }

    public int completeChunks() {
        return layout.chunks().size();
    }

    public long completeBytes() {
        return layout.completeBytes();
    }

    public long sizeBytes() {
        return layout.fileSize();
    }

    public long startNanos() {
        return layout.startNanos();
    }

    public long endNanos() {
        return layout.endNanos();
    }

    public Instant start() {
        return Times.instant(startNanos());
    }

    public Instant end() {
        return Times.instant(endNanos());
    }
}
