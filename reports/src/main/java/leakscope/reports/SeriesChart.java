package leakscope.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import leakscope.analyzer.model.Sample;
import leakscope.analyzer.model.Series;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** A PNG line chart of one series over wall time (UTC), titled with the series and its trend. */
final class SeriesChart {
    static final int WIDTH = 800;
    static final int HEIGHT = 320;
    static final int TITLE_CHARS = 80;

    static {
        // ImageIO's default file cache registers each PNG stream with its StreamCloser shutdown hook, which
        // then prints a stack trace when the JVM exits (an error, say) while a chart is being encoded
        ImageIO.setUseCache(false);
    }

    private SeriesChart() {
    }

    static byte[] png(Series series) throws IOException {
        Units unit = Units.of(series);
        TimeSeries points = new TimeSeries("series");
        for (Sample sample : series.samples()) {
            // addOrUpdate: two samples within one millisecond keep the later value
            points.addOrUpdate(new FixedMillisecond(sample.epochNanos() / 1_000_000), unit.scaled(sample.value()));
        }
        // JFreeChart wraps a title word by word: a 32 KB name took 66 s, a megabyte never ended
        String title = Nodes.oneLine(Clip.text(series.name(), TITLE_CHARS)) + " — " + series.trend().wireName();
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, "time (UTC)", unit.label(),
                new TimeSeriesCollection(points), false, false, false);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(new Color(0xF7, 0xF7, 0xF9));
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.getRenderer().setSeriesPaint(0, new Color(0x1F, 0x6F, 0xEB));
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(2f));
        ((DateAxis) plot.getDomainAxis()).setTimeZone(TimeZone.getTimeZone("UTC"));
        ((DateAxis) plot.getDomainAxis()).setLocale(Locale.ROOT);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
        return png.toByteArray();
    }
}
