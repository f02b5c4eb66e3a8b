package leakscope.analyzer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import leakscope.analyzer.model.Series;
import leakscope.analyzer.model.Trend;

/**
 * Which of a JVM run's gauge series an analysis lists. A program may sample 100,000 gauge names; a report
 * of them all is unreadable and costs gigabytes, so at most {@link #GAUGE_SERIES_LIMIT} are listed, the
 * growing ones first, in their order. The growing ones left out still count in the summary, so that
 * {@code --fail-on growing} judges them all.
 */
final class SeriesLimits {
    static final int GAUGE_SERIES_LIMIT = 200;

    /** The series to list, in their order, and the gauge series left out. */
    record Listed(List<Series> series, int gaugesLeftOut, int growingGaugesLeftOut) {
        Listed {
            series = List.copyOf(series);
        }
    }

    private SeriesLimits() {
    }

    static Listed of(List<Series> judged) {
        List<Series> gauges = judged.stream().filter(s -> s.origin() == Series.Origin.GAUGE).toList();
        if (gauges.size() <= GAUGE_SERIES_LIMIT) {
            return new Listed(judged, 0, 0);
        }
        Set<Series> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        gauges.stream().filter(s -> s.trend() == Trend.GROWING).limit(GAUGE_SERIES_LIMIT).forEach(kept::add);
        gauges.stream().filter(s -> s.trend() != Trend.GROWING).limit(GAUGE_SERIES_LIMIT - kept.size()).forEach(kept::add);
        List<Series> listed = new ArrayList<>();
        for (Series series : judged) {
            if (series.origin() != Series.Origin.GAUGE || kept.contains(series)) {
                listed.add(series);
            }
        }
        long growing = gauges.stream().filter(s -> s.trend() == Trend.GROWING).count();
        long growingKept = kept.stream().filter(s -> s.trend() == Trend.GROWING).count();
        return new Listed(listed, gauges.size() - kept.size(), (int) (growing - growingKept));
    }
}
