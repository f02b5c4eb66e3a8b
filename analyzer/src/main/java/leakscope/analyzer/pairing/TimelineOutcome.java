package leakscope.analyzer.pairing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import leakscope.analyzer.model.Anomalies;
import leakscope.analyzer.model.OldObjectSample;
import leakscope.analyzer.model.SessionLeak;
import leakscope.analyzer.model.Stack;
import leakscope.analyzer.verdict.VerdictRules;

/**
 * What one JVM run left behind, once all its recordings are read.
 *
 * @param judged handles reclaimed or still held, each with its verdict
 * @param acquireStacks every distinct acquire stack of the timeline (threads' starts included), released
 *     handles' too: the basis for telling shared helpers from the sites that call them
 * @param acquireSpans when each distinct handle acquire stack acquired, first and last: the lifetime rule's basis
 * @param series derived, gauge and JVM series, samples sorted by time
 * @param threads the Java threads started during the timeline
 * @param oldObjects the JVM's old-object samples
 * @param rules the verdict rules of this timeline, for what later stages judge (threads)
 */
public record TimelineOutcome(List<JudgedHandle> judged, long acquired, long released, Anomalies anomalies,
        long sessionsStarted, long sessionsStopped, List<SessionLeak> stoppedHolding, List<SessionLeak> neverStopped,
        Set<Stack> acquireStacks, Map<Stack, AcquireSpan> acquireSpans, List<SampledSeries> series, List<ThreadLife> threads,
        List<OldObjectSample> oldObjects, VerdictRules rules) {
}
