package leakscope.reports;

import java.io.IOException;
import java.io.Writer;
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
     * Writes one format to {@code out} (not closed); the JSON is streamed, so a big analysis is never one string.
     *
     * @param charts the PNG charts drawn for this report by their path relative to the report folder
     *     ({@link ChartImages#render}); empty when none were drawn
     */
    public static void write(Writer out, ReportFormat format, Analysis analysis, Map<String, byte[]> charts,
            ReportSettings settings, Optional<Comparison> baseline) throws IOException {
        Map<Series, String> chartBySeries = new IdentityHashMap<>(); // by the series itself: names may repeat
        analysis.growth().forEach(s -> {
            String path = ChartFiles.relativePath(s);
            if (charts.containsKey(path)) {
                chartBySeries.put(s, path);
            }
        });
        switch (format) {
            case JSON -> JsonReport.write(out, analysis, settings.toolVersion(), chartBySeries, baseline);
            default -> out.write(rendered(format, analysis, chartBySeries, charts, settings, baseline));
        }
    }

    private static String rendered(ReportFormat format, Analysis analysis, Map<Series, String> chartBySeries,
            Map<String, byte[]> charts, ReportSettings settings, Optional<Comparison> baseline) {
        return switch (format) {
            case JSON -> throw new IllegalArgumentException("the JSON is streamed, not rendered");
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
