package leakscope.analyzer.read;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import jdk.jfr.EventType;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import leakscope.analyzer.AnalysisException;
import leakscope.analyzer.event.Event;
import leakscope.analyzer.event.EventNames;
import leakscope.analyzer.model.JvmIdentity;
import leakscope.analyzer.model.Stack;

/**
 * Streams a recording in file order to a consumer of {@link Event}s, each read through its row of
 * {@link EventTable}. Memory stays flat: nothing is kept per event.
 */
public final class RecordingReader {
    private static final int PROGRESS_EVERY_EVENTS = 1 << 16;
    private static final int MESSAGE_CHARS = 200;
    /** How far outside its chunks' span an event may be dated before the data contradicts itself. */
    private static final long CHUNK_SPAN_SLACK_NANOS = 1_000_000_000L;

    private final StackInterner stacks;

    /**
     * A reader for one thread. Readers of one analysis share {@code canonicalStacks} (a concurrent map), so
     * that equal stacks are the same object whichever thread read them.
     */
    public RecordingReader(Map<Stack, Stack> canonicalStacks) {
        this.stacks = new StackInterner(canonicalStacks);
    }

    /**
     * Reads all events of {@code part} into {@code sink}; a part that is not its whole file is first
     * copied to a temporary file of its own chunks (the JDK's reader reads whole files only).
     *
     * @param progress told the estimated bytes read of this part
     */
    public ReadResult read(RecordingPart part, Consumer<Event> sink, FileProgress progress) throws AnalysisException {
        RecordingInput input = part.input();
        Path readable = part.isWholeInput() ? input.readable()
                : copyChunks(input.path(), input.readable(), part.offset(), part.sizeBytes());
        try {
            return read(input.path(), readable, part, sink, progress);
        } finally {
            if (!part.isWholeInput()) {
                deleteCopy(readable);
            }
        }
    }

