package leakscope.analyzer.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import leakscope.analyzer.model.Sample;
import org.junit.jupiter.api.Test;

class DeltaBucketsTest {
    private static final long START = 1_000_000_000L;
    private static final long END = START + 200_000L; // one bucket per 1,000 ns

    @Test
    void fewAndManyTouchedBucketsGiveTheSameCountsAsAPlainArray() {
        Random random = new Random(7);
        for (int touched : new int[] {1, 3, 4, 5, 50}) {
            DeltaBuckets buckets = new DeltaBuckets(START, END);
            DeltaBuckets merged = new DeltaBuckets(START, END);
            DeltaBuckets later = new DeltaBuckets(START, END);
            long[] expected = new long[DeltaBuckets.BUCKETS];
            for (int i = 0; i < touched * 3; i++) {
                int bucket = random.nextInt(touched) * (DeltaBuckets.BUCKETS / touched);
                int delta = random.nextBoolean() ? 1 : -1;
                buckets.add(START + bucket * 1_000L + 10, delta);
                (i % 2 == 0 ? merged : later).add(START + bucket * 1_000L + 10, delta);
                expected[bucket] += delta;
            }
            merged.addAll(later);
            long running = 0;
            long peak = 0;
            for (int b = 0; b < DeltaBuckets.BUCKETS; b++) {
                running += expected[b];
                peak = Math.max(peak, running);
                assertThat(buckets.samples().get(b)).isEqualTo(new Sample(START + (b + 1) * 1_000L, running));
                assertThat(merged.samples().get(b).value()).isEqualTo(running);
            }
            assertThat(buckets.peak()).isEqualTo(peak);
        }
    }

    @Test
    void aSpanOfCenturiesFromADamagedHeaderDoesNotOverflow() {
        DeltaBuckets buckets = new DeltaBuckets(START, Long.MAX_VALUE);
        buckets.add(Long.MAX_VALUE - 1, +1);
        buckets.add(START + 1, +1);
        assertThat(buckets.samples()).hasSize(DeltaBuckets.BUCKETS).allSatisfy(s -> assertThat(s.epochNanos()).isPositive());
        assertThat(buckets.samples().get(DeltaBuckets.BUCKETS - 1).value()).isEqualTo(2);
    }
}
