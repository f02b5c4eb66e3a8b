package leakscope.analyzer.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    /** Why an {@link #isUnflushed} input cannot be read. */
    public static final String UNFLUSHED = "still being written: nothing has been flushed to it yet (the newest chunk "
            + "of a running or killed JVM's repository)";

    public RecordingInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(readable, "readable");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(jvm, "jvm");
    }

    /** This input, known to have recorded {@code identified}. */
    public RecordingInput withJvm(Optional<JvmIdentity> identified) {
        return new RecordingInput(path, readable, layout, identified);
    }

    public boolean isTruncated() {
        return layout.isTruncated();
    }

    /**
     * A repository's newest chunk file with nothing flushed to it yet: no chunk to read, and only a problem
     * when it is the only input.
     */
    public boolean isUnflushed() {
        return layout.isEmpty();
    }

    /** What reading this input cannot see, one warning each, without the file name. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(layout.contradictions());
        if (layout.isTruncated()) {
            problems.add(0, layout.lossWarning());
        }
        return problems;
    }

    /**
     * Splits the input into at most {@code parts} runs of chunks of about equal size, in file order;
     * a single part when it has one chunk or {@code parts} is 1.
     */
    public List<RecordingPart> parts(int parts) {
        List<Chunk> chunks = layout.chunks();
        int count = Math.max(1, Math.min(parts, chunks.size()));
        List<RecordingPart> result = new ArrayList<>(count);
        long total = layout.completeBytes();
        int first = 0;
        for (int part = 1; part <= count; part++) {
            long boundary = total * part / count;
            int last = first;
            // leave at least one chunk for each part still to come
            while (last < chunks.size() - 1 - (count - part) && chunks.get(last).offset() + chunks.get(last).size() < boundary) {
                last++;
            }
            if (part == count) {
                last = chunks.size() - 1;
            }
            result.add(new RecordingPart(this, first, last));
            first = last + 1;
        }
        return result;
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
