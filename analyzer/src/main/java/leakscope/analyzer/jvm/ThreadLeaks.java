package leakscope.analyzer.jvm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.Sample;
import leakscope.analyzer.model.Series;
import leakscope.analyzer.model.Site;
import leakscope.analyzer.model.Trend;
import leakscope.analyzer.pairing.DeltaBuckets;
import leakscope.analyzer.pairing.JudgedHandle;
import leakscope.analyzer.pairing.SampledSeries;
import leakscope.analyzer.pairing.ThreadLife;
import leakscope.analyzer.site.SiteResolver;
import leakscope.analyzer.trend.TrendClassifier;

/**
 * Threads as handles of kind {@code thread} (CONTRACT.md §2). A start site is reported only when its
 * live threads <em>accumulate</em>: at least {@link #MIN_LIVE} of them are alive at the end, and the
 * count of its live threads over the timeline is {@code growing} by the trend rule. A pool that fills up
 * and then keeps its size is flat or bounded; threads started before the recording, the JVM's and JFR's
 * own threads, the common pool, and threads started with no application frame on the stack are never
 * counted. See docs/jvm-leaks.md.
 */
public final class ThreadLeaks {
    static final int MIN_LIVE = 3;
    static final String SERIES_PREFIX = "live threads: ";
    private static final List<String> PLATFORM_THREADS = List.of("JFR ", "ForkJoinPool.commonPool-worker-",
            "Common-Cleaner", "Reference Handler", "Finalizer", "Signal Dispatcher", "Attach Listener",
            "Notification Thread", "Service Thread", "process reaper", "C1 CompilerThread", "C2 CompilerThread",
            "Sweeper thread", "DestroyJavaVM", "RMI ", "Monitor Ctrl-Break");

    private final List<JudgedHandle> leaks = new ArrayList<>();
    private final List<SampledSeries> series = new ArrayList<>();
    private final int recording;

    /**
     * @param endReason the verdict reason of whatever is alive at the end of the timeline
     * @param recording index of the recording that saw the threads alive at the end: the timeline's last
     */
    public ThreadLeaks(List<ThreadLife> threads, SiteResolver sites, long startNanos, long endNanos, Reason endReason,
            int recording) {
        this.recording = recording;
        Map<Site, List<ThreadLife>> bySite = new TreeMap<>(Site.ORDER);
        for (ThreadLife thread : threads) {
            Site site = sites.siteOf(thread.stack());
            if (!isPlatform(thread.name()) && site.isFrame()) {
                bySite.computeIfAbsent(site, s -> new ArrayList<>()).add(thread);
            }
        }
        bySite.forEach((site, started) -> judge(site, started, startNanos, endNanos, endReason));
    }

    /** Live threads of accumulating sites, one judged handle each. */
    public List<JudgedHandle> leaks() {
        return leaks;
    }

    /** The live-thread count of each accumulating site. */
    public List<SampledSeries> series() {
        return series;
    }

    private void judge(Site site, List<ThreadLife> started, long startNanos, long endNanos, Reason endReason) {
        List<ThreadLife> alive = started.stream().filter(ThreadLife::isAlive).toList();
        if (alive.size() < MIN_LIVE) {
            return;
        }
        DeltaBuckets live = new DeltaBuckets(startNanos, endNanos);
        for (ThreadLife thread : started) {
            live.add(thread.startNanos(), +1);
            if (!thread.isAlive()) {
                live.add(thread.endNanos(), -1);
            }
        }
        List<Sample> samples = live.samples();
        if (TrendClassifier.classify(samples) != Trend.GROWING) {
            return;
        }
        series.add(new SampledSeries(SERIES_PREFIX + site.text(), Series.Origin.DERIVED, Series.Unit.THREADS, samples));
        for (ThreadLife thread : alive) {
            leaks.add(new JudgedHandle(endReason, thread.id(), "thread", normalised(thread.name()) + " (" + thread.name() + ")", 0,
                    thread.starter(), thread.startNanos(), Math.max(0, endNanos - thread.startNanos()), thread.stack(), recording));
        }
    }

    /** {@code pool-7-thread-3} → {@code pool-N-thread-N}: numbered names of one site read alike. */
    static String normalised(String name) {
        return name.replaceAll("\\d+", "N");
    }

    private static boolean isPlatform(String name) {
        return PLATFORM_THREADS.stream().anyMatch(name::startsWith);
    }
}
