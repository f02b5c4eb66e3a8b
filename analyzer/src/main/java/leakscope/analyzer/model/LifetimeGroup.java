package leakscope.analyzer.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Handles of one (kind, site) held to the end of their timeline at a site whose count did not accumulate: a
 * listening socket, a log file, a pool opened once (CONTRACT.md §2, docs/lifetime.md). Not leaks.
 *
 * @param since when the oldest of them was acquired
 * @param recording index of the recording that holds the oldest one's acquire
 */
public record LifetimeGroup(String kind, Site site, long count, Instant since, int recording) {
    public LifetimeGroup {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(since, "since");
    }
}
