package leakscope.analyzer.pairing;

import java.util.Objects;
import leakscope.analyzer.model.Stack;

/**
 * A Java thread started during the recording.
 *
 * @param starter the thread that started it
 * @param endNanos when it ended, or -1 if it was still alive at the end
 * @param stack where it was started
 */
public record ThreadLife(long id, String name, String starter, long startNanos, long endNanos, Stack stack) {
    public ThreadLife {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(starter, "starter");
        Objects.requireNonNull(stack, "stack");
    }

    public boolean isAlive() {
        return endNanos < 0;
    }

    /** This thread, ended at {@code timeNanos}. */
    ThreadLife endedAt(long timeNanos) {
        return new ThreadLife(id, name, starter, startNanos, timeNanos, stack);
    }
}
