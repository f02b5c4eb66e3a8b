package leakscope.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import leakscope.analyzer.baseline.Comparison;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.RecordingSummary;
import leakscope.analyzer.model.Series;
import org.commonmark.node.Node;

/**
 * What every section reads: the analysis, the baseline comparison, the target's limits, how charts are
 * shown, and the terms used so far (for the legend).
 */
final class ReportView {
    private final Analysis analysis;
    private final Optional<Comparison> baseline;
    private final Target target;
    private final Function<Series, Optional<Node>> chart;
    private final Set<String> terms = new LinkedHashSet<>();

    /** @param chart the block that shows a series' chart in this target (an image, a mermaid block), if any */
    ReportView(Analysis analysis, Optional<Comparison> baseline, Target target, Function<Series, Optional<Node>> chart) {
        this.analysis = analysis;
        this.baseline = baseline;
        this.target = target;
        this.chart = chart;
    }

    Analysis analysis() {
        return analysis;
    }

    Optional<Comparison> baseline() {
        return baseline;
    }

    Target target() {
        return target;
    }

    Optional<Node> chart(Series series) {
        return chart.apply(series);
    }

    /** Notes a term the legend must explain. */
    void uses(String term) {
        terms.add(term);
    }

    Set<String> terms() {
        return terms;
    }

    /** When the recordings start: times in the report are relative to it ("+2.1 s"). */
    Instant origin() {
        return analysis.recordings().stream().map(RecordingSummary::start).min(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
    }

    /** e.g. {@code +2.1 s}, {@code +3 min 5 s}: the time since the first recording started. */
    String relative(Instant instant) {
        Duration since = Duration.between(origin(), instant);
        return (since.isNegative() ? "−" : "+") + Nodes.span(since.abs().toMillis());
    }

    String relativeNanos(long epochNanos) {
        return relative(Instant.ofEpochSecond(0, epochNanos));
    }

    static String plural(long count, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? one : many);
    }
}
