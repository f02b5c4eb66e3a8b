package leakscope.analyzer.read;

import java.util.List;
import java.util.Objects;

/**
 * A run of consecutive complete chunks of one input. Chunks are self-contained (each has its metadata
 * and constant pools), so a run of them is a recording of its own and can be read on its own thread.
 */
public record RecordingPart(RecordingInput input, int firstChunk, int lastChunk) {
    public RecordingPart {
        Objects.requireNonNull(input, "input");
    }

    boolean isWholeInput() {
        return firstChunk == 0 && lastChunk == input.chunks().size() - 1;
    }

    List<Chunk> chunks() {
        return input.chunks().subList(firstChunk, lastChunk + 1);
    }

    long offset() {
        return chunks().get(0).offset();
    }

    public long sizeBytes() {
        Chunk last = chunks().get(chunks().size() - 1);
        return last.offset() + last.size() - offset();
    }

    long startNanos() {
        return chunks().get(0).startNanos();
    }

    long endNanos() {
        return chunks().stream().mapToLong(Chunk::endNanos).max().orElseThrow();
    }
}
