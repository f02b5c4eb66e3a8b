package leakscope.reports;

import static leakscope.reports.ReportView.plural;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Text;

/** Releases that pair with nothing: counted, never called leaks, explained in one sentence each. */
final class AnomalySection implements ReportSection {
    @Override
    public void addTo(Outline outline, ReportView view) {
        long doubles = view.analysis().anomalies().doubleReleases();
        long unmatched = view.analysis().anomalies().unmatchedReleases();
        if (doubles == 0 && unmatched == 0) {
            return;
        }
        Outline.Section section = outline.section("Releases that pair with nothing");
        List<String> sentences = new ArrayList<>();
        if (doubles > 0) {
            view.uses("double release");
            sentences.add(plural(doubles, "double release", "double releases") + ": a handle released again after its "
                    + "release (a second close() in the program, or ids reused by an emitter).");
        }
        if (unmatched > 0) {
            view.uses("unmatched release");
            sentences.add(plural(unmatched, "unmatched release", "unmatched releases") + ": a release of a handle the "
                    + "recording never saw acquired, usually acquired before the recording started"
                    + (view.analysis().warnings().isEmpty() ? "." : " (see the warnings)."));
        }
        section.blocks(Outline.rank(1, 30), Nodes.paragraph(new Text(String.join(" ", sentences) + " Not leaks.")));
    }
}
