package leakscope.reports;

import static leakscope.reports.Nodes.code;
import static leakscope.reports.Nodes.text;

import leakscope.analyzer.baseline.BaselineEntry;
import leakscope.analyzer.baseline.Comparison;
import leakscope.analyzer.model.Site;
import org.commonmark.node.Text;

/** With a baseline: the leak groups it knew that are gone now. */
final class BaselineSection implements ReportSection {
    @Override
    public void addTo(Outline outline, ReportView view) {
        if (view.baseline().isEmpty() || view.baseline().get().fixed().isEmpty()) {
            return;
        }
        Comparison comparison = view.baseline().get();
        Outline.Rows rows = outline.section("Fixed since the baseline").rows(Outline.Rows.Layout.TABLE, "fixed leak sites",
                comparison.fixed().size(), "site", "count then", "kind", "reason");
        int i = 0;
        for (BaselineEntry fixed : comparison.fixed()) {
            rows.add(Outline.rank(i < 5 ? 2 : 4, 80 + i++), code(SiteText.shortForm(Site.parse(fixed.site()))), text(fixed.count()),
                    code(fixed.kind(), Clip.NAME), new Text(fixed.reason()));
        }
    }
}
