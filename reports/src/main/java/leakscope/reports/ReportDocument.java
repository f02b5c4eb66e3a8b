package leakscope.reports;

import static leakscope.reports.Nodes.appendRow;
import static leakscope.reports.Nodes.code;
import static leakscope.reports.Nodes.duration;
import static leakscope.reports.Nodes.heading;
import static leakscope.reports.Nodes.number;
import static leakscope.reports.Nodes.oneLine;
import static leakscope.reports.Nodes.paragraph;
import static leakscope.reports.Nodes.strong;
import static leakscope.reports.Nodes.table;
import static leakscope.reports.Nodes.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import leakscope.analyzer.baseline.Comparison;
import leakscope.analyzer.baseline.GroupStatus;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.HandleSample;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.RetainedGroup;
import leakscope.analyzer.model.Series;
import leakscope.analyzer.model.SessionLeak;
import leakscope.analyzer.model.Trend;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * The report as one commonmark document, rendered to Markdown and to HTML alike. Recorded text (kinds,
 * descriptions, sites, session and gauge names) only ever enters as {@link Code} spans, code blocks or
 * image alt text, which the renderers escape, and where GitHub makes no links or mentions.
 */
final class ReportDocument {
    // short and scannable: the JSON keeps every row
    static final int MAX_LEAK_ROWS = 25;
    static final int MAX_SESSION_ROWS = 10;

    private final Analysis analysis;
    private final Function<Series, Optional<String>> chartImage;
    private final Optional<Comparison> baseline;

    /**
     * @param chartImage the image destination of a series' chart (a relative path, or a data URI), if it has one
     */
    private ReportDocument(Analysis analysis, Function<Series, Optional<String>> chartImage,
            Optional<Comparison> baseline) {
        this.analysis = analysis;
        this.chartImage = chartImage;
        this.baseline = baseline;
    }

    static Document build(Analysis analysis, Function<Series, Optional<String>> chartImage,
            Optional<Comparison> baseline) {
        return new ReportDocument(analysis, chartImage, baseline).build();
    }

    private Document build() {
        Document document = new Document();
        document.appendChild(heading(2, "leakscope report"));
        // with a baseline, what changed leads: the PR is judged on it
        baseline.ifPresent(b -> document.appendChild(paragraph(strong(b.headline()))));
        boolean nothingFound = analysis.isClean() && analysis.summary().growingSeries() == 0
                && analysis.retained().isEmpty();
        if (nothingFound) {
            long acquired = analysis.summary().handlesAcquired();
            document.appendChild(paragraph(new Text(acquired == 0
                    ? "✅ No leaks: no thread accumulates, no series keeps growing, no objects keep being retained."
                    : String.format(Locale.ROOT, "✅ No leaks: all %d handles acquired were released, no session "
                            + "stopped holding any, no series keeps growing.", acquired))));
        } else {
            document.appendChild(verdictLine());
            document.appendChild(summaryTable());
            appendLeaks(document);
            baseline.ifPresent(b -> appendBaseline(document, b));
            appendSessions(document);
            appendAnomalies(document);
            appendGrowth(document);
            appendRetained(document);
        }
        appendWarnings(document);
        return document;
    }

    private Node verdictLine() {
        long leaked = analysis.summary().leaked();
        long suspected = analysis.summary().suspected();
        long growing = analysis.summary().growingSeries();
        String headline = leaked > 0 ? "❌ " + leaked + " handle(s) leaked" : suspected > 0
                ? "⚠️ " + suspected + " handle(s) suspected" : "⚠️ no handle leaked, but something needs a look";
        String rest = String.format(Locale.ROOT, " — %d suspected, %d leak site(s), %d session(s) stopped holding handles, "
                        + "%d growing series.", suspected, analysis.leaks().size(),
                analysis.sessions().stoppedHolding().size(), growing);
        Paragraph line = paragraph(strong(headline));
        line.appendChild(new Text(leaked > 0 ? rest : rest.replaceFirst(" — \\d+ suspected,", " —")));
        return line;
    }

    private Node summaryTable() {
        TableBlock table = table("recordings", "acquired", "released", "leaked", "suspected", "sessions", "growing series");
        appendRow(table, text(analysis.recordings().size()), text(analysis.summary().handlesAcquired()),
                text(analysis.summary().handlesReleased()), text(analysis.summary().leaked()),
                text(analysis.summary().suspected()), text(analysis.summary().sessions()),
                text(analysis.summary().growingSeries()));
        return table;
    }

