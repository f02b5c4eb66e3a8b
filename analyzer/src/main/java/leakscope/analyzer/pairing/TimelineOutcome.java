package leakscope.analyzer.pairing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import leakscope.analyzer.model.OldObjectSample;
import leakscope.analyzer.model.Stack;
import leakscope.analyzer.verdict.VerdictRules;

/**
 * What one JVM run left behind, once all its recordings are read.
 *
 * @param judged handles reclaimed or still held, each with its verdict
 * @param anomalies double and unmatched releases, by stacks not yet resolved to sites
 * @param acquireStacks every distinct acquire stack of the timeline (threads' starts included), released
 *     handles' too: the basis for telling shared helpers from the sites that call them
 * @param acquireSpans when each distinct handle acquire stack acquired, first and last: the lifetime rule's basis
 * @param series derived, gauge and JVM series, samples sorted by time
 * @param threads the Java threads started during the timeline
 * @param oldObjects the JVM's old-object samples
 * @param rules the verdict rules of this timeline, for what later stages judge (threads)
 * @param watches watched objects never reclaimed, judged, and every watch stack (their own site rule)
 * @param kindSeriesLeftOut kinds whose open handles got no series (see {@link SeriesLedger#KIND_SERIES_LIMIT})
 */
public record TimelineOutcome(List<JudgedHandle> judged, long acquired, long released, ReleaseAnomalies anomalies,
        long sessionsStarted, long sessionsStopped, List<SessionEnd> stoppedHolding, List<SessionEnd> neverStopped,
        Set<Stack> acquireStacks, Map<Stack, AcquireSpan> acquireSpans, List<SampledSeries> series, List<ThreadLife> threads,
        List<OldObjectSample> oldObjects, VerdictRules rules, WatchLedger.Outcome watches, int kindSeriesLeftOut) {
}
