package leakscope.analyzer.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import leakscope.analyzer.model.Sample;
import leakscope.analyzer.model.Trend;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Synthetic series of known shape; each shape is tried with several noise seeds. */
class TrendClassifierTest {
    private static List<Sample> series(int n, IntToDoubleFunction value) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            samples.add(new Sample(1_000_000_000L * i, value.applyAsDouble(i)));
        }
        return samples;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void linearGrowthUnderHeavyNoiseIsGrowing(int seed) {
        Random noise = new Random(seed);
        // the noise spans (±3σ) nearly twice the whole rise
        assertThat(TrendClassifier.classify(series(200, i -> i * 0.5 + noise.nextGaussian() * 30))).isEqualTo(Trend.GROWING);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void noiseAroundALevelIsFlat(int seed) {
        Random noise = new Random(seed);
        assertThat(TrendClassifier.classify(series(200, i -> 1000 + noise.nextGaussian() * 20))).isEqualTo(Trend.FLAT);
        assertThat(TrendClassifier.classify(series(200, i -> 50 + noise.nextInt(11) - 5))).isEqualTo(Trend.FLAT);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void aLongSawtoothWhoseMeanDriftsALittleIsBoundedNeverGrowing(int seed) {
        Random noise = new Random(seed);
        // 10 teeth of 60 samples, the mean drifting up by 5% of the amplitude over the run
        assertThat(TrendClassifier.classify(series(600, i -> (i % 60) * 10 + i * 0.05 + noise.nextGaussian() * 5)))
                .isEqualTo(Trend.BOUNDED);
    }

    @Test
    void aQueueThatFillsAndDrainsIsBounded() {
        assertThat(TrendClassifier.classify(series(300, i -> 500 + 450 * Math.sin(i / 8.0)))).isEqualTo(Trend.BOUNDED);
    }

    @Test
    void aSawtoothOnARisingFloorIsGrowing() {
        // a heap that is collected back to a higher level each time: the window minima rise
        assertThat(TrendClassifier.classify(series(400, i -> (i % 40) * 10 + i * 2.0))).isEqualTo(Trend.GROWING);
    }

    @Test
    void aStepToANewLevelIsBoundedNotGrowing() {
        assertThat(TrendClassifier.classify(series(100, i -> i < 50 ? 100 : 400))).isEqualTo(Trend.BOUNDED);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void slowSteadyGrowthIsGrowing(int seed) {
        Random noise = new Random(seed);
        assertThat(TrendClassifier.classify(series(1000, i -> 10_000 + i * 0.1 + noise.nextGaussian() * 10))).isEqualTo(Trend.GROWING);
    }

    @Test
    void steadyDeclineIsShrinking() {
        Random noise = new Random(7);
        assertThat(TrendClassifier.classify(series(200, i -> 1000 - i * 3 + noise.nextGaussian() * 30))).isEqualTo(Trend.SHRINKING);
    }

    @Test
    void aConstantIsFlat() {
        assertThat(TrendClassifier.classify(series(50, i -> 7))).isEqualTo(Trend.FLAT);
    }

    @Test
    void aHandfulOfSamplesIsInsufficientButTenGetATrend() {
        assertThat(TrendClassifier.classify(series(9, i -> i))).isEqualTo(Trend.INSUFFICIENT_DATA);
        assertThat(TrendClassifier.classify(series(TrendClassifier.MIN_SAMPLES, i -> i))).isEqualTo(Trend.GROWING);
    }

    @Test
    void slopeIsPerMinuteOfWallTime() {
        // one sample a second, rising 2 per sample: 120 per minute
        assertThat(TrendClassifier.slopePerMinute(series(30, i -> 2.0 * i))).isCloseTo(120.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
