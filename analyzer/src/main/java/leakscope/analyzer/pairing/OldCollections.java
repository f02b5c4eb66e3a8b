package leakscope.analyzer.pairing;

import java.util.Set;

/**
 * Which {@code jdk.GarbageCollection} names are collections that find an old object unreachable. A young
 * collection processes young objects only: a watched object that reached the old generation survives it
 * whether or not anything holds it, so only these prove that a watched object is still reachable.
 */
final class OldCollections {
    // HotSpot's GCName values: G1's concurrent cycle and full GC, Serial's and Parallel's full collections,
    // CMS, and ZGC's and Shenandoah's whole-heap cycles (ZGC's generational mode names them ZMajor)
    private static final Set<String> OLD = Set.of("G1Old", "G1Full", "SerialOld", "ParallelOld", "PSMarkSweep",
            "ConcurrentMarkSweep", "Z", "ZMajor", "Shenandoah");

    private OldCollections() {
    }

    static boolean isOld(String collectorName) {
        return OLD.contains(collectorName);
    }
}