    private ReadResult read(Path path, Path readable, RecordingPart part, Consumer<Event> sink, FileProgress progress)
            throws AnalysisException {
        CurrentEvent current = new CurrentEvent(stacks, part.chunks().stream().mapToLong(Chunk::endNanos).toArray(),
                part.startNanos() - CHUNK_SPAN_SLACK_NANOS, part.chunks().stream().anyMatch(Chunk::isInProgress)
                        ? Long.MAX_VALUE : part.endNanos() + CHUNK_SPAN_SLACK_NANOS);
        Dispatcher dispatcher = new Dispatcher(sink, current);
        long startNanos = part.startNanos();
        long sizeBytes = part.sizeBytes();
        long span = Math.max(1, part.endNanos() - startNanos);
        long count = 0;
        try (RecordingFile file = new RecordingFile(readable)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                dispatcher.dispatch(event);
                if (++count % PROGRESS_EVERY_EVENTS == 0) {
                    // file order roughly follows time, so time covered estimates bytes read
                    long covered = Times.nanos(event.getStartTime()) - startNanos;
                    progress.bytesRead(Math.min(sizeBytes, Math.max(0, covered) * sizeBytes / span));
                }
            }
        } catch (SinkFailed e) {
            throw e.original();
        } catch (IOException | RuntimeException | Error e) {
            throw unreadable(path, e);
        }
        progress.bytesRead(sizeBytes);
        return current.facts().result();
    }

    /**
     * The JDK's reader fails on damaged bytes with whatever its parser met: IOException, runtime exceptions,
     * and Errors too (InternalError for a damaged constant pool, OutOfMemoryError for a damaged size), with
     * messages of several lines. One line names the file; JFR has no checksums, so this is all it can say.
     */
    private static AnalysisException unreadable(Path file, Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage().strip().lines().findFirst().orElse("");
        if (message.length() > MESSAGE_CHARS) {
            message = message.substring(0, MESSAGE_CHARS) + "...";
        }
        String what = e instanceof OutOfMemoryError ? "damaged or too large (out of memory while parsing): "
                : "unreadable recording (damaged): ";
        return new AnalysisException(file, what + message, e);
    }

    private static Path copyChunks(Path input, Path from, long offset, long bytes) throws AnalysisException {
        try {
            Path copy = Files.createTempFile("leakscope-chunks", ".jfr");
            try (FileChannel source = FileChannel.open(from, StandardOpenOption.READ);
                 FileChannel target = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                long done = 0;
                while (done < bytes) {
                    done += source.transferTo(offset + done, bytes - done, target);
                }
            }
            return copy;
        } catch (IOException e) {
            throw new AnalysisException(input, "its chunks could not be copied for reading: " + e.getMessage());
        }
    }

    private static void deleteCopy(Path copy) {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            copy.toFile().deleteOnExit();
        }
    }

    /**
     * JVM identity from the first {@code jdk.JVMInformation}, which JFR writes at each chunk's start;
     * the search stops at the end of the first chunk, so a recording without it costs one chunk.
     */
    static Optional<JvmIdentity> findJvm(Path readable, Path file, long firstChunkEndNanos) throws AnalysisException {
        try (RecordingFile recording = new RecordingFile(readable)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (event.getEventType().getName().equals(EventNames.JVM_INFORMATION)) {
                    Optional<JvmIdentity> jvm = identity(event);
                    if (jvm.isPresent()) {
                        return jvm;
                    }
                }
                if (Times.nanos(event.getStartTime()) > firstChunkEndNanos) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException | Error e) {
            throw unreadable(file, e);
        }
    }

    /** The JVM a {@code jdk.JVMInformation} event names, if it has the fields. */
    static Optional<JvmIdentity> identity(RecordedEvent information) {
        if (information.hasField("pid") && information.hasField("jvmStartTime")) {
            return Optional.of(new JvmIdentity(information.getLong("pid"), information.getInstant("jvmStartTime")));
        }
        return Optional.empty();
    }

    /**
     * What the sink threw (the pairing, not the file): a bug or an exhausted heap, never told as a damaged
     * recording.
     */
    private static final class SinkFailed extends RuntimeException {
        SinkFailed(Throwable original) {
            super(original);
        }

        /** The sink's own exception: an Error is thrown as it is, so an OutOfMemoryError reads as one. */
        RuntimeException original() {
            if (getCause() instanceof Error error) {
                throw error;
            }
            return (RuntimeException) getCause();
        }
    }

    /** Estimated bytes read of the current file. */
    @FunctionalInterface
    public interface FileProgress {
        void bytesRead(long bytes);
    }

    /**
     * Hands each event to the sink through its type's row of {@link EventTable}, looked up once per type
     * object rather than by name per event.
     */
    private static final class Dispatcher {
        private final Consumer<Event> sink;
        private final CurrentEvent current;
        private final Map<EventType, TypeReader> readers = new IdentityHashMap<>();
        private TypeReader last = TypeReader.NONE;
        private TypeReader previous = TypeReader.NONE;

        Dispatcher(Consumer<Event> sink, CurrentEvent current) {
            this.sink = sink;
            this.current = current;
        }

        void dispatch(RecordedEvent event) {
            TypeReader type = reader(event);
            EventTable.Row row = type.row;
            if (row == EventTable.SKIPPED) {
                return;
            }
            current.load(event, type.fields);
            Event decoded = row.decoder().decode(current);
            current.facts().counted(row.source());
            if (decoded != null) {
                try {
                    sink.accept(decoded);
                } catch (RuntimeException | Error e) {
                    throw new SinkFailed(e);
                }
            }
        }

        /** Acquires and releases alternate, so the two types last seen answer most lookups without a map. */
        private TypeReader reader(RecordedEvent event) {
            EventType eventType = event.getEventType();
            if (eventType == last.eventType) {
                return last;
            }
            if (eventType == previous.eventType) {
                TypeReader hit = previous;
                previous = last;
                last = hit;
                return hit;
            }
            TypeReader found = readers.get(eventType);
            if (found == null) {
                found = TypeReader.of(event);
                readers.put(eventType, found);
            }
            previous = last;
            last = found;
            return found;
        }
    }

    /** How to read one event type: its row of the table, and a reader of the row's fields. */
    private static final class TypeReader {
        /** Matches no event type: the empty slot of the dispatcher's cache. */
        static final TypeReader NONE = new TypeReader(null, EventTable.SKIPPED, null);

        final EventType eventType;
        final EventTable.Row row;
        final FieldReader fields;

        private TypeReader(EventType eventType, EventTable.Row row, FieldReader fields) {
            this.eventType = eventType;
            this.row = row;
            this.fields = fields;
        }

        static TypeReader of(RecordedEvent first) {
            Optional<String> problem = ContractTypes.problem(first.getEventType());
            EventTable.Row row = problem.isPresent() ? EventTable.broken(first.getEventType().getName(), problem.get())
                    : EventTable.rowFor(first.getEventType().getName());
            return new TypeReader(first.getEventType(), row, new FieldReader(first, row.fields().toArray(String[]::new)));
        }
    }
}
