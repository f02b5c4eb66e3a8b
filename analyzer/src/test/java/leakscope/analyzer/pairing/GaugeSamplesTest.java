package leakscope.analyzer.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import leakscope.analyzer.model.Sample;
import org.junit.jupiter.api.Test;

class GaugeSamplesTest {
    @Test
    void aLongSeriesIsThinnedEvenlyAndSortedByTime() {
        GaugeSamples samples = new GaugeSamples();
        for (long i = 100_000; i > 0; i--) { // arriving newest first: sorted() puts them in time order
            samples.add(i * 1_000, i);
        }
        List<Sample> kept = samples.sorted();
        assertThat(kept.size()).isBetween(GaugeSamples.LIMIT / 2, GaugeSamples.LIMIT);
        assertThat(kept).isSortedAccordingTo(java.util.Comparator.comparingLong(Sample::epochNanos));
        // evenly spread over the whole series
        assertThat(kept.get(0).value()).isLessThan(100);
        assertThat(kept.get(kept.size() - 1).value()).isGreaterThan(99_900);
    }

    @Test
    void aShortSeriesKeepsEverySample() {
        GaugeSamples samples = new GaugeSamples();
        for (long i = 0; i < 500; i++) {
            samples.add(i, i);
        }
        assertThat(samples.sorted()).hasSize(500);
    }
}
