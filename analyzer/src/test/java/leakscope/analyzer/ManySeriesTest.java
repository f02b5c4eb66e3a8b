package leakscope.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Series;
import leakscope.analyzer.model.Trend;
import leakscope.analyzer.model.Warning;
import leakscope.analyzer.pairing.SeriesLedger;
import leakscope.recorder.InProcessRecording;
import leakscope.recorder.Leakscope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A program with more kinds and gauge names than a report can show: capped, with what was left out said. */
class ManySeriesTest {
    private static final int KINDS = SeriesLedger.KIND_SERIES_LIMIT + 10;
    private static final int GAUGES = SeriesLimits.GAUGE_SERIES_LIMIT + 10;
    private static final int GROWING = 5;

    @TempDir
    Path dir;

    @Test
    void theBusiestKindsAndTheGrowingGaugesAreListedAndTheRestCounted() throws Exception {
        Path recording = InProcessRecording.record(dir.resolve("many.jfr"), () -> {
            for (int kind = 0; kind < KINDS; kind++) {
                Leakscope.acquire(kindName(kind), "one");
                if (kind >= KINDS - 10) {
                    Leakscope.acquire(kindName(kind), "two"); // the last ten kinds hold two handles at once
                }
            }
            for (int sample = 0; sample < 12; sample++) {
                for (int gauge = 0; gauge < GAUGES; gauge++) {
                    boolean grows = gauge >= GAUGES - GROWING; // the last names, so only growth lists them
                    Leakscope.sample(gaugeName(gauge), grows ? sample * 10L : 7);
                }
            }
        });

        Analysis analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);

        List<String> kinds = analysis.growth().stream().filter(s -> s.name().startsWith("open handles: "))
                .map(Series::name).toList();
        assertThat(kinds).hasSize(SeriesLedger.KIND_SERIES_LIMIT)
                .contains("open handles: " + kindName(KINDS - 1), "open handles: " + kindName(KINDS - 10));
        List<Series> gauges = analysis.growth().stream().filter(s -> s.origin() == Series.Origin.GAUGE).toList();
        assertThat(gauges).hasSize(SeriesLimits.GAUGE_SERIES_LIMIT);
        assertThat(gauges).filteredOn(s -> s.trend() == Trend.GROWING).extracting(Series::name)
                .contains(gaugeName(GAUGES - 1), gaugeName(GAUGES - GROWING));
        assertThat(analysis.warnings()).contains(new Warning.SeriesLeftOut(recording, 10, 0, 10));
        assertThat(analysis.summary().suspected()).isEqualTo(KINDS + 10);
    }

    private static String kindName(int kind) {
        return String.format(Locale.ROOT, "kind-%03d", kind);
    }

    private static String gaugeName(int gauge) {
        return String.format(Locale.ROOT, "gauge-%03d", gauge);
    }
}
