package leakscope.heap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import kotlin.sequences.Sequence;
import leakscope.analyzer.AnalysisException;
import leakscope.analyzer.model.ReferencePath;
import shark.CloseableHeapGraph;
import shark.HeapAnalysis;
import shark.HeapAnalysisFailure;
import shark.HeapAnalysisSuccess;
import shark.HeapAnalyzer;
import shark.HeapField;
import shark.HeapObject;
import shark.HprofHeapGraph;
import shark.HprofIndex;
import shark.Leak;
import shark.LeakTrace;
import shark.MetadataExtractor;
import shark.OnAnalysisProgressListener;

/**
 * One {@code .hprof} file opened with shark: which JVM wrote it, which watched objects it still holds
 * (CONTRACT.md §1: referents of references whose class declares {@code long leakscopeWatchId}), and the
 * shortest strong path from a GC root to each of them.
 */
public final class HeapDump implements AutoCloseable {
    static final String WATCH_ID_FIELD = "leakscopeWatchId";
    private static final String REFERENCE = "java.lang.ref.Reference";

    private final Path file;
    private final HprofHeaderLine header;
    private final CloseableHeapGraph graph;

    private HeapDump(Path file, HprofHeaderLine header, CloseableHeapGraph graph) {
        this.file = file;
        this.header = header;
        this.graph = graph;
    }

    /**
     * Opens and indexes a heap dump.
     *
     * @throws AnalysisException naming the file when it is missing, empty, not a heap dump, or damaged
     */
    public static HeapDump open(Path file) throws AnalysisException {
        if (!Files.isRegularFile(file)) {
            throw new AnalysisException(file, Files.exists(file) ? "not a regular file" : "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new AnalysisException(file, "permission denied");
        }
        try {
            if (Files.size(file) == 0) {
                throw new AnalysisException(file, "file is empty");
            }
        } catch (IOException e) {
            throw new AnalysisException(file, "cannot read: " + e.getMessage());
        }
        HprofHeaderLine header = HprofHeaderLine.read(file);
        try { // shark reports a damaged file as whatever its parser tripped on
            return new HeapDump(file, header, HprofHeapGraph.Companion.openHeapGraph(file.toFile(), null,
                    HprofIndex.Companion.defaultIndexedGcRootTags()));
        } catch (Exception | StackOverflowError e) {
            throw damaged(file, e);
        }
    }

    /** When the dump was written. */
    public Instant dumpedAt() {
        return header.dumpedAt();
    }

    /**
     * The process id of the JVM that wrote the dump, when the dump shows it ({@code ProcessHandle.current()}
     * was used there; the recorder makes sure of it).
     */
    public OptionalLong pid() {
        HeapObject.HeapClass processHandle = graph.findClassByName("java.lang.ProcessHandleImpl");
        HeapField current = processHandle == null ? null : processHandle.get("current");
        HeapObject.HeapInstance instance = current == null ? null : current.getValueAsInstance();
        HeapField pid = instance == null ? null : instance.get("java.lang.ProcessHandleImpl", "pid");
        Long value = pid == null ? null : pid.getValue().getAsLong();
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** The watched objects the dump still holds (reachable or not yet collected), by watch id. */
    public Map<Long, WatchedObject> watchedObjects() throws AnalysisException {
        try {
            Map<Long, WatchedObject> watched = new LinkedHashMap<>();
            for (HeapObject.HeapClass type : iterable(graph.getClasses())) {
                if (declaresWatchId(type)) {
                    for (HeapObject.HeapInstance reference : iterable(type.getInstances())) {
                        Long watchId = reference.get(type.getName(), WATCH_ID_FIELD).getValue().getAsLong();
                        HeapField referent = reference.get(REFERENCE, "referent");
                        Long objectId = referent == null ? null : referent.getValue().getAsNonNullObjectId();
                        if (watchId != null && objectId != null) { // a cleared referent was collected
                            watched.put(watchId, new WatchedObject(watchId, objectId));
                        }
                    }
                }
            }
            return watched;
        } catch (RuntimeException e) {
            throw damaged(file, e);
        }
    }

    /**
     * The shortest strong reference path to each of {@code objects} that a GC root reaches; objects held only
     * through weak, soft or phantom references (or through another watched object's path) get none.
     *
     * @param allWatchedObjectIds every watched object in the dump: each is known to be leaking, which bounds
     *     the likely causes
     * @param computeRetained whether to compute retained sizes (a dominator tree over the whole heap: slower)
     */
    public Map<Long, ReferencePath> pathsTo(List<WatchedObject> objects, Set<Long> allWatchedObjectIds,
            boolean computeRetained) throws AnalysisException {
        if (objects.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> watchOfObject = new HashMap<>();
        objects.forEach(o -> watchOfObject.put(o.objectId(), o.watchId()));
        HeapAnalysis analysis;
        try {
            analysis = new HeapAnalyzer(OnAnalysisProgressListener.Companion.getNO_OP()).analyze(file.toFile(), graph,
                    g -> Set.copyOf(watchOfObject.keySet()), ReferenceChains.MATCHERS, computeRetained,
                    ReferenceChains.inspectors(watchOfObject, allWatchedObjectIds), MetadataExtractor.Companion.getNO_OP());
        } catch (RuntimeException e) {
            throw damaged(file, e);
        }
        if (analysis instanceof HeapAnalysisFailure failure) {
            throw damaged(file, failure.getException());
        }
        Map<Long, ReferencePath> paths = new HashMap<>();
        for (Leak leak : iterable(((HeapAnalysisSuccess) analysis).getAllLeaks())) {
            for (LeakTrace trace : leak.getLeakTraces()) {
                ReferenceChains.watchId(trace).ifPresent(id -> paths.put(id, ReferenceChains.pathOf(trace)));
            }
        }
        return paths;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            graph.close();
        } catch (Exception e) {
            // read-only file: nothing was written that closing could lose
        }
    }

    private static boolean declaresWatchId(HeapObject.HeapClass type) {
        if (type.isArrayClass()) {
            return false;
        }
        boolean declared = type.readRecordFields().stream().anyMatch(f -> type.instanceFieldName(f).equals(WATCH_ID_FIELD));
        return declared && iterableHierarchyHas(type, REFERENCE);
    }

    private static boolean iterableHierarchyHas(HeapObject.HeapClass type, String className) {
        for (HeapObject.HeapClass c : iterable(type.getClassHierarchy())) {
            if (c.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    private static AnalysisException damaged(Path file, Throwable cause) {
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new AnalysisException(file, "damaged heap dump (" + detail.lines().findFirst().orElse("") + ")", cause);
    }

    static <T> Iterable<T> iterable(Sequence<T> sequence) {
        return sequence::iterator;
    }
}
