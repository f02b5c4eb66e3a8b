package leakscope.analyzer;

import java.util.ArrayList;
import java.util.List;
import leakscope.analyzer.model.Warning;
import leakscope.analyzer.read.ReadResult;
import leakscope.analyzer.read.RecordingInput;
import leakscope.analyzer.read.Times;

/** What a report's reader must know about the inputs, as {@link Warning} values. */
final class InputWarnings {
    /** -XX:StartFlightRecording starts within a second of the JVM; more than this is a late start. */
    static final long LATE_START_NANOS = 3_000_000_000L;
    /** A recording whose chunks start this much after its recording did lost its oldest chunks. */
    static final long DROPPED_CHUNKS_NANOS = 1_000_000_000L;

    private InputWarnings() {
    }

    /**
     * The warnings about one file once read.
     *
     * @param timelineHasEvents whether any file of its JVM's timeline has events to analyse: the newest chunk
     *     file of a killed JVM's repository may hold none, which is no news when the others do
     */
    static List<Warning> of(RecordingInput input, ReadResult result, boolean timelineHasEvents) {
        List<Warning> warnings = new ArrayList<>();
        warnings.addAll(input.problems());
        result.brokenEvents().forEach((problem, count) -> warnings.add(new Warning.BrokenEvents(input.path(), problem,
                count)));
        if (result.eventsOutsideChunks() > 0) {
            warnings.add(new Warning.EventsOutsideChunks(input.path(), result.eventsOutsideChunks()));
        }
        if (result.dataLossBytes() > 0) {
            warnings.add(new Warning.DataLost(input.path(), result.dataLossBytes()));
        }
        if (input.jvm().isEmpty()) {
            warnings.add(new Warning.NoJvmIdentity(input.path()));
        }
        if (!timelineHasEvents) {
            warnings.add(new Warning.NothingToAnalyse(input.path()));
        }
        return warnings;
    }

    /** Whether a file has events to analyse: leakscope's, or the JVM's own that the analyser reads. */
    static boolean hasEvents(ReadResult result) {
        return result.events() > 0 || result.jvmEvents() > 0;
    }

    /**
     * A timeline whose first chunk starts well after its JVM (a recording started late, or oldest chunks
     * dropped by maxsize) cannot see handles acquired before it: their releases are unmatched. A recording
     * started by {@code -XX:StartFlightRecording} started before the program's main, so a JVM slow to get
     * there (a busy machine, an agent) is not late, unless its oldest chunks are gone.
     */
    static List<Warning> lateStart(RecordingInput first, ReadResult firstResult, long timelineStartNanos) {
        boolean droppedChunks = firstResult.recordingStartNanos() != Long.MAX_VALUE
                && timelineStartNanos - firstResult.recordingStartNanos() > DROPPED_CHUNKS_NANOS;
        if (firstResult.startedWithJvm() && !droppedChunks) {
            return List.of();
        }
        return first.jvm().map(jvm -> timelineStartNanos - Times.nanos(jvm.startTime()))
                .filter(lateNanos -> lateNanos > LATE_START_NANOS)
                .<List<Warning>>map(lateNanos -> List.of(new Warning.LateStart(first.path(), lateNanos)))
                .orElse(List.of());
    }
}
