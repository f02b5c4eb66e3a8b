package leakscope.reports;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.LifetimeGroup;
import leakscope.analyzer.model.RecordingSummary;
import leakscope.analyzer.model.Series;
import leakscope.analyzer.model.Site;
import leakscope.analyzer.model.Trend;
import leakscope.reports.ChartFiles;
import leakscope.reports.Clip;
import leakscope.reports.WarningText;

/** The short human summary printed after an analysis: counts, the top sites, where the report is. */
public final class ConsoleSummary {
    private static final int TOP_SITES = 5;

    private ConsoleSummary() {
    }

    public static void print(Analysis analysis, List<Path> written, PrintWriter out) {
        out.printf(Locale.ROOT, "leakscope: %d leaked, %d suspected in %d recording(s)%s (%d handles acquired, %d released)%n",
                analysis.summary().leaked(), analysis.summary().suspected(), analysis.recordings().size(),
                ofJvms(analysis.recordings()), analysis.summary().handlesAcquired(), analysis.summary().handlesReleased());
        List<LeakGroup> leaks = analysis.leaks();
        leaks.stream().limit(TOP_SITES).forEach(g -> out.printf(Locale.ROOT, "  %6d  %-9s %-15s %-10s %s%n", g.count(),
                g.verdict().wireName(), g.reason().wireName(), TerminalText.safe(g.kind()), TerminalText.safe(g.site().text())));
        if (leaks.size() > TOP_SITES) {
            out.printf(Locale.ROOT, "  ... and %d more site(s) in the report%n", leaks.size() - TOP_SITES);
        }
        long lifetime = analysis.lifetime().stream().mapToLong(LifetimeGroup::count).sum();
        if (lifetime > 0) {
            out.printf(Locale.ROOT, "held for the program's life (not leaks): %d handle(s) at %d site(s)%n", lifetime,
                    analysis.lifetime().size());
        }
        if (!analysis.sessions().stoppedHolding().isEmpty() || !analysis.sessions().neverStopped().isEmpty()) {
            out.printf(Locale.ROOT, "sessions: %d stopped holding handles, %d never stopped%n",
                    analysis.sessions().stoppedHolding().size(), analysis.sessions().neverStopped().size());
        }
        if (!analysis.anomalies().isEmpty()) {
            out.printf(Locale.ROOT, "anomalies: %d double release(s), %d unmatched release(s)%n",
                    analysis.anomalies().doubleReleases(), analysis.anomalies().unmatchedReleases());
            analysis.anomalies().groups().stream().limit(TOP_SITES).forEach(g -> out.printf(Locale.ROOT,
                    "  %6d  %-17s %-10s %s%n", g.count(), g.type().wireName(), TerminalText.safe(g.kind()),
                    TerminalText.safe(g.site().map(Site::text).orElse(Words.NO_RELEASE_STACK))));
        }
        List<String> growing = analysis.growth().stream().filter(s -> s.trend() == Trend.GROWING).map(Series::name)
                .toList();
        if (!growing.isEmpty()) {
            out.println("growing: " + growing.stream().limit(TOP_SITES).map(TerminalText::safe).collect(Collectors.joining(", "))
                    + (growing.size() > TOP_SITES ? String.format(Locale.ROOT, " and %d more", growing.size() - TOP_SITES) : ""));
        }
        analysis.warnings().forEach(w -> out.println("warning: " + TerminalText.safe(WarningText.of(w), Clip.SENTENCE)));
        written.stream().filter(p -> p.getParent() == null || !p.getParent().endsWith(ChartFiles.DIRECTORY))
                .forEach(p -> out.println("wrote " + p));
        out.flush();
    }

    /**
     * " of N JVM(s)" when files of one JVM were read together (a JFR repository holds one file per chunk, a
     * JVM dumped twice leaves two): they form one timeline, which "2 recordings" alone would hide. Empty
     * when every file is a JVM of its own.
     */
    private static String ofJvms(List<RecordingSummary> recordings) {
        long jvms = HeadlineSection.jvmCount(recordings);
        return jvms == recordings.size() ? "" : String.format(Locale.ROOT, " of %d JVM(s)", jvms);
    }
}
