package leakscope.analyzer.pairing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import leakscope.analyzer.event.Event;
import leakscope.analyzer.event.JvmSeries;
import leakscope.analyzer.model.Series;

/**
 * The series of one timeline: gauges, the derived "open handles of each kind" and "live sessions", and
 * the JVM's own. Counts are kept as changes in time buckets, so they need no order; samples are sorted
 * at the end. Memory is flat whatever the number of events.
 */
public final class SeriesLedger {
    static final String OPEN_HANDLES = "open handles: ";
    static final String LIVE_SESSIONS = "live sessions";
    private static final int RECENT_KINDS = 8;
    /**
     * Open-handle series kept per timeline, the kinds with the most handles open at once: a series is for
     * reading, and another program may use 100,000 kinds (200 samples each were 20 million samples).
     */
    public static final int KIND_SERIES_LIMIT = 50;

    private final long startNanos;
    private final long endNanos;
    private final Map<String, GaugeSamples> gauges = new TreeMap<>();
    private final Map<JvmSeries, GaugeSamples> jvm = new TreeMap<>(Comparator.comparing(JvmSeries::seriesName));
    private final Map<String, DeltaBuckets> openByKind = new HashMap<>(); // looked up per event: sorted on output
    // the kinds met last, compared before hashing: an event's kind is a fresh string, and programs use few kinds
    private final String[] recentKinds = new String[RECENT_KINDS];
    private final DeltaBuckets[] recentKindBuckets = new DeltaBuckets[RECENT_KINDS];
    private int nextRecentKind;
    private final DeltaBuckets liveSessions;
    private boolean hasSessions;
    private int kindsLeftOut;

    /** The series of a timeline whose recordings span {@code startNanos} to {@code endNanos}. */
    public SeriesLedger(long startNanos, long endNanos) {
        this.startNanos = startNanos;
        this.endNanos = endNanos;
        this.liveSessions = new DeltaBuckets(startNanos, endNanos);
    }

    void gauge(Event.Gauge gauge) {
        gauges.computeIfAbsent(gauge.name(), n -> new GaugeSamples()).add(gauge.timeNanos(), gauge.value());
    }

    void jvmSample(Event.JvmSample sample) {
        jvm.computeIfAbsent(sample.series(), n -> new GaugeSamples()).add(sample.timeNanos(), sample.value());
    }

    /** The open-handle count of a kind, which a handle changes when acquired (+1) and released (-1). */
    DeltaBuckets openHandles(String kind) {
        for (int i = 0; i < RECENT_KINDS; i++) {
            if (kind.equals(recentKinds[i])) {
                return recentKindBuckets[i];
            }
        }
        DeltaBuckets buckets = openByKind.computeIfAbsent(kind, k -> new DeltaBuckets(startNanos, endNanos));
        recentKinds[nextRecentKind] = kind;
        recentKindBuckets[nextRecentKind] = buckets;
        nextRecentKind = (nextRecentKind + 1) % RECENT_KINDS;
        return buckets;
    }

    void sessionStarted(long timeNanos) {
        hasSessions = true;
        liveSessions.add(timeNanos, +1);
    }

    void sessionEnded(long timeNanos) {
        liveSessions.add(timeNanos, -1);
    }

    /** Takes in the series of a ledger that read other chunks of the same timeline: all adds commute. */
    void merge(SeriesLedger later) {
        later.gauges.forEach((name, samples) -> gauges.computeIfAbsent(name, n -> new GaugeSamples()).addAll(samples));
        later.jvm.forEach((series, samples) -> jvm.computeIfAbsent(series, n -> new GaugeSamples()).addAll(samples));
        later.openByKind.forEach((kind, buckets) -> openHandles(kind).addAll(buckets));
        liveSessions.addAll(later.liveSessions);
        hasSessions |= later.hasSessions;
    }

    /** Gauges by name, open handles by kind, live sessions (if any started), then the JVM's series. */
    List<SampledSeries> finish() {
        List<SampledSeries> series = new ArrayList<>();
        gauges.forEach((name, samples) -> series.add(
                new SampledSeries(name, Series.Origin.GAUGE, Series.Unit.VALUE, samples.sorted())));
        keptKinds().forEach((kind, buckets) -> series.add(
                new SampledSeries(OPEN_HANDLES + kind, Series.Origin.DERIVED, Series.Unit.HANDLES, kind,
                        buckets.samples())));
        if (hasSessions) {
            series.add(new SampledSeries(LIVE_SESSIONS, Series.Origin.DERIVED, Series.Unit.SESSIONS,
                    liveSessions.samples()));
        }
        jvm.forEach((which, samples) -> series.add(
                new SampledSeries(which.seriesName(), Series.Origin.JVM, which.unit(), samples.sorted())));
        return series;
    }

    /** The kinds whose open handles {@link #finish} made no series of: beyond {@link #KIND_SERIES_LIMIT}. */
    int kindsLeftOut() {
        return kindsLeftOut;
    }

    /** The kinds with the most handles open at once (then by name), at most the limit, by name. */
    private Map<String, DeltaBuckets> keptKinds() {
        if (openByKind.size() <= KIND_SERIES_LIMIT) {
            return new TreeMap<>(openByKind);
        }
        record Peak(String kind, long open) {
        }
        List<Peak> peaks = new ArrayList<>(openByKind.size());
        openByKind.forEach((kind, buckets) -> peaks.add(new Peak(kind, buckets.peak())));
        peaks.sort(Comparator.comparingLong(Peak::open).reversed().thenComparing(Peak::kind));
        Map<String, DeltaBuckets> kept = new TreeMap<>();
        peaks.subList(0, KIND_SERIES_LIMIT).forEach(peak -> kept.put(peak.kind(), openByKind.get(peak.kind())));
        kindsLeftOut = openByKind.size() - KIND_SERIES_LIMIT;
        return kept;
    }
}
