package leakscope.analyzer.read;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jdk.jfr.EventType;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedObject;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;
import leakscope.analyzer.AnalysisException;
import leakscope.analyzer.model.JvmIdentity;
import leakscope.analyzer.model.OldObjectSample;
import leakscope.analyzer.model.Stack;

/**
 * Streams a recording in file order into an {@link EventSink}, reading events by name and field name
 * only, so any program's own event classes analyse like the recorder's. Memory stays flat: nothing is
 * kept per event.
 */
public final class RecordingReader {
    private static final int PROGRESS_EVERY_EVENTS = 1 << 16;
    private static final int MESSAGE_CHARS = 200;
    /** How far outside its chunks' span an event may be dated before the data contradicts itself. */
    private static final long CHUNK_SPAN_SLACK_NANOS = 1_000_000_000L;
    private static final String AFTER_GC = "After GC";
    /** The JVM's own series: bytes, bytes, and classes loaded minus unloaded. */
    public static final String HEAP_AFTER_GC = "heap used after GC";
    public static final String METASPACE_AFTER_GC = "metaspace used after GC";
    public static final String LOADED_CLASSES = "loaded classes";

    private final StackInterner stacks;
    private final Map<RecordedThread, String> threadNames = new IdentityHashMap<>();

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
    public ReadResult read(RecordingPart part, EventSink sink, FileProgress progress) throws AnalysisException {
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

    private ReadResult read(Path path, Path readable, RecordingPart part, EventSink sink, FileProgress progress)
            throws AnalysisException {
        Dispatcher dispatcher = new Dispatcher(sink, part.chunks().stream().mapToLong(Chunk::endNanos).toArray(),
                part.startNanos() - CHUNK_SPAN_SLACK_NANOS, part.chunks().stream().anyMatch(Chunk::isInProgress)
                        ? Long.MAX_VALUE : part.endNanos() + CHUNK_SPAN_SLACK_NANOS);
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
        } catch (IOException | RuntimeException | Error e) {
            throw unreadable(path, e);
        }
        progress.bytesRead(sizeBytes);
        return new ReadResult(dispatcher.leakscopeEvents, dispatcher.endedAtExit, dispatcher.dataLoss,
                dispatcher.jvmEvents, dispatcher.jvm, dispatcher.brokenEvents, dispatcher.outsideChunks);
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
    private static Optional<JvmIdentity> identity(RecordedEvent information) {
        if (information.hasField("pid") && information.hasField("jvmStartTime")) {
            return Optional.of(new JvmIdentity(information.getLong("pid"), information.getInstant("jvmStartTime")));
        }
        return Optional.empty();
    }

    /** Estimated bytes read of the current file. */
    @FunctionalInterface
    public interface FileProgress {
        void bytesRead(long bytes);
    }

    /** Routes each event by its type, looked up once per type object rather than by name per event. */
    private final class Dispatcher {
        private final EventSink sink;
        private final long[] chunkEndNanos;
        private int chunk;
        private final Map<EventType, TypeReader> readers = new IdentityHashMap<>();
        private TypeReader last = TypeReader.NONE;
        private TypeReader previous = TypeReader.NONE;
        private RecordedThread lastThread;
        private String lastThreadName;
        private final DataLossTally dataLoss = new DataLossTally();
        private long leakscopeEvents;
        private long jvmEvents;
        private boolean endedAtExit;
        private Optional<JvmIdentity> jvm = Optional.empty();
        private final Map<String, Long> brokenEvents = new TreeMap<>();
        private final long earliestNanos;
        private final long latestNanos;
        private long outsideChunks;

        Dispatcher(EventSink sink, long[] chunkEndNanos, long earliestNanos, long latestNanos) {
            this.sink = sink;
            this.chunkEndNanos = chunkEndNanos;
            this.earliestNanos = earliestNanos;
            this.latestNanos = latestNanos;
            forgetChunk(); // a reader may have read another file before
        }

        /**
         * The hot path is kept small: C2 recompiles a method whose switch meets a new case, and a
         * recording's first chunk rarely shows every event type.
         */
        void dispatch(RecordedEvent event) {
            TypeReader type = reader(event);
            Route route = type.route;
            if (route == Route.RELEASE) {
                leakscopeEvents++;
                FieldReader fields = type.fields;
                sink.release(fields.getLong(event, fields.valuesOf(event), 0), dated(event));
            } else if (route == Route.ACQUIRE) {
                acquire(event, type.fields);
            } else if (route == Route.BROKEN) {
                broken(type.eventType.getName() + ": " + type.problem);
            } else if (route != Route.IGNORE) {
                dispatchOther(event, type);
            }
        }

        /** An event left out because it breaks the contract's types: counted for the warning. */
        private void broken(String problem) {
            brokenEvents.merge(problem, 1L, Long::sum);
        }

        /**
         * A contract event's time. JFR has no checksums: a damaged header or event shows only as times that
         * contradict the chunks they are in, which are counted for a warning.
         */
        private long dated(RecordedEvent event) {
            long timeNanos = Times.nanos(event.getStartTime());
            if (timeNanos < earliestNanos || timeNanos > latestNanos) {
                outsideChunks++;
            }
            return timeNanos;
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

        private void acquire(RecordedEvent event, FieldReader fields) {
            leakscopeEvents++;
            Object[] values = fields.valuesOf(event);
            long timeNanos = followChunks(event);
            sink.acquire(fields.getLong(event, values, 0), fields.getString(event, values, 1),
                    fields.getString(event, values, 2), fields.getLong(event, values, 3), timeNanos,
                    threadName((RecordedThread) fields.get(event, values, 4)),
                    stacks.intern((RecordedStackTrace) fields.get(event, values, 5)));
        }

        /**
         * The event's time; past the end of the chunk being read, the caches of thread and stack objects
         * are emptied: the JDK makes new ones for each chunk, and old ones would hold whole chunks' stacks.
         */
        private long followChunks(RecordedEvent event) {
            long timeNanos = dated(event);
            if (timeNanos > chunkEndNanos[chunk] && chunk < chunkEndNanos.length - 1) {
                while (chunk < chunkEndNanos.length - 1 && timeNanos > chunkEndNanos[chunk]) {
                    chunk++;
                }
                forgetChunk();
            }
            return timeNanos;
        }

        private void forgetChunk() {
            stacks.forgetChunk();
            threadNames.clear();
            lastThread = null;
            lastThreadName = null;
        }

        private void dispatchOther(RecordedEvent event, TypeReader type) {
            FieldReader fields = type.fields;
            Object[] values = fields.valuesOf(event);
            if (type.route.isJvm) {
                jvmEvents++;
            }
            switch (type.route) {
                case RECLAIMED:
                    leakscopeEvents++;
                    sink.reclaimed(fields.getLong(event, values, 0), dated(event));
                    return;
                case SESSION_START:
                    leakscopeEvents++;
                    sink.sessionStart(fields.getLong(event, values, 0), fields.getString(event, values, 1), fields.getLong(event, values, 2),
                            dated(event));
                    return;
                case SESSION_STOP:
                    leakscopeEvents++;
                    sink.sessionStop(fields.getLong(event, values, 0), dated(event));
                    return;
                case GAUGE:
                    if (fields.get(event, values, 0) == null) {
                        broken(event.getEventType().getName() + ": its name is null");
                        return;
                    }
                    leakscopeEvents++;
                    sink.gauge(fields.getString(event, values, 0), fields.getLong(event, values, 1), dated(event));
                    return;
                case SHUTDOWN:
                    endedAtExit = true;
                    return;
                case JVM_INFORMATION:
                    if (jvm.isEmpty()) {
                        jvm = identity(event); // written at each chunk's start: the first will do
                    }
                    return;
                case THREAD_START:
                    RecordedThread started = (RecordedThread) fields.get(event, values, 0);
                    if (started != null) {
                        long timeNanos = followChunks(event);
                        sink.threadStart(started.getJavaThreadId(), threadName(started),
                                threadName((RecordedThread) fields.get(event, values, 2)), timeNanos,
                                stacks.intern((RecordedStackTrace) fields.get(event, values, 1)));
                    }
                    return;
                case THREAD_END:
                    RecordedThread ended = (RecordedThread) fields.get(event, values, 0);
                    if (ended != null) {
                        sink.threadEnd(ended.getJavaThreadId(), Times.nanos(event.getStartTime()));
                    }
                    return;
                case HEAP_SUMMARY:
                    if (AFTER_GC.equals(fields.getString(event, values, 0))) {
                        sink.jvmSample(HEAP_AFTER_GC, fields.getLong(event, values, 1), Times.nanos(event.getStartTime()));
                    }
                    return;
                case METASPACE_SUMMARY:
                    RecordedObject metaspace = (RecordedObject) fields.get(event, values, 1);
                    if (AFTER_GC.equals(fields.getString(event, values, 0)) && metaspace != null && metaspace.hasField("used")) {
                        sink.jvmSample(METASPACE_AFTER_GC, metaspace.getLong("used"), Times.nanos(event.getStartTime()));
                    }
                    return;
                case CLASS_LOADING:
                    sink.jvmSample(LOADED_CLASSES, fields.getLong(event, values, 0) - fields.getLong(event, values, 1),
                            Times.nanos(event.getStartTime()));
                    return;
                case OLD_OBJECT:
                    RecordedObject object = (RecordedObject) fields.get(event, values, 0);
                    // a timespan in the type's own unit: the public API converts it (few such events)
                    long ageNanos = event.hasField("objectAge") ? event.getDuration("objectAge").toNanos() : 0;
                    sink.oldObject(new OldObjectSample(OldObjects.typeOf(object), ageNanos,
                            stacks.intern((RecordedStackTrace) fields.get(event, values, 2)), OldObjects.chain(object),
                            OldObjects.root((RecordedObject) fields.get(event, values, 1))));
                    return;
                case DATA_LOSS:
                    RecordedThread thread = (RecordedThread) fields.get(event, values, 2);
                    dataLoss.add(thread == null ? -1 : thread.getId(), fields.getLong(event, values, 0), fields.getLong(event, values, 1));
                    return;
                default:
                    throw new IllegalStateException("routed on the hot path: " + type.route);
            }
        }

        private String threadName(RecordedThread thread) {
            if (thread == null) {
                return "";
            }
            if (thread == lastThread) {
                return lastThreadName; // a thread's events reach the file in runs (its buffer)
            }
            String name = threadNames.get(thread);
            if (name == null) {
                if (threadNames.size() > 8192) {
                    threadNames.clear(); // a chunk of very many threads: the cache is a cache
                }
                name = thread.getJavaName() != null ? thread.getJavaName() : String.valueOf(thread.getOSName());
                threadNames.put(thread, name);
            }
            lastThread = thread;
            lastThreadName = name;
            return name;
        }
    }

    /** How to read one event type: its route, and its fields in the order the route reads them. */
    private static final class TypeReader {
        /** Matches no event type: the empty slot of the dispatcher's cache. */
        static final TypeReader NONE = new TypeReader(null, Route.IGNORE, null, null);

        final EventType eventType;
        final Route route;
        final FieldReader fields;
        /** How the type breaks the contract, for {@link Route#BROKEN}. */
        final String problem;

        private TypeReader(EventType eventType, Route route, FieldReader fields, String problem) {
            this.eventType = eventType;
            this.route = route;
            this.fields = fields;
            this.problem = problem;
        }

        static TypeReader of(RecordedEvent first) {
            Optional<String> problem = ContractTypes.problem(first.getEventType());
            if (problem.isPresent()) {
                return new TypeReader(first.getEventType(), Route.BROKEN, null, problem.get());
            }
            Route route = Route.of(first.getEventType().getName());
            return new TypeReader(first.getEventType(), route, new FieldReader(first, route.fields), null);
        }
    }

    private enum Route {
        ACQUIRE("handleId", "kind", "description", "sessionId", "eventThread", "stackTrace"),
        RELEASE("handleId"),
        RECLAIMED("handleId"),
        SESSION_START("sessionId", "name", "parentId"),
        SESSION_STOP("sessionId"),
        GAUGE("name", "value"),
        SHUTDOWN,
        JVM_INFORMATION,
        DATA_LOSS("amount", "total", "eventThread"),
        THREAD_START(true, "thread", "stackTrace", "parentThread"),
        THREAD_END(true, "thread"),
        HEAP_SUMMARY(true, "when", "heapUsed"),
        METASPACE_SUMMARY(true, "when", "metaspace"),
        CLASS_LOADING(true, "loadedClassCount", "unloadedClassCount"),
        OLD_OBJECT(true, "object", "root", "stackTrace"),
        /** A contract event's type whose fields break the contract: its events are counted, not read. */
        BROKEN,
        IGNORE;

        final String[] fields;
        final boolean isJvm;

        Route(String... fields) {
            this(false, fields);
        }

        Route(boolean isJvm, String... fields) {
            this.isJvm = isJvm;
            this.fields = fields;
        }

        static Route of(String eventName) {
            switch (eventName) {
                case EventNames.ACQUIRE: return ACQUIRE;
                case EventNames.RELEASE: return RELEASE;
                case EventNames.RECLAIMED: return RECLAIMED;
                case EventNames.SESSION_START: return SESSION_START;
                case EventNames.SESSION_STOP: return SESSION_STOP;
                case EventNames.GAUGE: return GAUGE;
                case EventNames.SHUTDOWN: return SHUTDOWN;
                case EventNames.JVM_INFORMATION: return JVM_INFORMATION;
                case EventNames.DATA_LOSS: return DATA_LOSS;
                case "jdk.ThreadStart": return THREAD_START;
                case "jdk.ThreadEnd": return THREAD_END;
                case "jdk.GCHeapSummary": return HEAP_SUMMARY;
                case "jdk.MetaspaceSummary": return METASPACE_SUMMARY;
                case "jdk.ClassLoadingStatistics": return CLASS_LOADING;
                case "jdk.OldObjectSample": return OLD_OBJECT;
                default: return IGNORE;
            }
        }
    }
}
