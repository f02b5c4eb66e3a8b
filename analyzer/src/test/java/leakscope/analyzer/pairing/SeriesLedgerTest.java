package leakscope.analyzer.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import leakscope.analyzer.event.Event;
import leakscope.analyzer.event.JvmSeries;
import leakscope.analyzer.model.Sample;
import leakscope.analyzer.model.Series;
import org.junit.jupiter.api.Test;

class SeriesLedgerTest {
    private final SeriesLedger earlier = new SeriesLedger(0, 1_000);
    private final SeriesLedger later = new SeriesLedger(0, 1_000);

    @Test
    void mergedPartsGiveEachSeriesOnceWithItsOriginAndUnitAndSamplesInTimeOrder() {
        earlier.gauge(new Event.Gauge("cache.size", 1, 100));
        later.gauge(new Event.Gauge("cache.size", 3, 300));
        later.gauge(new Event.Gauge("cache.size", 2, 200)); // out of order in the file
        earlier.openHandles("file").add(10, +1);
        later.openHandles("file").add(900, -1);
        later.jvmSample(new Event.JvmSample(JvmSeries.HEAP_AFTER_GC, 4096, 500));
        earlier.merge(later);

        List<SampledSeries> series = earlier.finish();
        assertThat(series).extracting(SampledSeries::name, SampledSeries::origin, SampledSeries::unit).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cache.size", Series.Origin.GAUGE, Series.Unit.VALUE),
                org.assertj.core.groups.Tuple.tuple("open handles: file", Series.Origin.DERIVED, Series.Unit.HANDLES),
                org.assertj.core.groups.Tuple.tuple("heap used after GC", Series.Origin.JVM, Series.Unit.BYTES));
        assertThat(series.get(0).samples()).extracting(Sample::value).containsExactly(1.0, 2.0, 3.0);
        assertThat(series.get(1).samples()).extracting(Sample::value).contains(1.0).endsWith(0.0);
    }

    @Test
    void noSessionNoLiveSessionSeries() {
        earlier.merge(later);
        assertThat(earlier.finish()).isEmpty();
    }
}
