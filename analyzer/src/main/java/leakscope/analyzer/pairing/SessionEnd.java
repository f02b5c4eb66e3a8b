package leakscope.analyzer.pairing;

import java.util.Objects;
import leakscope.analyzer.model.SessionLeak;
import leakscope.analyzer.model.Stack;

/**
 * A session that stopped holding handles or never stopped, with its stacks, before they are resolved to sites.
 *
 * @param startStack where it started; {@link Stack#EMPTY} when its start was not recorded
 * @param stopStack where it stopped; {@link Stack#EMPTY} unless its emitter recorded the stop's stack
 */
public record SessionEnd(SessionLeak session, Stack startStack, Stack stopStack) {
    public SessionEnd {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(startStack, "startStack");
        Objects.requireNonNull(stopStack, "stopStack");
    }
}
