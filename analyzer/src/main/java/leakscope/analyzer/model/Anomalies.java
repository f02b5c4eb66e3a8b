package leakscope.analyzer.model;

import java.util.List;

/**
 * Releases that pair with nothing: counted, never called leaks.
 *
 * @param doubleReleases releases of a handle already released
 * @param unmatchedReleases releases of an id never acquired in its timeline (e.g. before the recording)
 * @param groups the same releases by type, kind and sites, largest first; their counts add up to less than
 *     the totals only when a timeline had more than {@link #GROUP_LIMIT} distinct groups
 */
public record Anomalies(long doubleReleases, long unmatchedReleases, List<AnomalyGroup> groups) {
    /** Distinct groups kept per timeline: a hostile emitter's endless kinds must not fill the memory. */
    public static final int GROUP_LIMIT = 1_000;

    public Anomalies {
        groups = List.copyOf(groups);
    }

    public boolean isEmpty() {
        return doubleReleases == 0 && unmatchedReleases == 0;
    }
}
