package leakscope.reports;

import static leakscope.reports.Nodes.code;
import static leakscope.reports.Nodes.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import leakscope.analyzer.baseline.Comparison;
import leakscope.analyzer.baseline.GroupStatus;
import leakscope.analyzer.model.HandleSample;
import leakscope.analyzer.model.LeakGroup;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * The leak groups, site and count first, each with the one sentence that says what happened; then, folded,
 * each group's stack (trimmed around the site in Markdown) and first handles.
 */
final class LeakSection implements ReportSection {
    @Override
    public void addTo(Outline outline, ReportView view) {
        List<LeakGroup> all = view.analysis().leaks();
        if (all.isEmpty()) {
            return;
        }
        Outline.Section section = outline.section("Leaks");
        List<LeakGroup> listed = all.subList(0, Math.min(all.size(), view.target().leakRows()));
        Outline.Rows rows = section.rows(Outline.Rows.Layout.NUMBERED, "leak sites", all.size());
        for (int i = 0; i < listed.size(); i++) {
            LeakGroup group = listed.get(i);
            view.uses(group.reason().wireName());
            rows.add(rowRank(i), line(view, i, group).toArray(Node[]::new));
        }
        view.uses("site");
        int details = Math.min(listed.size(), view.target().leakDetails());
        for (int i = 0; i < details; i++) {
            section.blocks(detailRank(i), details(view, i, listed.get(i)));
        }
    }

    private static int rowRank(int index) {
        return index < 10 ? Outline.rank(1, index) : index < 25 ? Outline.rank(2, index) : Outline.rank(4, index);
    }

    private static int detailRank(int index) {
        return index < 3 ? Outline.rank(2, 100 + index) : index < 10 ? Outline.rank(3, index) : Outline.rank(4, 100 + index);
    }

    /** {@code `Cache.open(Cache.java:42)` — 17 `file` handles were still open when the JVM exited; e.g. `/tmp/x`}. */
    private static List<Node> line(ReportView view, int index, LeakGroup group) {
        List<Node> nodes = new ArrayList<>();
        view.baseline().ifPresent(b -> {
            Comparison.Compared compared = b.head().get(index);
            GroupStatus status = compared.status();
            String words = status == GroupStatus.GROWN
                    ? String.format(Locale.ROOT, "grown %,d → %,d", compared.baselineCount(), group.count())
                    : status.wireName();
            nodes.add(status.isRegression() ? Nodes.strong(words) : new Text(words));
            nodes.add(new Text(" · "));
        });
        nodes.add(code(SiteText.shortForm(group.site())));
        nodes.add(new Text(" — "));
        nodes.addAll(Words.groupSentence(group).nodes());
        String sample = group.handles().isEmpty() ? "" : group.handles().get(0).description();
        if (!sample.isEmpty()) {
            nodes.add(new Text("; e.g. "));
            nodes.add(code(sample, Clip.DESCRIPTION));
        }
        return nodes;
    }

    private static Node details(ReportView view, int index, LeakGroup group) {
        boolean threads = group.kind().equals(Words.THREAD_KIND);
        int handles = group.handles().size();
        String noun = threads ? "thread" : "handle";
        Collapsible details = new Collapsible(String.format(Locale.ROOT, "#%d: where, and the first %s", index + 1,
                handles == 1 ? noun : handles + " " + noun + "s"));
        Paragraph where = new Paragraph();
        where.appendChild(new Text("Site "));
        where.appendChild(code(group.site().text()));
        int above = group.stack().indexOf(group.site());
        where.appendChild(new Text(above > 0 ? String.format(Locale.ROOT, ", below %d frame(s) of the recorder, the JDK "
                + "or helpers (not blamed). ", above) : ". "));
        where.appendChild(new Text("Stack of the most common acquire, "
                + ReportView.plural(group.stack().frames().size(), "frame", "frames") + ":"));
        details.appendChild(where);
        details.appendChild(codeBlock(SiteText.stack(group.stack(), group.site(), view.target().stackFrames())));
        details.appendChild(handles(view, group, threads));
        return details;
    }

    private static TableBlock handles(ReportView view, LeakGroup group, boolean threads) {
        boolean sessions = group.handles().stream().anyMatch(h -> h.sessionId() != 0);
        List<String> headers = new ArrayList<>(List.of(threads ? "thread" : "description", "acquired", "held"));
        if (!threads) {
            headers.add("by thread");
        }
        if (sessions) {
            headers.add("session");
        }
        TableBlock table = Nodes.table(headers.toArray(String[]::new));
        for (HandleSample handle : group.handles()) {
            List<Node> cells = new ArrayList<>(List.of(code(handle.description(), Clip.DESCRIPTION),
                    new Text(view.relative(handle.acquiredAt())), new Text(Nodes.span(handle.heldMillis()))));
            if (!threads) {
                cells.add(code(handle.thread(), Clip.NAME));
            }
            if (sessions) {
                cells.add(handle.sessionId() == 0 ? new Text("") : text(handle.sessionId()));
            }
            Nodes.appendRow(table, cells.toArray(Node[]::new));
        }
        return table;
    }

    /** Recorded lines in a fenced block: the renderer picks a fence no line can close. */
    static FencedCodeBlock codeBlock(List<String> lines) {
        FencedCodeBlock block = new FencedCodeBlock();
        block.setFenceCharacter("`");
        block.setOpeningFenceLength(3);
        block.setClosingFenceLength(3);
        block.setInfo("text");
        block.setLiteral(String.join("\n", lines.stream().map(Nodes::oneLine).toList()) + "\n");
        return block;
    }
}
