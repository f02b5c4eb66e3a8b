package leakscope.reports;

import static leakscope.reports.Nodes.code;
import static leakscope.reports.Nodes.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.ReferencePath;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * "Still reachable": watched objects an old-generation collection did not free, each group with the
 * reference path that holds one of its objects when a heap dump of the same JVM was given (GC root first,
 * the likely causes marked).
 */
final class StillReachableSection implements ReportSection {
    private static final String LIKELY_CAUSE = "   ◀ likely cause";

    @Override
    public void addTo(Outline outline, ReportView view) {
        List<LeakGroup> all = view.analysis().leaks().stream().filter(g -> g.reason() == Reason.STILL_REACHABLE)
                .collect(Collectors.toList());
        if (all.isEmpty()) {
            return;
        }
        List<LeakGroup> groups = all.subList(0, Math.min(all.size(), view.target().leakRows()));
        Outline.Section section = outline.section("Still reachable");
        section.blocks(Outline.rank(2, 200), Nodes.paragraph(new Text("Objects the program was done with (watched, or "
                + "sessions and their state at stop) that an old-generation collection did not free: something still "
                + "holds them.")));
        // site and count first; the heap dump's columns only when a heap dump gave some group a path
        boolean paths = groups.stream().anyMatch(g -> !g.path().isEmpty());
        Outline.Rows rows = paths
                ? section.rows(Outline.Rows.Layout.TABLE, "still-reachable groups", all.size(), "site", "count", "type",
                        "retained", "held by")
                : section.rows(Outline.Rows.Layout.TABLE, "still-reachable groups", all.size(), "site", "count", "type");
        for (int i = 0; i < groups.size(); i++) {
            LeakGroup group = groups.get(i);
            Node site = code(SiteText.shortForm(group.site()));
            Node type = code(group.kind(), Clip.NAME);
            if (paths) {
                String holder = group.path().steps().stream().filter(ReferencePath.Step::isLikelyCause).findFirst()
                        .map(ReferencePath.Step::step).orElse("");
                rows.add(Outline.rank(2, 201 + i), site, text(group.count()), type,
                        new Text(group.path().isEmpty() ? "" : bytes(group.path().retainedBytes())), code(holder, Clip.NAME));
            } else {
                rows.add(Outline.rank(2, 201 + i), site, text(group.count()), type);
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            LeakGroup group = groups.get(i);
            // recorded text (the type) only in code spans
            Paragraph heading = Nodes.paragraph(code(SiteText.shortForm(group.site())));
            heading.appendChild(new Text(String.format(Locale.ROOT, " — %,d ", group.count())));
            heading.appendChild(code(group.kind(), Clip.NAME));
            heading.appendChild(new Text(group.count() == 1 ? " object:" : " objects:"));
            section.blocks(Outline.rank(3, 200 + i), heading, LeakSection.codeBlock(group.path().isEmpty()
                    ? List.of("(no reference path: analyse with a heap dump of this JVM, e.g. one written by "
                            + "-Dleakscope.heapDumpOnExit)")
                    : lines(group.path())));
        }
    }

    /** GC root first; each step that the heap analysis judged a likely cause marked. */
    static List<String> lines(ReferencePath path) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < path.steps().size(); i++) {
            ReferencePath.Step step = path.steps().get(i);
            lines.add((i == 0 ? "" : "→ ") + Clip.text(step.step(), Clip.FRAME) + (step.isLikelyCause() ? LIKELY_CAUSE : ""));
        }
        return lines;
    }

    private static String bytes(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
