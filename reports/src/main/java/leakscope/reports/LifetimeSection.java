package leakscope.reports;

import static leakscope.reports.Nodes.code;
import static leakscope.reports.Nodes.text;

import java.util.List;
import leakscope.analyzer.model.LifetimeGroup;
import org.commonmark.node.Text;

/**
 * Handles held for the program's life (CONTRACT.md §2, docs/lifetime.md): a listening socket, a log file, a pool
 * opened once. Not leaks, and never a reason to look; listed after the leaks so that a reader who wonders where
 * the server's socket went finds it, site first.
 */
final class LifetimeSection implements ReportSection {
    static final String HEADING = "Held for the program's life (not leaks)";

    @Override
    public void addTo(Outline outline, ReportView view) {
        List<LifetimeGroup> all = view.analysis().lifetime();
        if (all.isEmpty()) {
            return;
        }
        Outline.Section section = outline.section(HEADING);
        section.blocks(Outline.rank(3, 200), Nodes.paragraph(new Text("Still held at the end, at sites that opened them "
                + "in one go and then opened nothing more for most of the run:")));
        Outline.Rows rows = section.rows(Outline.Rows.Layout.TABLE, "lifetime sites", all.size(), "site", "count", "kind",
                "held since");
        List<LifetimeGroup> listed = all.subList(0, Math.min(all.size(), view.target().leakRows()));
        for (int i = 0; i < listed.size(); i++) {
            LifetimeGroup group = listed.get(i);
            rows.add(Outline.rank(3, 201 + i), code(SiteText.shortForm(group.site())), text(group.count()),
                    code(group.kind(), Clip.NAME), new Text(view.relative(group.since())));
        }
        view.uses("lifetime");
    }
}
