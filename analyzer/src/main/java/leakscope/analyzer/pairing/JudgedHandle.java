package leakscope.analyzer.pairing;

import java.util.Objects;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.Stack;

/**
 * One handle with its verdict, before it is grouped by site.
 *
 * @param recording index of the recording that holds its acquire
 */
public record JudgedHandle(Reason reason, long handleId, String kind, String description, long sessionId, String thread,
        long acquireNanos, long heldNanos, Stack stack, int recording) {
    public JudgedHandle {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(stack, "stack");
    }
}
