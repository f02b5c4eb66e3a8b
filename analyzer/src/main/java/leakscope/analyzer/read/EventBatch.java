package leakscope.analyzer.read;

import leakscope.analyzer.model.OldObjectSample;
import leakscope.analyzer.model.Stack;

/**
 * A run of {@link EventSink} calls kept as values, to be replayed in the same order on another thread.
 * Numbers go into primitive arrays and the few references into one array, so a batch costs a handful of
 * allocations however many events it holds.
 */
final class EventBatch {
    private static final byte ACQUIRE = 0;
    private static final byte RELEASE = 1;
    private static final byte RECLAIMED = 2;
    private static final byte SESSION_START = 3;
    private static final byte SESSION_STOP = 4;
    private static final byte GAUGE = 5;
    private static final byte THREAD_START = 6;
    private static final byte THREAD_END = 7;
    private static final byte JVM_SAMPLE = 8;
    private static final byte OLD_OBJECT = 9;
    private static final int REFS_PER_EVENT = 4;

    private final byte[] types;
    private final long[] ids;
    private final long[] values;
    private final long[] times;
    private final Object[] refs;
    private int size;

    EventBatch(int capacity) {
        types = new byte[capacity];
        ids = new long[capacity];
        values = new long[capacity];
        times = new long[capacity];
        refs = new Object[capacity * REFS_PER_EVENT];
    }

    boolean isFull() {
        return size == types.length;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void acquire(long handleId, String kind, String description, long sessionId, long timeNanos, String thread,
            Stack stack) {
        int at = add(ACQUIRE, handleId, sessionId, timeNanos);
        refs[at] = kind;
        refs[at + 1] = description;
        refs[at + 2] = thread;
        refs[at + 3] = stack;
    }

    void release(long handleId, long timeNanos) {
        add(RELEASE, handleId, 0, timeNanos);
    }

    void reclaimed(long handleId, long timeNanos) {
        add(RECLAIMED, handleId, 0, timeNanos);
    }

    void sessionStart(long sessionId, String name, long parentId, long timeNanos) {
        refs[add(SESSION_START, sessionId, parentId, timeNanos)] = name;
    }

    void sessionStop(long sessionId, long timeNanos) {
        add(SESSION_STOP, sessionId, 0, timeNanos);
    }

    void gauge(String name, long value, long timeNanos) {
        refs[add(GAUGE, 0, value, timeNanos)] = name;
    }

    void threadStart(long threadId, String name, String starter, long timeNanos, Stack stack) {
        int at = add(THREAD_START, threadId, 0, timeNanos);
        refs[at] = name;
        refs[at + 1] = starter;
        refs[at + 2] = stack;
    }

    void threadEnd(long threadId, long timeNanos) {
        add(THREAD_END, threadId, 0, timeNanos);
    }

    void jvmSample(String series, long value, long timeNanos) {
        refs[add(JVM_SAMPLE, 0, value, timeNanos)] = series;
    }

    void oldObject(OldObjectSample sample) {
        refs[add(OLD_OBJECT, 0, 0, 0)] = sample;
    }

    /** Makes the calls this batch holds, in order. */
    void replay(EventSink sink) {
        for (int i = 0; i < size; i++) {
            int at = i * REFS_PER_EVENT;
            switch (types[i]) {
                case ACQUIRE:
                    sink.acquire(ids[i], (String) refs[at], (String) refs[at + 1], values[i], times[i],
                            (String) refs[at + 2], (Stack) refs[at + 3]);
                    break;
                case RELEASE:
                    sink.release(ids[i], times[i]);
                    break;
                default:
                    replayRare(sink, i, at);
            }
        }
    }

    private void replayRare(EventSink sink, int i, int at) {
        switch (types[i]) {
            case RECLAIMED:
                sink.reclaimed(ids[i], times[i]);
                return;
            case SESSION_START:
                sink.sessionStart(ids[i], (String) refs[at], values[i], times[i]);
                return;
            case SESSION_STOP:
                sink.sessionStop(ids[i], times[i]);
                return;
            case GAUGE:
                sink.gauge((String) refs[at], values[i], times[i]);
                return;
            case THREAD_START:
                sink.threadStart(ids[i], (String) refs[at], (String) refs[at + 1], times[i], (Stack) refs[at + 2]);
                return;
            case THREAD_END:
                sink.threadEnd(ids[i], times[i]);
                return;
            case JVM_SAMPLE:
                sink.jvmSample((String) refs[at], values[i], times[i]);
                return;
            case OLD_OBJECT:
                sink.oldObject((OldObjectSample) refs[at]);
                return;
            default:
                throw new IllegalStateException("unknown event in batch: " + types[i]);
        }
    }

    /** Appends an event's numbers; returns the index of its first reference slot. */
    private int add(byte type, long id, long value, long timeNanos) {
        types[size] = type;
        ids[size] = id;
        values[size] = value;
        times[size] = timeNanos;
        return size++ * REFS_PER_EVENT;
    }
}
