package leakscope.reports;

import java.util.List;
import leakscope.analyzer.model.Sample;

/** A text sparkline, so a trend shows where images do not (a PR comment, a terminal). */
final class Sparkline {
    private static final char[] BARS = "▁▂▃▄▅▆▇█".toCharArray();
    static final int WIDTH = 16;

    private Sparkline() {
    }

    /** The series resampled to {@link #WIDTH} bars (each the mean of its slice), scaled from min to max. */
    static String of(List<Sample> samples) {
        if (samples.isEmpty()) {
            return "";
        }
        int width = Math.min(WIDTH, samples.size());
        double[] means = new double[width];
        for (int bar = 0; bar < width; bar++) {
            List<Sample> slice = samples.subList(bar * samples.size() / width, (bar + 1) * samples.size() / width);
            means[bar] = slice.stream().mapToDouble(Sample::value).average().orElse(0);
        }
        double min = samples.stream().mapToDouble(Sample::value).min().orElse(0);
        double max = samples.stream().mapToDouble(Sample::value).max().orElse(0);
        StringBuilder line = new StringBuilder(width);
        for (double mean : means) {
            int level = max == min ? 0 : (int) Math.round((mean - min) / (max - min) * (BARS.length - 1));
            line.append(BARS[level]);
        }
        return line.toString();
    }
}
