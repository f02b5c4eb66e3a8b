package leakscope.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import leakscope.analyzer.model.Sample;
import leakscope.analyzer.model.Series;
import org.commonmark.node.FencedCodeBlock;

/**
 * A series as a mermaid {@code xychart-beta} block, which GitHub draws in comments and step summaries where
 * images of the report folder cannot show. The block holds numbers and the report's own words only: the
 * series' recorded name is reduced to letters, digits and a few marks, so it can never close the block or
 * speak mermaid.
 */
final class MermaidChart {
    static final int POINTS = 40;
    private static final int TITLE_CHARS = 60;

    private MermaidChart() {
    }

    static FencedCodeBlock of(Series series) {
        Units unit = Units.of(series);
        List<Sample> samples = series.samples();
        double seconds = samples.isEmpty() ? 0
                : (samples.get(samples.size() - 1).epochNanos() - samples.get(0).epochNanos()) / 1e9;
        List<String> points = new ArrayList<>();
        for (double value : resampled(samples)) {
            points.add(decimal(unit.scaled(value)));
        }
        StringBuilder chart = new StringBuilder("xychart-beta\n");
        chart.append("    title \"").append(safeTitle(series.name())).append("\"\n");
        chart.append("    x-axis \"seconds\" 0 --> ").append(decimal(Math.max(seconds, 0.001))).append('\n');
        chart.append("    y-axis \"").append(unit.label()).append("\"\n");
        chart.append("    line [").append(String.join(", ", points)).append("]\n");
        FencedCodeBlock block = new FencedCodeBlock();
        block.setFenceCharacter("`");
        block.setOpeningFenceLength(3);
        block.setClosingFenceLength(3);
        block.setInfo("mermaid");
        block.setLiteral(chart.toString());
        return block;
    }

    /** At most {@link #POINTS} points, each the mean of its slice, so the block stays small. */
    static double[] resampled(List<Sample> samples) {
        int width = Math.min(POINTS, samples.size());
        double[] means = new double[width];
        for (int i = 0; i < width; i++) {
            List<Sample> slice = samples.subList(i * samples.size() / width, (i + 1) * samples.size() / width);
            means[i] = slice.stream().mapToDouble(Sample::value).average().orElse(0);
        }
        return means;
    }

    /** Letters, digits, spaces and {@code . _ : / -} only, at most {@link #TITLE_CHARS}. */
    static String safeTitle(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9 ._:/-]+", " ").replaceAll(" +", " ").trim();
        return safe.length() > TITLE_CHARS ? safe.substring(0, TITLE_CHARS - 1) + "…" : safe;
    }

    private static String decimal(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
    }
}
