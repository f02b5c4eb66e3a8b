package leakscope.analyzer.pairing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import leakscope.analyzer.model.Anomalies;
import leakscope.analyzer.model.OldObjectSample;
import leakscope.analyzer.model.Sample;
import leakscope.analyzer.model.SessionLeak;
import leakscope.analyzer.model.Stack;

/**
 * What one JVM run left behind, once all its recordings are read.
 *
 * @param acquireStacks every distinct acquire stack of the timeline, released handles' included: the
 *     basis for telling shared helpers from the sites that call them
 * @param series derived, gauge and JVM series by name, samples sorted by time
 * @param threads the Java threads started during the timeline
 * @param oldObjects the JVM's old-object samples
 */
public record TimelineOutcome(List<Leak> leaks, long acquired, long released, Anomalies anomalies, long sessionsStarted,
        long sessionsStopped, List<SessionLeak> stoppedHolding, List<SessionLeak> neverStopped,
        Set<Stack> acquireStacks, Map<String, List<Sample>> series, List<ThreadLife> threads,
        List<OldObjectSample> oldObjects) {
}
