package leakscope.analyzer.model;

import java.time.Instant;
import java.util.Objects;

/** One JVM run: recordings with equal identities form one timeline. */
public record JvmIdentity(long pid, Instant startTime) {
    public JvmIdentity {
        Objects.requireNonNull(startTime, "startTime");
    }
}
