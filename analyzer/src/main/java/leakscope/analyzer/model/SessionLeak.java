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
 */
public record SessionLeak(long sessionId, String name, long handles, Optional<Instant> at) {
    public SessionLeak {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(at, "at");
    }
}
