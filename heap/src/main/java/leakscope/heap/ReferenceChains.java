package leakscope.heap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import leakscope.analyzer.model.ReferencePath;
import shark.IgnoredReferenceMatcher;
import shark.LeakTrace;
import shark.LeakTraceReference;
import shark.ObjectInspector;
import shark.ObjectInspectors;
import shark.ReferenceMatcher;
import shark.ReferencePattern;

/** How shark is asked for paths, and how its traces become {@link ReferencePath}s. */
final class ReferenceChains {
    /**
     * Weak, soft and phantom referents are never holders: without this the shortest path to a watched object
     * is the recorder's own weak reference.
     */
    static final List<ReferenceMatcher> MATCHERS = List.of(new IgnoredReferenceMatcher(
            new ReferencePattern.InstanceFieldPattern("java.lang.ref.Reference", "referent")));
    private static final String LABEL = "leakscope watch ";

    private ReferenceChains() {
    }

    /**
     * The JDK's inspectors (classes and class loaders live on) plus one that marks every watched object as
     * leaking: shark's likely causes are then the references between the last object known to live on and
     * the first watched one. Each traced object is labelled with its watch id.
     */
    static List<ObjectInspector> inspectors(Map<Long, Long> watchOfObject, Set<Long> allWatchedObjectIds) {
        List<ObjectInspector> inspectors = new ArrayList<>(ObjectInspectors.Companion.getJdkDefaults());
        inspectors.add(reporter -> {
            long objectId = reporter.getHeapObject().getObjectId();
            Long watchId = watchOfObject.get(objectId);
            if (watchId != null) {
                reporter.getLabels().add(LABEL + watchId);
            }
            if (watchId != null || allWatchedObjectIds.contains(objectId)) {
                reporter.getLeakingReasons().add("watched by leakscope and not reclaimed");
            }
        });
        return inspectors;
    }

    static Optional<Long> watchId(LeakTrace trace) {
        return trace.getLeakingObject().getLabels().stream().filter(l -> l.startsWith(LABEL))
                .map(l -> Long.parseLong(l.substring(LABEL.length()))).findFirst();
    }

    /** GC root → each reference → the object; the likely causes as shark judged them. */
    static ReferencePath pathOf(LeakTrace trace) {
        List<ReferencePath.Step> steps = new ArrayList<>();
        steps.add(new ReferencePath.Step("GC root: " + trace.getGcRootType().getDescription(), false));
        List<LeakTraceReference> references = trace.getReferencePath();
        for (int i = 0; i < references.size(); i++) {
            steps.add(new ReferencePath.Step(describe(references.get(i)), trace.referencePathElementIsSuspect(i)));
        }
        steps.add(new ReferencePath.Step(trace.getLeakingObject().getClassName(), false));
        Integer retained = trace.getRetainedHeapByteSize();
        return new ReferencePath(steps, retained == null ? 0 : retained);
    }

    private static String describe(LeakTraceReference reference) {
        String origin = reference.getOriginObject().getClassName();
        String name = reference.getReferenceName();
        switch (reference.getReferenceType()) {
            case STATIC_FIELD:
                return "static " + reference.getOwningClassName() + "." + name;
            case ARRAY_ENTRY:
                return (origin.endsWith("[]") ? origin.substring(0, origin.length() - 2) : origin) + "[" + name + "]";
            case LOCAL:
                return "local variable of thread " + origin;
            case INSTANCE_FIELD:
            default:
                return origin + "." + name;
        }
    }
}
