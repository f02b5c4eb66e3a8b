package leakscope.reports;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import leakscope.analyzer.baseline.Comparison;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Series;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/** {@code report.md}: GitHub-flavoured Markdown for a pull request comment or {@code $GITHUB_STEP_SUMMARY}. */
public final class MarkdownReport {
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .nodeRendererFactory(CollapsibleRenderers.markdown())
            .build();

    private MarkdownReport() {
    }

    /** @param chartPath a series' chart, relative to the report folder, if it has one */
    public static String render(Analysis analysis, Function<Series, Optional<String>> chartPath,
            Optional<Comparison> baseline) {
        return RENDERER.render(ReportDocument.build(analysis, chartPath, baseline));
    }
}
