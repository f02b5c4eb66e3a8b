package leakscope.analyzer.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One leaked or suspected handle, as listed in a leak group.
 *
 * @param description the application's text, untrusted; empty when none was given
 * @param sessionId owning session, 0 when none
 * @param thread name of the acquiring thread, empty when unknown
 * @param heldMillis from acquire to the end of its timeline (or to its reclaim)
 */
public record HandleSample(long handleId, String description, long sessionId, String thread, Instant acquiredAt,
        long heldMillis) {
    public HandleSample {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(acquiredAt, "acquiredAt");
    }
}
