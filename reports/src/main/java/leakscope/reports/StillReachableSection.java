package leakscope.reports;

import static leakscope.reports.Nodes.appendRow;
import static leakscope.reports.Nodes.code;
import static leakscope.reports.Nodes.heading;
import static leakscope.reports.Nodes.paragraph;
import static leakscope.reports.Nodes.table;
import static leakscope.reports.Nodes.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.ReferencePath;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Document;
import org.commonmark.node.Text;

/**
 * "Still reachable": watched objects a full collection did not free, each group with the reference path
 * that holds one of its objects when a heap dump of the same JVM was given, likely causes marked.
 */
final class StillReachableSection {
    private static final String LIKELY_CAUSE = "   ◀ likely cause";

    private StillReachableSection() {
    }

    static void append(Document document, List<LeakGroup> leaks) {
        List<LeakGroup> groups = leaks.stream().filter(g -> g.reason() == Reason.STILL_REACHABLE)
                .limit(ReportDocument.MAX_LEAK_ROWS).collect(Collectors.toList());
        if (groups.isEmpty()) {
            return;
        }
        document.appendChild(heading(3, "Still reachable"));
        document.appendChild(paragraph(new Text("Objects the program was done with (watched, or sessions and their "
                + "state at stop) that an old-generation collection did not free: something still holds them.")));
        TableBlock table = table("type", "site", "count", "retained", "held by");
        for (LeakGroup group : groups) {
            String holder = group.path().steps().stream().filter(ReferencePath.Step::isLikelyCause).findFirst()
                    .map(ReferencePath.Step::step).orElse("");
            appendRow(table, code(group.kind()), code(group.site()), text(group.count()),
                    new Text(group.path().isEmpty() ? "" : bytes(group.path().retainedBytes())), code(holder));
        }
        document.appendChild(table);
        for (LeakGroup group : groups) {
            document.appendChild(paragraph(new Text(String.format(Locale.ROOT, "%s at %s, %d object(s):",
                    Nodes.oneLine(group.kind()), Nodes.oneLine(group.site()), group.count()))));
            document.appendChild(ReportDocument.codeBlock(group.path().isEmpty()
                    ? List.of("(no reference path: analyse with a heap dump of this JVM, e.g. one written by "
                            + "-Dleakscope.heapDumpOnExit)")
                    : lines(group.path())));
        }
    }

    /** GC root first; each step that shark judged a likely cause marked. */
    static List<String> lines(ReferencePath path) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < path.steps().size(); i++) {
            ReferencePath.Step step = path.steps().get(i);
            lines.add((i == 0 ? "" : "→ ") + step.step() + (step.isLikelyCause() ? LIKELY_CAUSE : ""));
        }
        return lines;
    }

    private static String bytes(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
