package leakscope.analyzer.read;

import leakscope.analyzer.model.Stack;
import leakscope.analyzer.model.OldObjectSample;

/**
 * Receives the contract's events of one timeline, in file order (not time order). Times are epoch
 * nanoseconds; strings are never null (a missing field reads as empty or 0).
 */
public interface EventSink {
    void acquire(long handleId, String kind, String description, long sessionId, long timeNanos, String thread,
            Stack stack);

    void release(long handleId, long timeNanos);

    void reclaimed(long handleId, long timeNanos);

    void sessionStart(long sessionId, String name, long parentId, long timeNanos);

    void sessionStop(long sessionId, long timeNanos);

    void gauge(String name, long value, long timeNanos);

    /** A Java thread started during the recording ({@code jdk.ThreadStart}); its stack is the starter's. */
    void threadStart(long threadId, String name, String starter, long timeNanos, Stack stack);

    /** {@code jdk.ThreadEnd}. */
    void threadEnd(long threadId, long timeNanos);

    /** A sample of a quantity the JVM records itself: heap after GC, loaded classes, metaspace. */
    void jvmSample(String series, long value, long timeNanos);

    /** {@code jdk.OldObjectSample}. */
    void oldObject(OldObjectSample sample);
}
