package leakscope.reports;

import static leakscope.reports.ReportView.plural;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.Series;
import leakscope.analyzer.model.Trend;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Series that keep growing, most alarming first, with their change in their unit and a sparkline; the open
 * handles of a kind that leaked (the staircase behind a leak row, whatever its trend); charts for the first
 * few; every other series folded into one line of counts.
 */
final class GrowthSection implements ReportSection {
    @Override
    public void addTo(Outline outline, ReportView view) {
        Set<String> leakedKinds = view.analysis().leaks().stream().map(LeakGroup::kind).collect(Collectors.toSet());
        List<Series> shown = ChartImages.concerning(view.analysis());
        Set<Series> listed = Collections.newSetFromMap(new IdentityHashMap<>());
        listed.addAll(shown); // a set: a hostile recording may have 100,000 growing series
        Map<Trend, Long> others = new EnumMap<>(Trend.class);
        view.analysis().growth().stream().filter(s -> !listed.contains(s))
                .forEach(s -> others.merge(s.trend(), 1L, Long::sum));
        if (shown.isEmpty()) {
            return; // a healthy program's series need no words
        }
        Outline.Section section = outline.section("Growing series");
        view.uses("growing");
        Outline.Rows rows = section.rows(Outline.Rows.Layout.TABLE, "growing series", shown.size(),
                "series", "change", "trend", "shape");
        List<Series> rowsShown = shown.subList(0, Math.min(shown.size(), view.target().seriesRows()));
        for (int i = 0; i < rowsShown.size(); i++) {
            Series series = rowsShown.get(i);
            rows.add(Outline.rank(i < 5 ? 1 : 3, 40 + i), Nodes.code(series.name(), Clip.NAME),
                    new Text(change(view, series)), trend(series, leakedKinds), new Text(Sparkline.of(series.samples())));
        }
        int charts = 0;
        for (Series series : rowsShown) {
            if (charts == view.target().charts()) {
                break;
            }
            Optional<Node> chart = view.chart(series);
            if (chart.isPresent()) {
                section.blocks(charts == 0 ? Outline.rank(2, 200) : Outline.rank(3, 200 + charts), chart.get());
                charts++;
            }
        }
        if (!others.isEmpty()) {
            List<String> counts = new ArrayList<>();
            others.forEach((trend, count) -> {
                view.uses(trend.wireName());
                counts.add(count + " " + (trend == Trend.INSUFFICIENT_DATA ? "with too few samples to judge" : trend.wireName()));
            });
            section.blocks(Outline.rank(1, 60), Nodes.paragraph(new Text("Not growing: " + String.join(", ", counts)
                    + " (each in leakscope.json).")));
        }
    }

    /** Never a trend word beside a leak row that says otherwise: a kind's open handles that leaked hold leaks. */
    private static Node trend(Series series, Set<String> leakedKinds) {
        if (series.trend() == Trend.GROWING) {
            return Nodes.strong("📈 growing");
        }
        return new Text(ChartImages.holdsLeaks(series, leakedKinds) ? "holds the leaks above" : series.trend().wireName());
    }

    /** e.g. {@code 100 → 880 handles in 2.1 s}. */
    private static String change(ReportView view, Series series) {
        Units unit = Units.of(series);
        long spanMillis = series.samples().isEmpty() ? 0
                : (series.samples().get(series.samples().size() - 1).epochNanos() - series.samples().get(0).epochNanos())
                        / 1_000_000;
        String first = unit == Units.BYTES ? String.format(Locale.ROOT, "%,.1f", unit.scaled(series.first()))
                : Nodes.number(series.first());
        return first + " → " + unit.format(series.last()) + " in " + Nodes.span(spanMillis) + ", "
                + plural(series.samples().size(), "sample", "samples");
    }
}
