package leakscope.analyzer.model;

import java.util.List;
import java.util.Objects;

/**
 * The handles of one (verdict, reason, kind, site).
 *
 * @param site the frame to fix
 * @param stack the group's most common acquire stack, innermost frame first
 * @param handles the group's first handles by acquire time (at most {@link #SAMPLE_LIMIT})
 * @param recording index of the recording that holds the group's first handle
 * @param path for a still-reachable group analysed with a heap dump: what holds one of its objects
 */
public record LeakGroup(Reason reason, String kind, Site site, long count, Stack stack,
        List<HandleSample> handles, int recording, ReferencePath path) {
    public static final int SAMPLE_LIMIT = 10;

    public LeakGroup {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(stack, "stack");
        handles = List.copyOf(handles);
        Objects.requireNonNull(path, "path");
    }

    /** A group with no reference path (all but still-reachable groups read with a heap dump). */
    public LeakGroup(Reason reason, String kind, Site site, long count, Stack stack,
            List<HandleSample> handles, int recording) {
        this(reason, kind, site, count, stack, handles, recording, ReferencePath.NONE);
    }

    public LeakGroup withPath(ReferencePath referencePath) {
        return new LeakGroup(reason, kind, site, count, stack, handles, recording, referencePath);
    }

    /** The stack's frames as the reports and the JSON spell them. */
    public List<String> stackTrace() {
        return stack.lines();
    }

    public Verdict verdict() {
        return reason.verdict();
    }
}
