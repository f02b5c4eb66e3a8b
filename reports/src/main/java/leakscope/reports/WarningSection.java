package leakscope.reports;

import java.util.List;
import leakscope.analyzer.model.Warning;
import org.commonmark.node.Text;

/** What limits the analysis: truncation, lost events, late starts. */
final class WarningSection implements ReportSection {
    @Override
    public void addTo(Outline outline, ReportView view) {
        List<Warning> warnings = view.analysis().warnings();
        if (warnings.isEmpty()) {
            return;
        }
        Outline.Rows rows = outline.section("Warnings").rows(Outline.Rows.Layout.BULLETS, "warnings", warnings.size());
        List<Warning> shown = warnings.subList(0, Math.min(warnings.size(), view.target().warnings()));
        for (int i = 0; i < shown.size(); i++) {
            rows.add(Outline.rank(i < 5 ? 1 : 3, 70 + i),
                    new Text(Nodes.oneLine(Clip.text(WarningText.of(shown.get(i)), Clip.SENTENCE))));
        }
    }
}
