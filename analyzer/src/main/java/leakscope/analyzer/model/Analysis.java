package leakscope.analyzer.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything found in a set of recordings; what the reports render.
 *
 * @param lifetime handles held for the program's life, listed apart: not leaks (CONTRACT.md §2)
 * @param retained old-object samples grouped by allocation site and type (JVM-recorded, no code change)
 */
public record Analysis(List<RecordingSummary> recordings, Summary summary, List<LeakGroup> leaks,
        List<LifetimeGroup> lifetime, SessionSummary sessions, Anomalies anomalies, List<Series> growth, List<RetainedGroup> retained,
        List<Warning> warnings) {
    public Analysis {
        recordings = List.copyOf(recordings);
        Objects.requireNonNull(summary, "summary");
        leaks = List.copyOf(leaks);
        lifetime = List.copyOf(lifetime);
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(anomalies, "anomalies");
        growth = List.copyOf(growth);
        retained = List.copyOf(retained);
        warnings = List.copyOf(warnings);
    }

    /** Whether anything at all was found: a clean run reports nothing (lifetime handles are no finding). */
    public boolean isClean() {
        return leaks.isEmpty() && sessions.stoppedHolding().isEmpty() && sessions.neverStopped().isEmpty()
                && anomalies.doubleReleases() == 0 && anomalies.unmatchedReleases() == 0;
    }
}
