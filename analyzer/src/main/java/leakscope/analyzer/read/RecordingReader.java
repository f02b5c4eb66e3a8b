package leakscope.analyzer.read;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import jdk.jfr.EventType;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedObject;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;
import leakscope.analyzer.AnalysisException;
import leakscope.analyzer.model.JvmIdentity;
import leakscope.analyzer.model.OldObjectSample;

/**
 * Streams a recording in file order into an {@link EventSink}, reading events by name and field name
 * only, so any program's own event classes analyse like the recorder's. Memory stays flat: nothing is
 * kept per event.
 */
public final class RecordingReader {
    private static final int PROGRESS_EVERY_EVENTS = 1 << 16;
    private static final String AFTER_GC = "After GC";
    /** The JVM's own series: bytes, bytes, and classes loaded minus unloaded. */
    public static final String HEAP_AFTER_GC = "heap used after GC";
    public static final String METASPACE_AFTER_GC = "metaspace used after GC";
    public static final String LOADED_CLASSES = "loaded classes";

    private final StackInterner stacks = new StackInterner();
    private final Map<RecordedThread, String> threadNames = new IdentityHashMap<>();

    /** Checks a file and finds which JVM it recorded; cut files are prepared for reading their complete chunks. */
    public static RecordingInput inspect(Path file) throws AnalysisException {
        ChunkLayout layout = ChunkLayout.scan(file);
        Path readable = layout.isTruncated() ? copyCompleteChunks(layout) : file;
        return new RecordingInput(file, readable, layout, findJvm(readable, layout));
    }

    /** Deletes the copy that {@link #inspect} made of a truncated file, if any. */
    public static void release(RecordingInput input) {
        if (!input.readable().equals(input.path())) {
            try {
                Files.deleteIfExists(input.readable());
            } catch (IOException e) {
                input.readable().toFile().deleteOnExit();
            }
        }
    }

