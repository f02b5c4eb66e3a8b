package leakscope.reports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import leakscope.analyzer.baseline.Comparison;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Series;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * {@code report.md}: GitHub-flavoured Markdown for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}, within
 * the settings' byte budget, with no image that points at a file of the report folder.
 */
public final class MarkdownReport {
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .nodeRendererFactory(CollapsibleRenderers.markdown())
            .nodeRendererFactory(InlineGroup.MARKDOWN)
            .build();

    private MarkdownReport() {
    }

    /** @param chartPaths the charts drawn, by series, relative to the report folder */
    public static String render(Analysis analysis, ReportSettings settings, Map<Series, String> chartPaths,
            Optional<Comparison> baseline) {
        MarkdownImages images = settings.markdownImages();
        ReportView view = new ReportView(analysis, baseline, Target.MARKDOWN, series -> chart(series, images, chartPaths));
        return RENDERER.render(ReportDocument.build(view, RENDERER::render, settings.markdownBudgetBytes()));
    }

    private static Optional<Node> chart(Series series, MarkdownImages images, Map<Series, String> chartPaths) {
        return switch (images.mode()) {
            case MERMAID -> series.samples().size() >= 2 ? Optional.of(MermaidChart.of(series)) : Optional.empty();
            case NONE -> Optional.empty();
            case URL -> Optional.ofNullable(chartPaths.get(series)).map(path -> {
                Image image = new Image(images.address(path), null);
                image.appendChild(new Text(Nodes.oneLine(Clip.text(series.name(), Clip.NAME))));
                return Nodes.paragraph(image);
            });
        };
    }
}
