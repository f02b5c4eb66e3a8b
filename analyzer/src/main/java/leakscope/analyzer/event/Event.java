package leakscope.analyzer.event;

import java.util.Objects;
import leakscope.analyzer.model.OldObjectSample;
import leakscope.analyzer.model.Stack;

/**
 * The events the analyser pairs and counts, one record per event type: the contract's (CONTRACT.md §1)
 * and the JVM's own. {@code read/EventTable} turns recorded events into these by name and field name;
 * {@code pairing/TimelineLedger#accept} hands each to the one ledger that needs it.
 *
 * <p>Times are epoch nanoseconds of the event's start; strings are never null (a field the emitter's
 * event lacks reads as empty, a number as 0). Events arrive in file order, not time order.
 */
public sealed interface Event {
    /** {@code leakscope.ResourceAcquire}; {@code sessionId} 0 is none, {@code thread} the acquiring thread's name. */
    record Acquire(long handleId, String kind, String description, long sessionId, long timeNanos, String thread,
            Stack stack) implements Event {
    }

    /**
     * {@code leakscope.ResourceRelease}. The contract's release has no stack: {@code stack} is
     * {@link Stack#EMPTY} unless the emitter recorded one; {@code kind} is empty when the emitter names none.
     */
    record Release(long handleId, String kind, long timeNanos, Stack stack) implements Event {
        public Release {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(stack, "stack");
        }

        /** A release with no kind and no stack. */
        public Release(long handleId, long timeNanos) {
            this(handleId, "", timeNanos, Stack.EMPTY);
        }
    }

    /** {@code leakscope.ResourceReclaimed}: the handle's object was garbage-collected. */
    record Reclaimed(long handleId, long timeNanos) implements Event {
    }

    /** {@code leakscope.SessionStart}; {@code parentId} 0 is none; {@code stack} is where it started. */
    record SessionStart(long sessionId, String name, long parentId, long timeNanos, Stack stack) implements Event {
        public SessionStart {
            Objects.requireNonNull(stack, "stack");
        }

        /** A start with no stack. */
        public SessionStart(long sessionId, String name, long parentId, long timeNanos) {
            this(sessionId, name, parentId, timeNanos, Stack.EMPTY);
        }
    }

    /**
     * {@code leakscope.SessionStop}. The contract's stop has no stack: {@code stack} is {@link Stack#EMPTY}
     * unless the emitter recorded one.
     */
    record SessionStop(long sessionId, long timeNanos, Stack stack) implements Event {
        public SessionStop {
            Objects.requireNonNull(stack, "stack");
        }

        /** A stop with no stack. */
        public SessionStop(long sessionId, long timeNanos) {
            this(sessionId, timeNanos, Stack.EMPTY);
        }
    }

    /** {@code leakscope.Gauge}: one sample of a named quantity. */
    record Gauge(String name, long value, long timeNanos) implements Event {
    }

    /** {@code leakscope.ObjectWatch}: the program is done with an object; {@code thread} the watching thread's name. */
    record ObjectWatch(long watchId, String type, String description, long sessionId, long timeNanos, String thread,
            Stack stack) implements Event {
    }

    /** {@code leakscope.ObjectReclaimed}: the collector freed a watched object. */
    record ObjectReclaimed(long watchId, long timeNanos) implements Event {
    }

    /** {@code jdk.GarbageCollection}: {@code name} is the collector's, e.g. {@code G1New}, {@code G1Full}. */
    record GarbageCollection(String name, long startNanos) implements Event {
    }

    /** {@code jdk.ThreadStart}: a Java thread started during the recording; the stack is its starter's. */
    record ThreadStart(long threadId, String name, String starter, long timeNanos, Stack stack) implements Event {
    }

    /** {@code jdk.ThreadEnd}. */
    record ThreadEnd(long threadId, long timeNanos) implements Event {
    }

    /** A sample of a quantity the JVM records itself (heap, metaspace, loaded classes). */
    record JvmSample(JvmSeries series, long value, long timeNanos) implements Event {
        public JvmSample {
            Objects.requireNonNull(series, "series");
        }
    }

    /** {@code jdk.OldObjectSample}: JFR writes a few hundred at the end of a recording. */
    record OldObject(OldObjectSample sample) implements Event {
        public OldObject {
            Objects.requireNonNull(sample, "sample");
        }
    }
}