    /**
     * Reads all events of {@code input} into {@code sink}.
     *
     * @param progress told the estimated bytes read of this file
     */
    public ReadResult read(RecordingInput input, EventSink sink, FileProgress progress) throws AnalysisException {
        Dispatcher dispatcher = new Dispatcher(sink);
        long span = Math.max(1, input.endNanos() - input.startNanos());
        long count = 0;
        try (RecordingFile file = new RecordingFile(input.readable())) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                dispatcher.dispatch(event);
                if (++count % PROGRESS_EVERY_EVENTS == 0) {
                    // file order roughly follows time, so time covered estimates bytes read
                    long covered = Times.nanos(event.getStartTime()) - input.startNanos();
                    progress.bytesRead(Math.min(input.sizeBytes(), Math.max(0, covered) * input.sizeBytes() / span));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new AnalysisException(input.path(), "unreadable recording: " + describe(e), e);
        }
        progress.bytesRead(input.sizeBytes());
        return new ReadResult(dispatcher.leakscopeEvents, dispatcher.endedAtExit, dispatcher.dataLoss.bytes(),
                dispatcher.jvmEvents);
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Path copyCompleteChunks(ChunkLayout layout) throws AnalysisException {
        try {
            Path copy = Files.createTempFile("leakscope-complete-chunks", ".jfr");
            try (FileChannel from = FileChannel.open(layout.file(), StandardOpenOption.READ);
                 FileChannel to = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                long done = 0;
                while (done < layout.completeBytes()) {
                    done += from.transferTo(done, layout.completeBytes() - done, to);
                }
            }
            return copy;
        } catch (IOException e) {
            throw new AnalysisException(layout.file(), "truncated, and its complete chunks could not be copied: " + e.getMessage());
        }
    }

    /**
     * JVM identity from the first {@code jdk.JVMInformation}, which JFR writes at each chunk's start;
     * the search stops at the end of the first chunk, so a recording without it costs one chunk.
     */
    private static Optional<JvmIdentity> findJvm(Path readable, ChunkLayout layout) throws AnalysisException {
        long firstChunkEnd = layout.chunks().get(0).endNanos();
        try (RecordingFile file = new RecordingFile(readable)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (event.getEventType().getName().equals(EventNames.JVM_INFORMATION)
                        && event.hasField("pid") && event.hasField("jvmStartTime")) {
                    return Optional.of(new JvmIdentity(event.getLong("pid"), event.getInstant("jvmStartTime")));
                }
                if (Times.nanos(event.getStartTime()) > firstChunkEnd) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            throw new AnalysisException(layout.file(), "unreadable recording: " + describe(e), e);
        }
    }

    /** Estimated bytes read of the current file. */
    @FunctionalInterface
    public interface FileProgress {
        void bytesRead(long bytes);
    }

    /** Routes each event by its type, looked up once per type object rather than by name per event. */
    private final class Dispatcher {
        private final EventSink sink;
        private final Map<EventType, TypeReader> readers = new IdentityHashMap<>();
        private final DataLossTally dataLoss = new DataLossTally();
        private long leakscopeEvents;
        private long jvmEvents;
        private boolean endedAtExit;

        Dispatcher(EventSink sink) {
            this.sink = sink;
        }

        void dispatch(RecordedEvent event) {
            TypeReader type = readers.get(event.getEventType());
            if (type == null) {
                type = TypeReader.of(event);
                readers.put(event.getEventType(), type);
            }
            FieldReader fields = type.fields;
            if (type.route.isJvm) {
                jvmEvents++;
            }
            switch (type.route) {
                case IGNORE:
                    return;
                case ACQUIRE:
                    leakscopeEvents++;
                    sink.acquire(fields.getLong(event, 0), fields.getString(event, 1), fields.getString(event, 2),
                            fields.getLong(event, 3), Times.nanos(event.getStartTime()),
                            threadName((RecordedThread) fields.get(event, 4)),
                            stacks.intern((RecordedStackTrace) fields.get(event, 5)));
                    return;
                case RELEASE:
                    leakscopeEvents++;
                    sink.release(fields.getLong(event, 0), Times.nanos(event.getStartTime()));
                    return;
                case RECLAIMED:
                    leakscopeEvents++;
                    sink.reclaimed(fields.getLong(event, 0), Times.nanos(event.getStartTime()));
                    return;
                case SESSION_START:
                    leakscopeEvents++;
                    sink.sessionStart(fields.getLong(event, 0), fields.getString(event, 1), fields.getLong(event, 2),
                            Times.nanos(event.getStartTime()));
                    return;
                case SESSION_STOP:
                    leakscopeEvents++;
                    sink.sessionStop(fields.getLong(event, 0), Times.nanos(event.getStartTime()));
                    return;
                case GAUGE:
                    leakscopeEvents++;
                    sink.gauge(fields.getString(event, 0), fields.getLong(event, 1), Times.nanos(event.getStartTime()));
                    return;
                case SHUTDOWN:
                    endedAtExit = true;
                    return;
                case THREAD_START:
                    RecordedThread started = (RecordedThread) fields.get(event, 0);
                    if (started != null) {
                        sink.threadStart(started.getJavaThreadId(), threadName(started),
                                threadName((RecordedThread) fields.get(event, 2)), Times.nanos(event.getStartTime()),
                                stacks.intern((RecordedStackTrace) fields.get(event, 1)));
                    }
                    return;
                case THREAD_END:
                    RecordedThread ended = (RecordedThread) fields.get(event, 0);
                    if (ended != null) {
                        sink.threadEnd(ended.getJavaThreadId(), Times.nanos(event.getStartTime()));
                    }
                    return;
                case HEAP_SUMMARY:
                    if (AFTER_GC.equals(fields.getString(event, 0))) {
                        sink.jvmSample(HEAP_AFTER_GC, fields.getLong(event, 1), Times.nanos(event.getStartTime()));
                    }
                    return;
                case METASPACE_SUMMARY:
                    RecordedObject metaspace = (RecordedObject) fields.get(event, 1);
                    if (AFTER_GC.equals(fields.getString(event, 0)) && metaspace != null && metaspace.hasField("used")) {
                        sink.jvmSample(METASPACE_AFTER_GC, metaspace.getLong("used"), Times.nanos(event.getStartTime()));
                    }
                    return;
                case CLASS_LOADING:
                    sink.jvmSample(LOADED_CLASSES, fields.getLong(event, 0) - fields.getLong(event, 1),
                            Times.nanos(event.getStartTime()));
                    return;
                case OLD_OBJECT:
                    RecordedObject object = (RecordedObject) fields.get(event, 0);
                    // a timespan in the type's own unit: the public API converts it (few such events)
                    long ageNanos = event.hasField("objectAge") ? event.getDuration("objectAge").toNanos() : 0;
                    sink.oldObject(new OldObjectSample(OldObjects.typeOf(object), ageNanos,
                            stacks.intern((RecordedStackTrace) fields.get(event, 2)), OldObjects.chain(object),
                            OldObjects.root((RecordedObject) fields.get(event, 1))));
                    return;
                case DATA_LOSS:
                    RecordedThread thread = (RecordedThread) fields.get(event, 2);
                    dataLoss.add(thread == null ? -1 : thread.getId(), fields.getLong(event, 0), fields.getLong(event, 1));
                    return;
                default:
                    throw new IllegalStateException("unrouted " + type.route);
            }
        }

        private String threadName(RecordedThread thread) {
            if (thread == null) {
                return "";
            }
            String name = threadNames.get(thread);
            if (name == null) {
                if (threadNames.size() > 8192) {
                    threadNames.clear(); // per-chunk objects: let read chunks go
                }
                name = thread.getJavaName() != null ? thread.getJavaName() : String.valueOf(thread.getOSName());
                threadNames.put(thread, name);
            }
            return name;
        }
    }

    /** How to read one event type: its route, and its fields in the order the route reads them. */
    private static final class TypeReader {
        final Route route;
        final FieldReader fields;

        private TypeReader(Route route, FieldReader fields) {
            this.route = route;
            this.fields = fields;
        }

        static TypeReader of(RecordedEvent first) {
            Route route = Route.of(first.getEventType().getName());
            return new TypeReader(route, new FieldReader(first, route.fields));
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
        DATA_LOSS("amount", "total", "eventThread"),
        THREAD_START(true, "thread", "stackTrace", "parentThread"),
        THREAD_END(true, "thread"),
        HEAP_SUMMARY(true, "when", "heapUsed"),
        METASPACE_SUMMARY(true, "when", "metaspace"),
        CLASS_LOADING(true, "loadedClassCount", "unloadedClassCount"),
        OLD_OBJECT(true, "object", "root", "stackTrace"),
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
