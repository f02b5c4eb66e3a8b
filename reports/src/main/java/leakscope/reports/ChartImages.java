package leakscope.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.Series;
import leakscope.analyzer.model.Trend;

/**
 * Which series get a PNG chart, and the charts themselves. Only what a reviewer should look at is drawn:
 * growing series, and the open handles of kinds that leaked (the staircase behind a leak row), at most
 * {@link #MAX_CHARTS}: 300 charts made a 9.7 MB page and took most of a run's time.
 */
public final class ChartImages {
    static final int MAX_CHARTS = 20;

    private ChartImages() {
    }

    /** The series to draw, most telling first. */
    static List<Series> charted(Analysis analysis) {
        return concerning(analysis).stream().filter(s -> s.samples().size() >= 2).limit(MAX_CHARTS).toList();
    }

    /**
     * The series a reviewer should see, in order: the open handles of kinds that leaked (the staircase behind a
     * leak row, the same finding), then growing series, the steepest rise first.
     */
    static List<Series> concerning(Analysis analysis) {
        Set<String> leakedKinds = analysis.leaks().stream().map(LeakGroup::kind).collect(Collectors.toSet());
        return analysis.growth().stream()
                .filter(s -> s.trend() == Trend.GROWING || holdsLeaks(s, leakedKinds))
                .sorted(Comparator.comparing((Series s) -> !holdsLeaks(s, leakedKinds))
                        .thenComparing(ChartImages::rise, Comparator.reverseOrder()).thenComparing(Series::name))
                .toList();
    }

    /** The open handles of a kind with leak groups (not a gauge that happens to be named like them). */
    static boolean holdsLeaks(Series series, Set<String> leakedKinds) {
        return !series.handleKind().isEmpty() && leakedKinds.contains(series.handleKind());
    }

    /** How much a series rose, relative to its range's scale: orders growing series by how alarming they look. */
    static double rise(Series series) {
        double scale = Math.max(Math.abs(series.first()), Math.max(Math.abs(series.max()), 1));
        return (series.last() - series.first()) / scale;
    }

    /** PNG charts by their path relative to the report folder ({@link ChartFiles#relativePath}), in order. */
    public static Map<String, byte[]> render(Analysis analysis) throws IOException {
        List<Series> charted = charted(analysis);
        List<byte[]> pngs;
        try {
            // each chart draws on an image of its own, so the cores draw them side by side, in series order
            pngs = charted.parallelStream().map(ChartImages::png).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, byte[]> charts = new LinkedHashMap<>();
        for (int i = 0; i < charted.size(); i++) {
            charts.put(ChartFiles.relativePath(charted.get(i)), pngs.get(i));
        }
        return charts;
    }

    private static byte[] png(Series series) {
        try {
            return SeriesChart.png(series);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
