package leakscope.reports;

import static leakscope.reports.ReportView.plural;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import leakscope.analyzer.model.Anomalies;
import leakscope.analyzer.model.AnomalyGroup;
import leakscope.analyzer.model.Warning;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Releases that pair with nothing: counted, never called leaks, explained in one sentence each, then listed by
 * site (the release's when it carried a stack, else the acquire's) with, folded, their release stack.
 */
final class AnomalySection implements ReportSection {
    @Override
    public void addTo(Outline outline, ReportView view) {
        Anomalies anomalies = view.analysis().anomalies();
        if (anomalies.isEmpty()) {
            return;
        }
        Outline.Section section = outline.section("Releases that pair with nothing");
        section.blocks(Outline.rank(1, 30), Nodes.paragraph(new Text(summary(view, anomalies))));
        List<AnomalyGroup> groups = anomalies.groups();
        List<AnomalyGroup> listed = groups.subList(0, Math.min(groups.size(), view.target().anomalyRows()));
        Outline.Rows rows = section.rows(Outline.Rows.Layout.NUMBERED, "groups of releases", groups.size());
        for (int i = 0; i < listed.size(); i++) {
            rows.add(Outline.rank(i < 3 ? 2 : 3, 30 + i), line(listed.get(i)).toArray(Node[]::new));
        }
        if (listed.stream().anyMatch(g -> g.releaseSite().isEmpty())) {
            Paragraph hint = new Paragraph();
            hint.appendChild(new Text(Words.NO_RELEASE_STACK + ": the contract's releases carry no stack; to record the "
                    + "recorder's, add "));
            hint.appendChild(Nodes.code(Words.RELEASE_STACK_SETTING));
            hint.appendChild(new Text(" to -XX:StartFlightRecording."));
            section.blocks(Outline.rank(3, 60), hint);
        }
        int details = 0;
        for (int i = 0; i < listed.size() && details < 3; i++) {
            AnomalyGroup group = listed.get(i);
            if (group.releaseSite().isPresent()) {
                section.blocks(Outline.rank(3, 300 + i), releaseStack(view, i, group));
                details++;
            }
        }
    }

    /** One sentence per type, and what explains unmatched releases when a warning does. */
    private static String summary(ReportView view, Anomalies anomalies) {
        List<String> sentences = new ArrayList<>();
        if (anomalies.doubleReleases() > 0) {
            view.uses("double release");
            sentences.add(plural(anomalies.doubleReleases(), "double release", "double releases") + ": a handle "
                    + "released again after its release (a second close() in the program, or ids reused by an emitter).");
        }
        if (anomalies.unmatchedReleases() > 0) {
            view.uses("unmatched release");
            boolean explained = view.analysis().warnings().stream()
                    .anyMatch(w -> w instanceof Warning.LateStart || w instanceof Warning.DataLost);
            sentences.add(plural(anomalies.unmatchedReleases(), "unmatched release", "unmatched releases") + ": a release "
                    + "of a handle the recording never saw acquired, usually acquired before the recording started"
                    + (explained ? " (the warnings say why here)." : "."));
        }
        long grouped = anomalies.groups().stream().mapToLong(AnomalyGroup::count).sum();
        long total = anomalies.doubleReleases() + anomalies.unmatchedReleases();
        String ungrouped = grouped < total ? String.format(Locale.ROOT, " %,d of them in more groups than the analysis "
                + "keeps (%,d a recording).", total - grouped, Anomalies.GROUP_LIMIT) : "";
        return String.join(" ", sentences) + " Not leaks." + ungrouped;
    }

    /** {@code `Closer.close(Closer.java:30)` — 3 `file` handles released again ...}: the site first. */
    private static List<Node> line(AnomalyGroup group) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(group.site().map(site -> Nodes.code(SiteText.shortForm(site))).orElseGet(() -> new Text(Words.NO_RELEASE_STACK)));
        nodes.add(new Text(" — "));
        nodes.addAll(Words.anomalySentence(group).nodes());
        return nodes;
    }

    private static Node releaseStack(ReportView view, int index, AnomalyGroup group) {
        Collapsible details = new Collapsible(String.format(Locale.ROOT, "#%d: the release's stack", index + 1));
        Paragraph where = new Paragraph();
        where.appendChild(new Text("Released at "));
        where.appendChild(Nodes.code(group.releaseSite().orElseThrow().text()));
        where.appendChild(new Text(", the most common of the group's release stacks, "
                + plural(group.releaseStack().frames().size(), "frame", "frames") + ":"));
        details.appendChild(where);
        details.appendChild(LeakSection.codeBlock(SiteText.stack(group.releaseStack(), group.releaseSite().orElseThrow(),
                view.target().stackFrames())));
        return details;
    }
}
