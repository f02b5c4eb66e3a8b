package leakscope.reports;

import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import leakscope.analyzer.baseline.Comparison;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Series;

/** One format of a report as text, for the report folder or standard output ({@code --out -}). */
public final class ReportRendering {
    private ReportRendering() {
    }

    /**
     * @param charts the PNG charts drawn for this report by their path relative to the report folder
     *     ({@link ChartImages#render}); empty when none were drawn
     */
    public static String render(ReportFormat format, Analysis analysis, Map<String, byte[]> charts,
            ReportSettings settings, Optional<Comparison> baseline) {
        Map<Series, String> chartBySeries = new IdentityHashMap<>(); // by the series itself: names may repeat
        analysis.growth().forEach(s -> {
            String path = ChartFiles.relativePath(s);
            if (charts.containsKey(path)) {
                chartBySeries.put(s, path);
            }
        });
        return switch (format) {
            case JSON -> JsonReport.render(analysis, settings.toolVersion(), chartBySeries, baseline);
            case MARKDOWN -> MarkdownReport.render(analysis, settings, chartBySeries, baseline);
            case HTML -> HtmlReport.render(analysis, s -> Optional.ofNullable(chartBySeries.get(s))
                    .map(path -> "data:image/png;base64," + Base64.getEncoder().encodeToString(charts.get(path))), baseline);
            case SARIF -> SarifReport.render(analysis, settings.toolVersion(), settings.sourceFiles());
        };
    }

    /** Whether a format shows PNG charts, so they are drawn for it (the Markdown links them only with url=BASE). */
    public static boolean drawsCharts(ReportFormat format, ReportSettings settings) {
        return format == ReportFormat.HTML
                || format == ReportFormat.MARKDOWN && settings.markdownImages().mode() == MarkdownImages.Mode.URL;
    }
}
