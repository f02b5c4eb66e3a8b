package leakscope.analyzer.read;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import leakscope.analyzer.model.JvmIdentity;
import leakscope.analyzer.model.Warning;

/**
 * One recording of an input file, checked and identified, ready to read: the file's chunks of one JVM run,
 * each read once. Most files hold one; a file of several recordings concatenated holds one per run of chunks.
 *
 * @param readable the file to parse: the input itself, or a copy of just these chunks (a truncated file, a
 *     later recording of a concatenated file, chunks left after duplicates were dropped)
 * @param chunks this recording's chunks, at their offsets in {@code readable}
 * @param layout the whole input file's chunk layout
 * @param holdsFileEnd this recording has the file's last readable chunk, so what the file lost at its end is its
 */
public record RecordingInput(Path path, Path readable, List<Chunk> chunks, ChunkLayout layout, boolean holdsFileEnd,
        Optional<JvmIdentity> jvm) {
    public RecordingInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(readable, "readable");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(jvm, "jvm");
        chunks = List.copyOf(chunks);
        if (chunks.isEmpty()) {
            throw new IllegalArgumentException("a recording has at least one chunk");
        }
    }

    /** This input, known to have recorded {@code identified}. */
    public RecordingInput withJvm(Optional<JvmIdentity> identified) {
        return new RecordingInput(path, readable, chunks, layout, holdsFileEnd, identified);
    }

    /** Part of the file was lost after this recording: cut, in progress or damaged. */
    public boolean isTruncated() {
        return holdsFileEnd && layout.isTruncated();
    }

    /** What reading this recording cannot see: a loss at the file's end, headers that contradict themselves. */
    public List<Warning> problems() {
        List<Warning> problems = new ArrayList<>();
        if (holdsFileEnd) {
            layout.loss().ifPresent(problems::add);
            problems.addAll(layout.contradictions());
        }
        return problems;
    }

    /**
     * Splits the input into at most {@code parts} runs of chunks of about equal size, in file order;
     * a single part when it has one chunk or {@code parts} is 1.
     */
    public List<RecordingPart> parts(int parts) {
        int count = Math.max(1, Math.min(parts, chunks.size()));
        List<RecordingPart> result = new ArrayList<>(count);
        long total = completeBytes();
        long base = chunks.get(0).offset();
        int first = 0;
        for (int part = 1; part <= count; part++) {
            long boundary = total * part / count;
            int last = first;
            // leave at least one chunk for each part still to come
            while (last < chunks.size() - 1 - (count - part) && chunks.get(last).end() - base < boundary) {
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
        return chunks.size();
    }

    public long completeBytes() {
        return chunks.stream().mapToLong(Chunk::size).sum();
    }

    /** Bytes to read, for progress. */
    public long sizeBytes() {
        return completeBytes();
    }

    public long startNanos() {
        return chunks.get(0).startNanos();
    }

    public long endNanos() {
        return chunks.stream().mapToLong(Chunk::endNanos).max().orElseThrow();
    }

    public Instant start() {
        return Times.instant(startNanos());
    }

    public Instant end() {
        return Times.instant(endNanos());
    }
}
