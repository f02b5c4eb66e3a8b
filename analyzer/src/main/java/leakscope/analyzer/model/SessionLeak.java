package leakscope.analyzer.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A session that stopped holding handles, or never stopped.
 *
 * @param name the application's text, untrusted; empty when its start was not recorded
 * @param handles handles held when it stopped (or at the end, for one that never stopped)
 * @param at when it stopped (or started, for one that never stopped), if recorded
 * @param where the code that stopped it, or else the code that started it, if either was recorded
 */
public record SessionLeak(long sessionId, String name, long handles, Optional<Instant> at, Optional<Where> where) {
    public SessionLeak {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(where, "where");
    }

    /** A session whose start and stop stacks are not known. */
    public SessionLeak(long sessionId, String name, long handles, Optional<Instant> at) {
        this(sessionId, name, handles, at, Optional.empty());
    }

    /**
     * Where a session stopped, as far as the recording tells. The contract's stop carries no stack, so unless
     * its emitter recorded one, the site is where the session started (its start always has a stack).
     *
     * @param atStop the site is in the stop's stack; false: in the start's
     */
    public record Where(Site site, boolean atStop) {
        public Where {
            Objects.requireNonNull(site, "site");
        }
    }
}
