package leakscope.analyzer.pairing;

import java.util.Objects;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.Stack;

/** One handle with a verdict, before it is grouped by site. */
public record Leak(Reason reason, long handleId, String kind, String description, long sessionId, String thread,
        long acquireNanos, long heldNanos, Stack stack, int recording) {
    public Leak {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(stack, "stack");
    }
}
