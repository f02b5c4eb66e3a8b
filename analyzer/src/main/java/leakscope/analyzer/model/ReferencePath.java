package leakscope.analyzer.model;

import java.util.List;
import java.util.Objects;

/**
 * The shortest strong reference path from a GC root to one of a still-reachable group's objects, found in
 * a heap dump of the same JVM; root first, the watched object last.
 *
 * @param retainedBytes what freeing the group's objects would free, as far as the dump shows; 0 if unknown
 */
public record ReferencePath(List<Step> steps, long retainedBytes) {
    /** No heap dump, or none that holds the group's objects. */
    public static final ReferencePath NONE = new ReferencePath(List.of(), 0);

    public ReferencePath {
        steps = List.copyOf(steps);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /**
     * One reference on the path.
     *
     * @param step e.g. {@code static com.acme.Bus.LISTENERS} or {@code java.util.ArrayList[3]}
     * @param isLikelyCause whether this reference is among those the heap analysis suspects (the ones between
     *     the last object known to live on and the first known to be leaking)
     */
    public record Step(String step, boolean isLikelyCause) {
        public Step {
            Objects.requireNonNull(step, "step");
        }
    }
}
