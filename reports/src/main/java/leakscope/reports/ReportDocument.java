package leakscope.reports;

import java.util.List;
import java.util.function.Function;
import org.commonmark.node.Document;
import org.commonmark.node.Node;

/**
 * The report as one commonmark document, rendered to Markdown and to HTML alike: the sections in reading
 * order, fitted to the target's size budget. Recorded text (kinds, descriptions, sites, session and gauge
 * names) only ever enters as code spans or code blocks, which the renderers escape, and where GitHub makes
 * no links or mentions; it is clipped to a readable length (the JSON keeps it whole).
 */
final class ReportDocument {
    /** Reading order. A new section is a class of its own and a line here. */
    private static final List<ReportSection> SECTIONS = List.of(new HeadlineSection(), new LeakSection(), new StillReachableSection(),
            new LifetimeSection(), new BaselineSection(), new SessionSection(), new AnomalySection(), new GrowthSection(), new RetainedSection(),
            new WarningSection(), new LegendSection());

    private ReportDocument() {
    }

    /**
     * @param render the format's renderer, which measures the budget
     * @param bytes the most bytes the rendered document may take
     */
    static Document build(ReportView view, Function<Node, String> render, long bytes) {
        Outline outline = new Outline();
        SECTIONS.forEach(section -> section.addTo(outline, view));
        return Budget.fill(outline, render, bytes, view.target().description());
    }
}