    private void appendLeaks(Document document) {
        List<LeakGroup> all = analysis.leaks();
        if (all.isEmpty()) {
            return;
        }
        List<LeakGroup> leaks = all.subList(0, Math.min(all.size(), MAX_LEAK_ROWS));
        document.appendChild(heading(3, "Leaks"));
        TableBlock table = baseline.isPresent()
                ? table("#", "status", "verdict", "reason", "kind", "site", "count", "sample")
                : table("#", "verdict", "reason", "kind", "site", "count", "sample");
        for (int i = 0; i < leaks.size(); i++) {
            LeakGroup group = leaks.get(i);
            String sample = group.handles().isEmpty() ? "" : group.handles().get(0).description();
            List<Node> cells = new ArrayList<>(List.of(text(i + 1), new Text(group.verdict().wireName()),
                    new Text(group.reason().wireName()), code(group.kind()), code(group.site()), text(group.count()),
                    code(sample)));
            int index = i;
            baseline.ifPresent(b -> {
                GroupStatus status = b.head().get(index).status();
                cells.add(1, status.isRegression() ? strong(status.wireName()) : new Text(status.wireName()));
            });
            appendRow(table, cells.toArray(Node[]::new));
        }
        document.appendChild(table);
        appendMore(document, all.size() - leaks.size(), "leak site(s)");
        for (int i = 0; i < leaks.size(); i++) {
            document.appendChild(groupDetails(i + 1, leaks.get(i)));
        }
    }

    private Node groupDetails(int number, LeakGroup group) {
        Collapsible details = new Collapsible(String.format(Locale.ROOT, "#%d: stack (%d frames) and first %d handle(s)",
                number, group.stackTrace().size(), group.handles().size()));
        details.appendChild(codeBlock(group.stackTrace()));
        TableBlock handles = table("handle", "description", "session", "thread", "acquired at", "held");
        for (HandleSample handle : group.handles()) {
            appendRow(handles, text(handle.handleId()), code(handle.description()),
                    new Text(handle.sessionId() == 0 ? "" : Long.toString(handle.sessionId())), code(handle.thread()),
                    new Text(handle.acquiredAt().toString()), new Text(duration(handle.heldMillis())));
        }
        details.appendChild(handles);
        return details;
    }

    private void appendSessions(Document document) {
        List<SessionLeak> stopped = analysis.sessions().stoppedHolding();
        List<SessionLeak> never = analysis.sessions().neverStopped();
        if (stopped.isEmpty() && never.isEmpty()) {
            return;
        }
        document.appendChild(heading(3, "Sessions"));
        if (!stopped.isEmpty()) {
            document.appendChild(paragraph(new Text(stopped.size() + " session(s) stopped while holding handles:")));
            document.appendChild(sessionTable(stopped, "handles held at stop", "stopped at"));
            appendMore(document, stopped.size() - MAX_SESSION_ROWS, "session(s)");
        }
        if (!never.isEmpty()) {
            document.appendChild(paragraph(new Text(never.size() + " session(s) never stopped:")));
            document.appendChild(sessionTable(never, "handles held at end", "started at"));
            appendMore(document, never.size() - MAX_SESSION_ROWS, "session(s)");
        }
    }

    private static void appendBaseline(Document document, Comparison comparison) {
        if (comparison.fixed().isEmpty()) {
            return;
        }
        document.appendChild(heading(3, "Fixed since the baseline"));
        TableBlock table = table("verdict", "reason", "kind", "site", "count then");
        comparison.fixed().forEach(f -> appendRow(table, new Text(f.verdict()), new Text(f.reason()), code(f.kind()),
                code(f.site()), text(f.count())));
        document.appendChild(table);
    }

    /** Recorded lines in a fenced block: the renderer picks a fence no line can close. */
    private static FencedCodeBlock codeBlock(List<String> lines) {
        FencedCodeBlock block = new FencedCodeBlock();
        block.setFenceCharacter("`");
        block.setOpeningFenceLength(3);
        block.setClosingFenceLength(3);
        block.setInfo("text");
        block.setLiteral(String.join("\n", lines.stream().map(Nodes::oneLine).toList()) + "\n");
        return block;
    }

    private static TableBlock sessionTable(List<SessionLeak> sessions, String handlesHeader, String timeHeader) {
        TableBlock table = table("session", "name", handlesHeader, timeHeader);
        sessions.stream().limit(MAX_SESSION_ROWS).forEach(s -> appendRow(table, text(s.sessionId()), code(s.name()),
                text(s.handles()), new Text(s.at().map(Object::toString).orElse(""))));
        return table;
    }

