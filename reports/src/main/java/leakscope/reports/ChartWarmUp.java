package leakscope.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import leakscope.analyzer.model.Sample;
import leakscope.analyzer.model.Series;
import leakscope.analyzer.model.Trend;

/**
 * Draws one throwaway chart on a daemon thread while the recordings are read. A run's first chart pays for
 * starting Java 2D, its fonts, JFreeChart and the PNG encoder (~0.3 s here), which a short analysis would
 * otherwise wait for at its end, on a core that reading leaves idle.
 */
public final class ChartWarmUp {
    private static final Series THROWAWAY = new Series("warm-up", Series.Origin.GAUGE, Series.Unit.VALUE, Trend.FLAT,
            List.of(new Sample(0, 0), new Sample(60_000_000_000L, 1)), 0);

    private ChartWarmUp() {
    }

    /** Starts the warm-up if {@code formats} will draw charts. */
    public static void startFor(Set<ReportFormat> formats, ReportSettings settings) {
        if (!ReportWriter.drawsCharts(formats, settings)) {
            return;
        }
        Thread thread = new Thread(ChartWarmUp::drawOne, "leakscope-chart-warm-up");
        thread.setDaemon(true);
        // whatever goes wrong here goes wrong again for the real charts, which report it
        thread.setUncaughtExceptionHandler((t, e) -> { });
        thread.start();
    }

    private static void drawOne() {
        try {
            SeriesChart.png(THROWAWAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
