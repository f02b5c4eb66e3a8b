package leakscope.reports;

import static leakscope.reports.ReportView.plural;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.LifetimeGroup;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.RecordingSummary;
import leakscope.analyzer.model.Verdict;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * What a reviewer reads first: one heading with the verdict (green when there is nothing to fix), what else
 * needs a look, and which recordings of how long.
 */
final class HeadlineSection implements ReportSection {
    @Override
    public void addTo(Outline outline, ReportView view) {
        Analysis analysis = view.analysis();
        Outline.Section section = outline.section("");
        Heading heading = new Heading();
        heading.setLevel(2);
        heading.appendChild(new Text("leakscope: " + verdict(view)));
        section.blocks(Outline.rank(0, 0), heading);
        view.baseline().ifPresent(b -> section.blocks(Outline.rank(0, 1), Nodes.paragraph(Nodes.strong(b.headline()))));
        List<String> also = alsoWorthALook(view);
        if (!also.isEmpty()) {
            section.blocks(Outline.rank(0, 2), Nodes.paragraph(new Text("Also: " + String.join(" · ", also) + ".")));
        }
        Paragraph recordings = new Paragraph();
        recordingsLine(analysis, recordings);
        section.blocks(Outline.rank(0, 3), recordings);
    }

    /** The heading's words: leaks first, then what else would make a reviewer look. */
    static String verdict(ReportView view) {
        Analysis analysis = view.analysis();
        long sites = analysis.leaks().stream().map(LeakGroup::site).distinct().count();
        String leaked = what(analysis, Verdict.LEAKED);
        if (!leaked.isEmpty()) {
            return "❌ " + leaked + " leaked at " + plural(sites, "site", "sites");
        }
        String suspected = what(analysis, Verdict.SUSPECTED);
        if (!suspected.isEmpty() && onlyNotCollectedYet(analysis)) {
            // a healthy program that never ran an old collection: say what is unknown, not that it may leak
            return "⚠️ " + suspected + " not checked: no old-generation collection ran after the program was done "
                    + "with them";
        }
        if (!suspected.isEmpty()) {
            return "⚠️ " + suspected + " may have leaked (suspected) at " + plural(sites, "site", "sites");
        }
        long growing = analysis.summary().growingSeries();
        if (growing > 0) {
            return "⚠️ " + plural(growing, "series keeps", "series keep") + " growing";
        }
        if (RetainedSection.accumulates(analysis)) {
            return "⚠️ the heap keeps growing; old-object samples show what it holds";
        }
        if (!analysis.sessions().stoppedHolding().isEmpty()) {
            return "⚠️ no leaks, but " + plural(analysis.sessions().stoppedHolding().size(), "session", "sessions")
                    + " stopped holding handles";
        }
        if (analysis.anomalies().doubleReleases() + analysis.anomalies().unmatchedReleases() > 0) {
            return "✅ no leaks (releases that pair with nothing are listed below)";
        }
        long acquired = analysis.summary().handlesAcquired();
        long lifetime = analysis.lifetime().stream().mapToLong(LifetimeGroup::count).sum();
        if (lifetime > 0) {
            return "✅ no leaks: " + plural(lifetime, "handle", "handles") + " held for the program's life, the rest released";
        }
        return acquired == 0 ? "✅ no leaks" : "✅ no leaks: all " + plural(acquired, "handle", "handles") + " released";
    }

    private static boolean onlyNotCollectedYet(Analysis analysis) {
        return analysis.leaks().stream().allMatch(group -> group.reason() == Reason.NOT_COLLECTED_YET);
    }

