package leakscope.analyzer.trend;

import java.util.Arrays;
import java.util.List;
import leakscope.analyzer.model.Sample;
import leakscope.analyzer.model.Series;
import leakscope.analyzer.model.Trend;
import leakscope.analyzer.pairing.SampledSeries;

/**
 * Judges a series by effect size, not significance: how far its level moves relative to its own range.
 * A significance test calls a long sawtooth "growing" because its mean drifts a little; a rise measured
 * against the range, confirmed by rising window minima, does not. The rule, in order:
 * <ol>
 * <li>fewer than {@link #MIN_SAMPLES} samples: insufficient-data; then the first tenth is left out as warm-up;
 * <li>no variation: flat;
 * <li>the samples are cut into up to 8 windows; the Theil–Sen slope of the window medians gives the rise
 *     over the series. A rise of at least 15% of the range, with the window minima rising by at least 10%
 *     of it (a sawtooth's floor stays put even when its mean drifts), still rising in the second half,
 *     and at least 75% of the window pairs in rising order (a few noisy samples rarely line up so):
 *     growing (the mirror image, with the maxima: shrinking);
 * <li>a rise of half the range or more that stopped (a step to a new level): bounded;
 * <li>swings between the bottom and top quarters of the range at least 3 times, with each sample close
 *     to the one before (lag-1 autocorrelation at least 0.3: a sawtooth, a queue that fills and drains,
 *     where noise has none): bounded;
 * <li>otherwise (noise around a level): flat.
 * </ol>
 */
public final class TrendClassifier {
    /** The fewest samples that get a trend. */
    public static final int MIN_SAMPLES = 10;
    static final double RISE_FRACTION = 0.15;
    static final double FLOOR_FRACTION = 0.10;
    static final double STEP_FRACTION = 0.5;
    static final double MIN_AGREEMENT = 0.75;
    static final double MIN_AUTOCORRELATION = 0.3;
    private static final int MAX_WINDOWS = 8;

    private TrendClassifier() {
    }

    /** A sampled series with its trend and slope judged. */
    public static Series judge(SampledSeries sampled) {
        List<Sample> samples = sampled.samples();
        return new Series(sampled.name(), sampled.origin(), sampled.unit(), sampled.handleKind(), classify(samples),
                samples, slopePerMinute(samples));
    }

    public static Trend classify(List<Sample> samples) {
        if (samples.size() < MIN_SAMPLES) {
            return Trend.INSUFFICIENT_DATA;
        }
        double[] values = samples.stream().skip(samples.size() / 10).mapToDouble(Sample::value).toArray();
        double min = Arrays.stream(values).min().orElseThrow();
        double range = Arrays.stream(values).max().orElseThrow() - min;
        if (range == 0) {
            return Trend.FLAT;
        }
        Windows windows = new Windows(values, Math.min(MAX_WINDOWS, values.length / 2));
        double rise = theilSenSlope(windows.medians) * (windows.count - 1);
        double lateSlope = theilSenSlope(Arrays.copyOfRange(windows.medians, windows.count / 2, windows.count));
        double floorRise = theilSenSlope(windows.minima) * (windows.count - 1);
        double ceilingRise = theilSenSlope(windows.maxima) * (windows.count - 1);
        double agreement = risingPairFraction(windows.medians);
        if (rise >= RISE_FRACTION * range && floorRise >= FLOOR_FRACTION * range && lateSlope > 0
                && agreement >= MIN_AGREEMENT) {
            return Trend.GROWING;
        }
        if (rise <= -RISE_FRACTION * range && ceilingRise <= -FLOOR_FRACTION * range && lateSlope < 0
                && agreement <= 1 - MIN_AGREEMENT) {
            return Trend.SHRINKING;
        }
        if (Math.abs(rise) >= STEP_FRACTION * range || oscillates(values, min, range)) {
            return Trend.BOUNDED;
        }
        return Trend.FLAT;
    }

    /** Least-squares slope of value against wall time, per minute; 0 for fewer than two samples. */
    public static double slopePerMinute(List<Sample> samples) {
        int n = samples.size();
        if (n < 2) {
            return 0;
        }
        long origin = samples.get(0).epochNanos();
        double meanT = 0;
        double meanV = 0;
        for (Sample s : samples) {
            meanT += minutes(s.epochNanos() - origin) / n;
            meanV += s.value() / n;
        }
        double covariance = 0;
        double variance = 0;
        for (Sample s : samples) {
            double dt = minutes(s.epochNanos() - origin) - meanT;
            covariance += dt * (s.value() - meanV);
            variance += dt * dt;
        }
        return variance == 0 ? 0 : covariance / variance;
    }

    private static double minutes(long nanos) {
        return nanos / 60e9;
    }

    /** Median of the pairwise slopes: robust to a third of the points being wild. */
    static double theilSenSlope(double[] points) {
        int n = points.length;
        if (n < 2) {
            return 0;
        }
        double[] slopes = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                slopes[k++] = (points[j] - points[i]) / (j - i);
            }
        }
        return median(slopes);
    }

    /** Of all pairs of points, the fraction where the later one is higher. */
    private static double risingPairFraction(double[] points) {
        int rising = 0;
        int pairs = 0;
        for (int i = 0; i < points.length; i++) {
            for (int j = i + 1; j < points.length; j++) {
                pairs++;
                rising += points[j] > points[i] ? 1 : 0;
            }
        }
        return pairs == 0 ? 0.5 : (double) rising / pairs;
    }

    private static boolean oscillates(double[] values, double min, double range) {
        double low = min + range / 4;
        double high = min + range * 3 / 4;
        int swings = 0;
        int zone = 0; // -1 last seen in the low quarter, +1 in the high quarter
        for (double value : values) {
            int now = value <= low ? -1 : value >= high ? 1 : 0;
            if (now != 0 && now != zone) {
                swings += zone == 0 ? 0 : 1;
                zone = now;
            }
        }
        // noise also visits both quarters, but each sample is independent of the one before
        return swings >= 3 && lag1Autocorrelation(values) >= MIN_AUTOCORRELATION;
    }

    static double lag1Autocorrelation(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        double products = 0;
        double squares = 0;
        for (int i = 0; i < values.length; i++) {
            double deviation = values[i] - mean;
            squares += deviation * deviation;
            if (i > 0) {
                products += deviation * (values[i - 1] - mean);
            }
        }
        return squares == 0 ? 0 : products / squares;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static final class Windows {
        final int count;
        final double[] medians;
        final double[] minima;
        final double[] maxima;

        Windows(double[] values, int count) {
            this.count = count;
            medians = new double[count];
            minima = new double[count];
            maxima = new double[count];
            for (int w = 0; w < count; w++) {
                double[] window = Arrays.copyOfRange(values, w * values.length / count, (w + 1) * values.length / count);
                medians[w] = median(window);
                minima[w] = Arrays.stream(window).min().orElseThrow();
                maxima[w] = Arrays.stream(window).max().orElseThrow();
            }
        }
    }
}
