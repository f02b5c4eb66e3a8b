package leakscope.analyzer.model;

import java.util.List;

/** Sessions over all timelines. */
public record SessionSummary(long started, long stopped, List<SessionLeak> stoppedHolding,
        List<SessionLeak> neverStopped) {
    public SessionSummary {
        stoppedHolding = List.copyOf(stoppedHolding);
        neverStopped = List.copyOf(neverStopped);
    }
}
