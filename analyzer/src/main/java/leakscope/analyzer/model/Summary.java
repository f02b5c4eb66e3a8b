package leakscope.analyzer.model;

/**
 * Totals over all recordings.
 *
 * @param leaked sum of the counts of the leaked groups
 * @param suspected sum of the counts of the suspected groups
 * @param sessions sessions started
 * @param growingSeries series whose trend is growing
 */
public record Summary(long handlesAcquired, long handlesReleased, long leaked, long suspected, long sessions,
        long growingSeries) {
}
