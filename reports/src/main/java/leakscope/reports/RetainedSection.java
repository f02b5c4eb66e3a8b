package leakscope.reports;

import static leakscope.reports.Nodes.code;
import static leakscope.reports.Nodes.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.RetainedGroup;
import leakscope.analyzer.model.Series;
import leakscope.analyzer.model.Site;
import leakscope.analyzer.model.Trend;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Text;

/**
 * Objects the JVM's old-object sampler kept finding. They count only when they point at something that
 * accumulates (the heap, metaspace or loaded classes keep growing, or they were allocated at a leak site):
 * every JVM holds old objects (its jar cache, its class loaders), and a healthy program must read healthy.
 * Otherwise they are an appendix, folded.
 */
final class RetainedSection implements ReportSection {

    @Override
    public void addTo(Outline outline, ReportView view) {
        List<RetainedGroup> retained = view.analysis().retained();
        if (retained.isEmpty()) {
            return;
        }
        List<RetainedGroup> shown = retained.subList(0, Math.min(retained.size(), view.target().retainedRows()));
        if (accumulates(view.analysis())) {
            Outline.Section section = outline.section("Retained objects");
            section.blocks(Outline.rank(2, 300), Nodes.paragraph(new Text("Live objects the JVM's old-object sampler kept "
                    + "finding, by allocation site and type, with the field that keeps the oldest alive:")));
            section.blocks(Outline.rank(2, 301), table(shown));
            for (int i = 0; i < shown.size(); i++) {
                section.blocks(Outline.rank(4, 300 + i), chain(i, shown.get(i)));
            }
        } else {
            Collapsible appendix = new Collapsible(String.format(Locale.ROOT,
                    "Old-object samples at %d site(s): for reference, nothing they point at accumulates", retained.size()));
            appendix.appendChild(table(shown));
            outline.section("").blocks(Outline.rank(5, 300), appendix);
        }
    }

    /** Whether the old-object samples matter: something they may explain keeps growing, or they sit at a leak site. */
    static boolean accumulates(Analysis analysis) {
        if (analysis.retained().isEmpty()) {
            return false;
        }
        boolean heapGrows = analysis.growth().stream()
                .anyMatch(s -> s.trend() == Trend.GROWING && s.origin() == Series.Origin.JVM);
        Set<Site> leakSites = analysis.leaks().stream().map(LeakGroup::site).collect(Collectors.toSet());
        return heapGrows || analysis.retained().stream().anyMatch(r -> leakSites.contains(r.site()));
    }

    private static TableBlock table(List<RetainedGroup> groups) {
        TableBlock table = Nodes.table("site", "type", "samples", "oldest", "held by");
        for (RetainedGroup group : groups) {
            Nodes.appendRow(table, code(SiteText.shortForm(group.site())), code(group.type(), Clip.NAME),
                    text(group.count()), new Text(Nodes.span(group.oldestAgeMillis())),
                    code(holder(group.referenceChain()), Clip.NAME));
        }
        return table;
    }

    private static Collapsible chain(int index, RetainedGroup group) {
        Collapsible details = new Collapsible(String.format(Locale.ROOT,
                "retained #%d: reference chain and allocation stack", index + 1));
        List<String> lines = new ArrayList<>();
        if (group.referenceChain().isEmpty()) {
            lines.add("(no reference chain: record with -XX:StartFlightRecording:path-to-gc-roots=true)");
        } else {
            lines.add("GC root: " + (group.root().isEmpty() ? "unknown" : group.root()));
            group.referenceChain().forEach(step -> lines.add("  → " + Clip.text(step, Clip.FRAME)));
        }
        details.appendChild(LeakSection.codeBlock(lines));
        details.appendChild(LeakSection.codeBlock(group.stackTrace().isEmpty() ? List.of("(no allocation stack recorded)")
                : group.stackTrace().stream().map(f -> Clip.text(f, Clip.FRAME)).toList()));
        return details;
    }

    /** The first link of the chain outside the platform: the field a developer owns. */
    private static String holder(List<String> chain) {
        return chain.stream().filter(step -> !step.startsWith("java.") && !step.startsWith("jdk.") && !step.startsWith("sun."))
                .findFirst().orElse(chain.isEmpty() ? "" : chain.get(0));
    }
}
