package leakscope.analyzer.model;

/**
 * Releases that pair with nothing: counted, never called leaks.
 *
 * @param doubleReleases releases of a handle already released
 * @param unmatchedReleases releases of an id never acquired in its timeline (e.g. before the recording)
 */
public record Anomalies(long doubleReleases, long unmatchedReleases) {
    public Anomalies plus(Anomalies other) {
        return new Anomalies(doubleReleases + other.doubleReleases, unmatchedReleases + other.unmatchedReleases);
    }
}
