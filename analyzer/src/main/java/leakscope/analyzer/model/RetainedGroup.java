package leakscope.analyzer.model;

import java.util.List;
import java.util.Objects;

/**
 * Live objects that JFR's old-object sampler ({@code jdk.OldObjectSample}) kept finding, grouped by
 * allocation site and type: the Java form of "extra references" that keep things alive.
 *
 * @param site the application frame that allocated them, or a note saying the stack was not recorded
 * @param type the objects' class
 * @param count samples in the group
 * @param oldestAgeMillis the oldest sample's age when sampled
 * @param referenceChain from the GC root to the object ({@code path-to-gc-roots=true}), empty if not recorded
 * @param root what holds the chain, e.g. "Class Loader Data", empty if not recorded
 * @param stackTrace the allocation stack of the oldest sample, innermost first
 */
public record RetainedGroup(Site site, String type, long count, long oldestAgeMillis, List<String> referenceChain,
        String root, List<String> stackTrace) {
    public RetainedGroup {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(root, "root");
        referenceChain = List.copyOf(referenceChain);
        stackTrace = List.copyOf(stackTrace);
    }
}