    /** e.g. {@code 50 handles, 2 threads and 8 objects}: the groups of one verdict counted by what they are. */
    private static String what(Analysis analysis, Verdict verdict) {
        long handles = 0;
        long threads = 0;
        long objects = 0;
        for (LeakGroup group : analysis.leaks()) {
            if (group.verdict() != verdict) {
                continue;
            }
            if (group.reason().isWatch()) {
                objects += group.count();
            } else if (group.kind().equals(Words.THREAD_KIND)) {
                threads += group.count();
            } else {
                handles += group.count();
            }
        }
        List<String> parts = new ArrayList<>();
        if (handles > 0) {
            parts.add(plural(handles, "handle", "handles"));
        }
        if (threads > 0) {
            parts.add(plural(threads, "thread", "threads"));
        }
        if (objects > 0) {
            parts.add(plural(objects, "object", "objects"));
        }
        if (parts.size() < 2) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static List<String> alsoWorthALook(ReportView view) {
        Analysis analysis = view.analysis();
        List<String> also = new ArrayList<>();
        boolean leaks = !analysis.leaks().isEmpty();
        String suspected = what(analysis, Verdict.SUSPECTED);
        if (analysis.summary().leaked() > 0 && !suspected.isEmpty()) {
            also.add(suspected + " suspected");
        }
        int stopped = analysis.sessions().stoppedHolding().size();
        if (stopped > 0 && leaks) {
            also.add(plural(stopped, "session", "sessions") + " stopped holding handles");
        }
        int never = analysis.sessions().neverStopped().size();
        if (never > 0) {
            also.add(plural(never, "session", "sessions") + " never stopped");
        }
        long growing = analysis.summary().growingSeries();
        if (growing > 0 && (leaks || stopped > 0)) {
            also.add(plural(growing, "series keeps", "series keep") + " growing");
        }
        long doubles = analysis.anomalies().doubleReleases();
        long unmatched = analysis.anomalies().unmatchedReleases();
        if (doubles > 0) {
            also.add(plural(doubles, "double release", "double releases"));
        }
        if (unmatched > 0) {
            also.add(plural(unmatched, "unmatched release", "unmatched releases"));
        }
        return also;
    }

    /** e.g. {@code app.jfr} · 2.3 s · JVM 4242 · exited · 146 handles acquired, 1 released. */
    private static void recordingsLine(Analysis analysis, Paragraph line) {
        List<RecordingSummary> recordings = analysis.recordings();
        if (recordings.size() == 1) {
            line.appendChild(Nodes.code(recordings.get(0).path().getFileName() == null ? recordings.get(0).path().toString()
                    : recordings.get(0).path().getFileName().toString(), Clip.NAME));
        } else {
            line.appendChild(new Text(plural(recordings.size(), "recording", "recordings")));
        }
        List<String> facts = new ArrayList<>();
        recordings.stream().map(RecordingSummary::start).min(Comparator.naturalOrder()).ifPresent(start -> {
            Instant end = recordings.stream().map(RecordingSummary::end).max(Comparator.naturalOrder())
                    .orElse(start);
            facts.add(Nodes.span(Duration.between(start, end).toMillis()) + " recorded");
        });
        long jvms = jvmCount(recordings);
        if (recordings.size() == 1 && recordings.get(0).jvm().isPresent()) {
            facts.add("JVM pid " + recordings.get(0).jvm().get().pid());
        } else if (jvms > 1) {
            facts.add(plural(jvms, "JVM", "JVMs"));
        }
        long exited = recordings.stream().filter(RecordingSummary::endedAtExit).count();
        facts.add(exited == recordings.size() ? "ended when the JVM exited"
                : exited == 0 ? "the JVM was still running at the end" : exited + " of them ended when their JVM exited");
        long acquired = analysis.summary().handlesAcquired();
        if (acquired > 0) {
            facts.add(plural(acquired, "handle", "handles") + String.format(Locale.ROOT, " acquired, %,d released",
                    analysis.summary().handlesReleased()));
        }
        long truncated = recordings.stream().filter(RecordingSummary::truncated).count();
        if (truncated > 0) {
            facts.add("truncated (see the warnings)");
        }
        line.appendChild(new Text(" · " + String.join(" · ", facts) + "."));
    }

    /** How many JVMs the files recorded: files of one JVM form one timeline; a file that does not say counts as its own. */
    static long jvmCount(List<RecordingSummary> recordings) {
        return recordings.stream().map(r -> r.jvm().map(Object.class::cast).orElse(r.path())).distinct().count();
    }
}
