package leakscope.analyzer.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import leakscope.analyzer.AnalysisException;
import leakscope.analyzer.model.Warning;

/**
 * Turns input files into the recordings to read. Chunks read twice would pair events with themselves and
 * double every count, so a chunk that repeats one already seen (a copy of a file under another name, a file
 * concatenated with itself, dumps of two recordings of one JVM, which share its chunks) is read once, with a
 * warning. A file of several recordings concatenated ({@code cat a.jfr b.jfr}, as {@code jfr assemble} and
 * repository copies make) is split into one recording per JVM run: the JDK's reader keeps the first chunk's
 * metadata when the next has the same metadata id, which loses the second recording's events, and each run's
 * timeline is its own JVM's.
 */
public final class RecordingInputs {
    /** Wall clock minus tick clock differs by more than this between chunks of different JVMs. */
    static final long SAME_CLOCK_NANOS = 50_000_000L;
    private static final int COMPARE_BYTES = 1 << 16;

    private RecordingInputs() {
    }

    /** The recordings of {@code files} and what was dropped on the way, as warnings naming the file. */
    public record Inspection(List<RecordingInput> inputs, List<Warning> warnings) {
        public Inspection {
            inputs = List.copyOf(inputs);
            warnings = List.copyOf(warnings);
        }
    }

    /** A chunk of an input file. */
    private record Located(int file, Chunk chunk) {
    }

    /** What makes two chunks candidates for being the same: their header's clock and size. */
    private record ChunkKey(long startNanos, long startTicks, long size) {
    }

    public static Inspection inspect(List<Path> files) throws AnalysisException {
        List<Warning> warnings = new ArrayList<>();
        List<ChunkLayout> layouts = new ArrayList<>();
        for (Path file : files) {
            ChunkLayout layout = ChunkLayout.scan(file);
            if (layout.isEmpty()) {
                if (files.size() == 1) {
                    throw new AnalysisException(file, UNFLUSHED);
                }
                warnings.add(new Warning.SkippedUnflushed(file));
            }
            layouts.add(layout);
        }
        if (layouts.stream().allMatch(ChunkLayout::isEmpty)) {
            throw new AnalysisException(files.get(0), UNFLUSHED);
        }
        List<List<Chunk>> kept = withoutDuplicates(layouts, warnings);
        List<RecordingInput> inputs = new ArrayList<>();
        try {
            for (int f = 0; f < layouts.size(); f++) {
                List<List<Chunk>> recordings = recordings(kept.get(f));
                if (recordings.size() > 1) {
                    warnings.add(new Warning.ConcatenatedRecordings(files.get(f), recordings.size()));
                }
                for (List<Chunk> chunks : recordings) {
                    inputs.add(input(layouts.get(f), chunks));
                }
            }
            if (inputs.size() > 1) {
                // several recordings are grouped into timelines by JVM before reading
                for (int i = 0; i < inputs.size(); i++) {
                    RecordingInput input = inputs.get(i);
                    inputs.set(i, input.withJvm(RecordingReader.findJvm(input.readable(), input.path(),
                            input.chunks().get(0).endNanos())));
                }
            }
            return new Inspection(inputs, warnings);
        } catch (AnalysisException | RuntimeException e) {
            inputs.forEach(RecordingInputs::release);
            throw e;
        }
    }

    /** Why a file with no chunk flushed yet cannot be read. */
    static final String UNFLUSHED = "still being written: nothing has been flushed to it yet (the newest chunk of a "
            + "running or killed JVM's repository)";

    /** Deletes the copy that {@link #inspect} made of an input's chunks, if any. */
    public static void release(RecordingInput input) {
        if (!input.readable().equals(input.path())) {
            try {
                Files.deleteIfExists(input.readable());
            } catch (IOException e) {
                input.readable().toFile().deleteOnExit();
            }
        }
    }

    /** Each file's chunks that repeat no chunk read before them, in file order. */
    private static List<List<Chunk>> withoutDuplicates(List<ChunkLayout> layouts, List<Warning> warnings)
            throws AnalysisException {
        Map<ChunkKey, List<Located>> seen = new HashMap<>();
        List<List<Chunk>> kept = new ArrayList<>();
        for (int f = 0; f < layouts.size(); f++) {
            ChunkLayout layout = layouts.get(f);
            List<Chunk> chunks = new ArrayList<>();
            Map<Path, Integer> duplicatesOf = new LinkedHashMap<>();
            for (Chunk chunk : layout.chunks()) {
                ChunkKey key = new ChunkKey(chunk.startNanos(), chunk.startTicks(), chunk.size());
                List<Located> candidates = seen.computeIfAbsent(key, k -> new ArrayList<>());
                Optional<Located> original = Optional.empty();
                for (Located candidate : candidates) {
                    if (sameBytes(layouts.get(candidate.file()).file(), candidate.chunk(), layout.file(), chunk)) {
                        original = Optional.of(candidate);
                        break;
                    }
                }
                if (original.isPresent()) {
                    duplicatesOf.merge(layouts.get(original.get().file()).file(), 1, Integer::sum);
                } else {
                    candidates.add(new Located(f, chunk));
                    chunks.add(chunk);
                }
            }
            duplicatesOf.forEach((originalFile, count) -> warnings.add(new Warning.DuplicateChunks(layout.file(), count,
                    layout.chunks().size(), originalFile)));
            kept.add(chunks);
        }
        return kept;
    }