    private static void appendMore(Document document, int more, String what) {
        if (more > 0) {
            document.appendChild(paragraph(new Text(String.format(Locale.ROOT, "… and %d more %s in leakscope.json.", more, what))));
        }
    }

    private void appendAnomalies(Document document) {
        long doubles = analysis.anomalies().doubleReleases();
        long unmatched = analysis.anomalies().unmatchedReleases();
        if (doubles == 0 && unmatched == 0) {
            return;
        }
        document.appendChild(heading(3, "Anomalies"));
        document.appendChild(paragraph(new Text(String.format(Locale.ROOT,
                "%d double release(s) (a handle released again) and %d unmatched release(s) (a handle never acquired "
                        + "in its recording: usually acquired before the recording started%s). "
                        + "Not leaks, but worth a look.",
                doubles, unmatched, analysis.warnings().isEmpty() ? "" : ", see the warnings"))));
    }

    private void appendGrowth(Document document) {
        List<Series> growth = analysis.growth();
        if (growth.isEmpty()) {
            return;
        }
        document.appendChild(heading(3, "Growth"));
        TableBlock table = table("series", "trend", "samples", "first → last", "min – max", "slope / min", "shape");
        for (Series series : growth) {
            appendRow(table, code(series.name()), trendText(series.trend()), text(series.samples().size()),
                    new Text(number(series.first()) + " → " + number(series.last())),
                    new Text(number(series.min()) + " – " + number(series.max())),
                    new Text(number(series.slopePerMinute())), new Text(Sparkline.of(series.samples())));
        }
        document.appendChild(table);
        for (Series series : growth) {
            chartImage.apply(series).ifPresent(destination -> {
                Image image = new Image(destination, null);
                image.appendChild(new Text(oneLine(series.name())));
                document.appendChild(paragraph(image));
            });
        }
    }

    private void appendRetained(Document document) {
        List<RetainedGroup> retained = analysis.retained();
        if (retained.isEmpty()) {
            return;
        }
        document.appendChild(heading(3, "Retained objects"));
        document.appendChild(paragraph(new Text("Live objects the JVM's old-object sampler kept finding, by allocation "
                + "site and type, with the reference chain that keeps the oldest alive.")));
        TableBlock table = table("site", "type", "samples", "oldest", "held by");
        for (RetainedGroup group : retained.subList(0, Math.min(retained.size(), MAX_LEAK_ROWS))) {
            String holder = holder(group.referenceChain());
            appendRow(table, code(group.site()), code(group.type()), text(group.count()),
                    new Text(duration(group.oldestAgeMillis())), code(holder));
        }
        document.appendChild(table);
        for (int i = 0; i < Math.min(retained.size(), MAX_LEAK_ROWS); i++) {
            RetainedGroup group = retained.get(i);
            Collapsible details = new Collapsible(String.format(Locale.ROOT,
                    "retained #%d: reference chain (%d steps) and allocation stack (%d frames)", i + 1,
                    group.referenceChain().size(), group.stackTrace().size()));
            details.appendChild(codeBlock(group.referenceChain().isEmpty()
                    ? List.of("(no reference chain: record with -XX:StartFlightRecording:path-to-gc-roots=true)")
                    : withRoot(group)));
            details.appendChild(codeBlock(group.stackTrace().isEmpty() ? List.of("(no allocation stack recorded)")
                    : group.stackTrace()));
            document.appendChild(details);
        }
    }

    /** The first link of the chain outside the platform: the field a developer owns. */
    private static String holder(List<String> chain) {
        return chain.stream().filter(step -> !step.startsWith("java.") && !step.startsWith("jdk.") && !step.startsWith("sun."))
                .findFirst().orElse(chain.isEmpty() ? "" : chain.get(0));
    }

    private static List<String> withRoot(RetainedGroup group) {
        List<String> lines = new ArrayList<>();
        lines.add("GC root: " + (group.root().isEmpty() ? "unknown" : group.root()));
        group.referenceChain().forEach(step -> lines.add("  → " + step));
        return lines;
    }

    private void appendWarnings(Document document) {
        if (analysis.warnings().isEmpty()) {
            return;
        }
        document.appendChild(heading(3, "Warnings"));
        BulletList list = new BulletList();
        for (String warning : analysis.warnings()) {
            ListItem item = new ListItem();
            item.appendChild(paragraph(new Text(oneLine(warning))));
            list.appendChild(item);
        }
        document.appendChild(list);
    }

    private static Node trendText(Trend trend) {
        return trend == Trend.GROWING ? strong("📈 growing") : new Text(trend.wireName());
    }
}
