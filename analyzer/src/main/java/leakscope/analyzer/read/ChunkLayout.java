package leakscope.analyzer.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import leakscope.analyzer.AnalysisException;
import leakscope.analyzer.model.Warning;

/**
 * The readable chunks of a file, from their headers alone, so a bad or cut file is named before any event is
 * parsed and a damaged header never reaches the JDK's reader. Header layout (JFR file format 1.x and 2.x):
 * magic "FLR\0", major and minor version (u2 each), chunk size, constant pool offset, metadata offset, start
 * nanos, duration nanos, start ticks, ticks per second (u8 each), file state (u1: 0 finished, 255 header being
 * updated, else the generation of a chunk still being written), two bytes, flags (u1; bit 1: final chunk).
 * JFR carries no checksums: what cannot be seen from the headers' own consistency is not detected here.
 *
 * @param ending how the file ends after its readable chunks
 * @param endOffset where reading stopped: the end of the last readable chunk, or where a damaged header is
 * @param contradictions header fields that a chunk cannot have, one per chunk at most
 */
record ChunkLayout(Path file, List<Chunk> chunks, long fileSize, Ending ending, long endOffset,
        List<Warning.HeaderContradicted> contradictions) {
    static final int HEADER_BYTES = 68;
    private static final int MAGIC = 0x464C5200; // "FLR\0"
    private static final int FILE_STATE_POSITION = 64;
    private static final int FLAG_BYTE_POSITION = 67;
    private static final int FINAL_CHUNK_FLAG = 1 << 1;

    /** How a file ends after its readable chunks. */
    enum Ending {
        /** Its last chunk ends at the end of the file. */
        COMPLETE,
        /** Bytes follow that are not a complete chunk: the file was cut. */
        CUT,
        /** Its last chunk was still being written: read up to the JVM's last flush. */
        IN_PROGRESS,
        /** A chunk still being written with nothing flushed to it yet: skipped. */
        UNFLUSHED,
        /** A chunk header that contradicts the file (size, offsets, version): it and what follows are skipped. */
        DAMAGED
    }

    ChunkLayout {
        chunks = List.copyOf(chunks);
        contradictions = List.copyOf(contradictions);
    }

    boolean isEmpty() {
        return chunks.isEmpty();
    }

    /** Bytes covered by readable chunks. */
    long completeBytes() {
        return chunks.stream().mapToLong(Chunk::size).sum();
    }

    /** Something of the file could not be read: it ends cut, in progress or damaged. */
    boolean isTruncated() {
        return ending != Ending.COMPLETE;
    }

    /** What was lost at the file's end, if anything. */
    Optional<Warning.Truncated> loss() {
        Warning.Truncation how = switch (ending) {
            case COMPLETE -> null;
            case CUT -> Warning.Truncation.CUT;
            case IN_PROGRESS -> Warning.Truncation.IN_PROGRESS;
            case UNFLUSHED -> Warning.Truncation.UNFLUSHED;
            case DAMAGED -> Warning.Truncation.DAMAGED;
        };
        return Optional.ofNullable(how)
                .map(h -> new Warning.Truncated(file, h, endOffset, chunks.size(), completeBytes(), fileSize));
    }

    static ChunkLayout scan(Path file) throws AnalysisException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return scan(file, channel);
        } catch (NoSuchFileException e) {
            throw new AnalysisException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new AnalysisException(file, "permission denied");
        } catch (IOException e) {
            throw new AnalysisException(file, "cannot read: " + e.getMessage());
        }
    }

    private static ChunkLayout scan(Path file, FileChannel channel) throws IOException, AnalysisException {
        long size = channel.size();
        if (size == 0) {
            throw new AnalysisException(file, "file is empty");
        }
        List<Chunk> chunks = new ArrayList<>();
        List<Warning.HeaderContradicted> contradictions = new ArrayList<>();
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        long offset = 0;
        Ending ending = Ending.COMPLETE;
        while (offset < size) {
            header.clear();
            while (header.hasRemaining() && channel.read(header, offset + header.position()) > 0) {
                // a short read is not the end of a regular file
            }
            boolean hasMagic = header.position() >= 4 && header.getInt(0) == MAGIC;
            if (!hasMagic && chunks.isEmpty()) {
                throw new AnalysisException(file, "not a JFR recording (no Flight Recorder header)");
            }
            if (header.position() < HEADER_BYTES) {
                ending = Ending.CUT;
                break;
            }
            Reading reading = read(header, offset, size);
            if (reading.problem != null) {
                if (chunks.isEmpty() && reading.ending == Ending.UNFLUSHED) {
                    // a repository's newest chunk: the caller decides whether the other inputs are enough
                    return new ChunkLayout(file, List.of(), size, Ending.UNFLUSHED, 0, List.of());
                }
                if (chunks.isEmpty() && reading.ending != Ending.CUT) {
                    throw new AnalysisException(file, reading.problem);
                }
                ending = reading.ending;
                break;
            }
            Chunk chunk = reading.chunk;
            contradiction(file, chunks.size() + 1, offset, header).ifPresent(contradictions::add);
            chunks.add(chunk);
            offset = chunk.end();
            if (chunk.isInProgress()) {
                ending = Ending.IN_PROGRESS; // whatever follows its flushed size is unflushed, not a chunk
                break;
            }
        }
        if (chunks.isEmpty()) {
            throw new AnalysisException(file, "truncated inside its first chunk, nothing can be read");
        }
        return new ChunkLayout(file, repairEnds(chunks), size, ending, offset, contradictions);
    }

    /** A header's chunk, or why it cannot be read. */
    private record Reading(Chunk chunk, Ending ending, String problem) {
    }

    private static Reading read(ByteBuffer header, long offset, long fileSize) {
        if (header.getInt(0) != MAGIC) {
            return new Reading(null, Ending.DAMAGED, "no chunk header");
        }
        short major = header.getShort(4);
        if (major != 1 && major != 2) {
            return new Reading(null, Ending.DAMAGED, "JFR file version " + major + "." + header.getShort(6)
                    + " (only 1.x and 2.x are known)");
        }
        long chunkSize = header.getLong(8);
        long constantPools = header.getLong(16);
        long metadata = header.getLong(24);
        int fileState = header.get(FILE_STATE_POSITION) & 0xff;
        boolean inProgress = fileState != 0;
        if (inProgress && (metadata == 0 || chunkSize <= HEADER_BYTES)) {
            return new Reading(null, Ending.UNFLUSHED, "still being written: nothing has been flushed to it yet "
                    + "(the newest chunk of a running or killed JVM's repository)");
        }
        if (chunkSize < HEADER_BYTES) {
            return new Reading(null, Ending.DAMAGED, "damaged chunk header: chunk size " + chunkSize);
        }
        if (chunkSize > fileSize - offset) { // never offset + chunkSize: it overflows for sizes near Long.MAX_VALUE
            return new Reading(null, Ending.CUT, "truncated inside its first chunk, nothing can be read");
        }
        if (metadata < HEADER_BYTES || metadata >= chunkSize || constantPools < HEADER_BYTES || constantPools >= chunkSize) {
            return new Reading(null, Ending.DAMAGED, "damaged chunk header: metadata at " + metadata
                    + " and constant pools at " + constantPools + " in a chunk of " + chunkSize + " bytes");
        }
        long startNanos = header.getLong(32);
        long durationNanos = header.getLong(40);
        boolean isFinal = (header.get(FLAG_BYTE_POSITION) & FINAL_CHUNK_FLAG) != 0;
        long endNanos = durationNanos > 0 && startNanos <= Long.MAX_VALUE - durationNanos ? startNanos + durationNanos
                : startNanos;
        return new Reading(new Chunk(offset, chunkSize, startNanos, endNanos, header.getLong(48), header.getLong(56),
                inProgress, isFinal), null, null);
    }

    /** What a readable header says that cannot be true, if anything. */
    private static Optional<Warning.HeaderContradicted> contradiction(Path file, int chunk, long offset,
            ByteBuffer header) {
        long startNanos = header.getLong(32);
        long durationNanos = header.getLong(40);
        boolean inProgress = (header.get(FILE_STATE_POSITION) & 0xff) != 0;
        Warning.HeaderField field = null;
        long value = 0;
        if (startNanos <= 0) {
            field = Warning.HeaderField.START_TIME;
            value = startNanos;
        } else if (durationNanos < 0 || durationNanos == 0 && !inProgress || durationNanos > Long.MAX_VALUE - startNanos) {
            field = Warning.HeaderField.DURATION;
            value = durationNanos;
        } else if (header.getLong(48) <= 0) {
            field = Warning.HeaderField.START_TICKS;
            value = header.getLong(48);
        } else if (header.getLong(56) <= 0) {
            field = Warning.HeaderField.TICKS_PER_SECOND;
            value = header.getLong(56);
        }
        return field == null ? Optional.empty()
                : Optional.of(new Warning.HeaderContradicted(file, chunk, offset, field, value));
    }

    /** A chunk whose header gives it no duration ends, at the latest, where the next one starts. */
    private static List<Chunk> repairEnds(List<Chunk> chunks) {
        List<Chunk> repaired = new ArrayList<>(chunks);
        for (int i = 0; i + 1 < repaired.size(); i++) {
            Chunk chunk = repaired.get(i);
            long nextStart = repaired.get(i + 1).startNanos();
            if (chunk.endNanos() == chunk.startNanos() && nextStart > chunk.startNanos()) {
                repaired.set(i, new Chunk(chunk.offset(), chunk.size(), chunk.startNanos(), nextStart, chunk.startTicks(),
                        chunk.ticksPerSecond(), chunk.isInProgress(), chunk.isFinal()));
            }
        }
        return repaired;
    }

    long startNanos() {
        return chunks.get(0).startNanos();
    }

    long endNanos() {
        return chunks.stream().mapToLong(Chunk::endNanos).max().orElseThrow();
    }
}
