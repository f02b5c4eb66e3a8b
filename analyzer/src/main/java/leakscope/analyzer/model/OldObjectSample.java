package leakscope.analyzer.model;

import java.util.List;
import java.util.Objects;

/**
 * One {@code jdk.OldObjectSample}: a live object the JVM sampled.
 *
 * @param referenceChain from the GC root to the object, empty when paths to GC roots were not recorded
 * @param root the root's kind, e.g. "Class Loader Data"; empty when not recorded
 */
public record OldObjectSample(String type, long ageNanos, Stack stack, List<String> referenceChain, String root) {
    public OldObjectSample {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(stack, "stack");
        referenceChain = List.copyOf(referenceChain);
        Objects.requireNonNull(root, "root");
    }
}
