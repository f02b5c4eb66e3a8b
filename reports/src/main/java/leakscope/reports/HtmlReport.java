package leakscope.reports;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import leakscope.analyzer.baseline.Comparison;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Series;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.HtmlRenderer;

/** {@code report.html}: one self-contained page (charts inlined), the same content as the Markdown. */
public final class HtmlReport {
    /** One page a browser opens at once, charts included (at most {@link ChartImages#MAX_CHARTS}). */
    static final long BUDGET_BYTES = 5_000_000;
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .nodeRendererFactory(CollapsibleRenderers::html)
            .nodeRendererFactory(InlineGroup.HTML)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private static final String STYLE = String.join("\n",
            "body{font:15px/1.5 -apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;margin:0;color:#1f2328;background:#fff}",
            "main{max-width:1100px;margin:0 auto;padding:16px}",
            "h2{border-bottom:1px solid #d0d7de;padding-bottom:.3em}",
            "table{border-collapse:collapse;display:block;overflow-x:auto;margin:12px 0}",
            "th,td{border:1px solid #d0d7de;padding:4px 10px;text-align:left;vertical-align:top}",
            "th{background:#f6f8fa}",
            "code{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace;background:#f6f8fa;padding:1px 4px;border-radius:4px;overflow-wrap:break-word}",
            "pre{background:#f6f8fa;padding:10px;overflow-x:auto;border-radius:6px}",
            "pre code{padding:0;overflow-wrap:normal}",
            "details{margin:8px 0;border:1px solid #d0d7de;border-radius:6px;padding:6px 10px}",
            "summary{cursor:pointer;font-weight:600}",
            "img{max-width:100%;height:auto;border:1px solid #d0d7de;border-radius:6px}",
            "@media (max-width:600px){body{font-size:14px}main{padding:8px}th,td{padding:3px 6px}}");

    private HtmlReport() {
    }

    /**
     * @param chartDataUri a series' chart as a {@code data:image/png;base64,...} URI, if it has one
     */
    public static String render(Analysis analysis, Function<Series, Optional<String>> chartDataUri,
            Optional<Comparison> baseline) {
        ReportView view = new ReportView(analysis, baseline, Target.HTML, series -> chartDataUri.apply(series).map(uri -> {
            Image image = new Image(uri, null);
            image.appendChild(new Text(Nodes.oneLine(Clip.text(series.name(), Clip.NAME))));
            return Nodes.paragraph(image);
        }));
        String body = RENDERER.render(ReportDocument.build(view, RENDERER::render, BUDGET_BYTES));
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>leakscope report</title>\n<style>\n" + STYLE + "\n</style>\n</head>\n<body>\n<main>\n"
                + body + "</main>\n</body>\n</html>\n";
    }
}