    /**
     * A file's chunks in runs of one recording each. A chunk starts a new recording when the one before it was
     * its JVM's final chunk, when its wall clock minus its tick clock (the JVM's start, as JFR's tick counter
     * runs from it on the common platforms) differs, or when it starts before the one before it.
     */
    private static List<List<Chunk>> recordings(List<Chunk> chunks) {
        List<List<Chunk>> recordings = new ArrayList<>();
        Chunk previous = null;
        for (Chunk chunk : chunks) {
            if (previous == null || previous.isFinal() || chunk.startNanos() < previous.startNanos()
                    || !sameClock(previous, chunk)) {
                recordings.add(new ArrayList<>());
            }
            recordings.get(recordings.size() - 1).add(chunk);
            previous = chunk;
        }
        return recordings;
    }

    private static boolean sameClock(Chunk a, Chunk b) {
        if (a.ticksPerSecond() <= 0 || b.ticksPerSecond() <= 0 || a.startTicks() <= 0 || b.startTicks() <= 0) {
            return true; // a damaged clock says nothing about the JVM; its header is warned about as contradicted
        }
        if (a.ticksPerSecond() != b.ticksPerSecond()) {
            return false;
        }
        return Math.abs(clockOrigin(a) - clockOrigin(b)) <= SAME_CLOCK_NANOS;
    }

    private static double clockOrigin(Chunk chunk) {
        return chunk.startNanos() - chunk.startTicks() * (1e9 / chunk.ticksPerSecond());
    }

    /** The recording of {@code chunks}, read from the file itself when they are all of it, else from a copy. */
    private static RecordingInput input(ChunkLayout layout, List<Chunk> chunks) throws AnalysisException {
        Chunk last = layout.chunks().get(layout.chunks().size() - 1);
        boolean holdsFileEnd = chunks.get(chunks.size() - 1).equals(last);
        if (chunks.equals(layout.chunks()) && last.end() == layout.fileSize()) {
            return new RecordingInput(layout.file(), layout.file(), chunks, layout, holdsFileEnd, Optional.empty());
        }
        Path copy = copy(layout.file(), chunks);
        List<Chunk> rebased = new ArrayList<>();
        long offset = 0;
        for (Chunk chunk : chunks) {
            rebased.add(new Chunk(offset, chunk.size(), chunk.startNanos(), chunk.endNanos(), chunk.startTicks(),
                    chunk.ticksPerSecond(), chunk.isInProgress(), chunk.isFinal()));
            offset += chunk.size();
        }
        return new RecordingInput(layout.file(), copy, rebased, layout, holdsFileEnd, Optional.empty());
    }

    /** A temporary file of {@code chunks}, back to back: the JDK's reader reads whole files only. */
    private static Path copy(Path file, List<Chunk> chunks) throws AnalysisException {
        Path copy = null;
        try {
            copy = Files.createTempFile("leakscope-chunks", ".jfr");
            try (FileChannel source = FileChannel.open(file, StandardOpenOption.READ);
                 FileChannel target = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                for (Chunk chunk : chunks) {
                    long done = 0;
                    while (done < chunk.size()) {
                        long moved = source.transferTo(chunk.offset() + done, chunk.size() - done, target);
                        if (moved <= 0) {
                            throw new IOException("the file shrank while it was read");
                        }
                        done += moved;
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            if (copy != null) {
                copy.toFile().deleteOnExit();
            }
            throw new AnalysisException(file, "its chunks could not be copied for reading: " + e.getMessage());
        }
    }

    private static boolean sameBytes(Path fileA, Chunk a, Path fileB, Chunk b) throws AnalysisException {
        try (FileChannel channelA = FileChannel.open(fileA, StandardOpenOption.READ);
             FileChannel channelB = FileChannel.open(fileB, StandardOpenOption.READ)) {
            ByteBuffer bufferA = ByteBuffer.allocate(COMPARE_BYTES);
            ByteBuffer bufferB = ByteBuffer.allocate(COMPARE_BYTES);
            for (long done = 0; done < a.size(); done += COMPARE_BYTES) {
                int length = (int) Math.min(COMPARE_BYTES, a.size() - done);
                bufferA.clear().limit(length);
                bufferB.clear().limit(length);
                readFully(channelA, bufferA, a.offset() + done);
                readFully(channelB, bufferB, b.offset() + done);
                if (!bufferA.flip().equals(bufferB.flip())) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new AnalysisException(fileB, "cannot read: " + e.getMessage());
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the file shrank while it was read");
            }
        }
    }
}
