package leakscope.reports;

import static leakscope.reports.Nodes.appendRow;
import static leakscope.reports.Nodes.code;
import static leakscope.reports.Nodes.heading;
import static leakscope.reports.Nodes.paragraph;
import static leakscope.reports.Nodes.strong;
import static leakscope.reports.Nodes.table;

import java.util.List;
import leakscope.analyzer.baseline.BaselineEntry;
import leakscope.analyzer.baseline.Comparison;
import leakscope.analyzer.baseline.GroupStatus;
import leakscope.analyzer.model.Site;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/** {@code leakscope diff}: two reports' leak groups compared, as Markdown for a pull request. */
public final class DiffReport {
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder()
            .extensions(List.of(TablesExtension.create())).build();

    private DiffReport() {
    }

    public static String render(Comparison comparison) {
        Document document = new Document();
        document.appendChild(heading(2, "leakscope: leaks against the baseline"));
        document.appendChild(paragraph(strong(comparison.headline())));
        appendTable(document, comparison);
        return RENDERER.render(document);
    }

    /**
     * The compared groups, regressions first, then the fixed ones; nothing when there is nothing. Site and count
     * first, as in the reports: the columns a narrow comment shows.
     */
    static void appendTable(Document document, Comparison comparison) {
        if (comparison.head().isEmpty() && comparison.fixed().isEmpty()) {
            return;
        }
        TableBlock table = table("site", "count (baseline → now)", "status", "kind", "reason", "verdict");
        for (GroupStatus status : List.of(GroupStatus.NEW, GroupStatus.GROWN, GroupStatus.UNCHANGED)) {
            comparison.head().stream().filter(c -> c.status() == status).forEach(c -> appendRow(table,
                    site(c.group()), new Text(c.baselineCount() + " → " + c.group().count()),
                    status.isRegression() ? strong(status.wireName()) : new Text(status.wireName()),
                    code(c.group().kind(), Clip.NAME), new Text(c.group().reason()), new Text(c.group().verdict().wireName())));
        }
        for (BaselineEntry fixed : comparison.fixed()) {
            appendRow(table, site(fixed), new Text(fixed.count() + " → 0"), new Text(GroupStatus.FIXED.wireName()),
                    code(fixed.kind(), Clip.NAME), new Text(fixed.reason()), new Text(fixed.verdict().wireName()));
        }
        document.appendChild(table);
    }

    private static Node site(BaselineEntry group) {
        return code(SiteText.shortForm(Site.parse(group.site())));
    }
}
