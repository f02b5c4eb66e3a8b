package leakscope.junit;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import leakscope.analyzer.AnalysisException;
import leakscope.analyzer.model.ReferencePath;
import leakscope.analyzer.model.Site;
import leakscope.heap.HeapDump;
import leakscope.heap.WatchedObject;

/**
 * Judges a test's watched objects: forces collections and waits (bounded) for the cleaner; what is still
 * not reclaimed is still reachable, and a heap dump, taken only then, shows what holds each object.
 */
final class StillReachable {
    private static final long GC_EVERY_MILLIS = 100;

    private StillReachable() {
    }

    /** One object the test was done with that a full collection did not free, and what holds it. */
    record Reachable(WatchedObjects.Watched watched, Site site, ReferencePath path) {
    }

    /** Those of {@code watched} not reclaimed within {@code waitMillis} of forced collections. */
    static List<WatchedObjects.Watched> afterCollection(List<WatchedObjects.Watched> watched, long waitMillis)
            throws InterruptedException {
        List<WatchedObjects.Watched> left = unreclaimed(watched);
        long deadline = System.nanoTime() + waitMillis * 1_000_000;
        long nextGc = System.nanoTime();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            if (System.nanoTime() >= nextGc) {
                System.gc(); // a full collection: objects already in the old generation are found too
                nextGc = System.nanoTime() + GC_EVERY_MILLIS * 1_000_000;
            }
            Thread.sleep(5); // the cleaner thread marks them reclaimed
            left = unreclaimed(left);
        }
        return left;
    }

    /**
     * The reference paths to {@code reachable}, from a heap dump of this JVM written to {@code keepIn} (kept)
     * or to a temporary file (deleted after reading).
     */
    static Map<Long, ReferencePath> paths(List<WatchedObjects.Watched> reachable, Optional<Path> keepIn, String testName)
            throws IOException, AnalysisException {
        Path file;
        if (keepIn.isPresent()) {
            Files.createDirectories(keepIn.get());
            file = keepIn.get().resolve(testName.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + System.nanoTime() + ".hprof");
        } else {
            file = Files.createTempFile("leakscope-test", ".hprof");
            Files.delete(file); // the MXBean refuses to overwrite
        }
        try {
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(file.toString(), true);
            try (HeapDump dump = HeapDump.open(file)) {
                Map<Long, WatchedObject> held = dump.watchedObjects();
                List<WatchedObject> wanted = new ArrayList<>();
                reachable.forEach(w -> Optional.ofNullable(held.get(w.watch().id())).ifPresent(wanted::add));
                // no retained sizes: the message does not show them, and they take a pass over the whole heap
                return dump.pathsTo(wanted, held.values().stream().map(WatchedObject::objectId).collect(Collectors.toSet()),
                        false);
            }
        } finally {
            if (keepIn.isEmpty()) {
                Files.deleteIfExists(file);
            }
        }
    }

    static List<WatchedObjects.Watched> unreclaimed(List<WatchedObjects.Watched> watched) {
        return watched.stream().filter(w -> !w.watch().isReclaimed()).collect(Collectors.toList());
    }
}
