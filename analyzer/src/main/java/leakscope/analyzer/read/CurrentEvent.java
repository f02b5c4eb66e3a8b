package leakscope.analyzer.read;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import leakscope.analyzer.model.Stack;

/**
 * The event being read, as {@link EventTable}'s decoders see it: its fields by their index in the table's
 * row, its time, its thread names and stacks as values, and the facts it adds about the recording. One
 * object per reader, reloaded for each event, so reading allocates nothing of its own per event.
 */
final class CurrentEvent {
    private static final int THREAD_NAME_CACHE_LIMIT = 8192;
    private static final int KIND_CACHE_LIMIT = 4096;

    private final StackInterner stacks;
    private final Map<RecordedThread, String> threadNames = new IdentityHashMap<>();
    private final long[] chunkEndNanos;
    private final long earliestNanos;
    private final long latestNanos;
    private final RecordingFacts facts = new RecordingFacts();
    // by value, not by chunk: a kind is the same text in every chunk
    private final Map<String, String> kinds = new HashMap<>();
    private String lastKind;
    private int chunk;
    private RecordedThread lastThread;
    private String lastThreadName;
    private RecordedEvent event;
    private FieldReader fields;
    private Object[] values;
    private long timeNanos;

    /** @param earliestNanos and {@code latestNanos}: the span a contract event's time may fall in */
    CurrentEvent(StackInterner stacks, long[] chunkEndNanos, long earliestNanos, long latestNanos) {
        this.stacks = stacks;
        this.chunkEndNanos = chunkEndNanos;
        this.earliestNanos = earliestNanos;
        this.latestNanos = latestNanos;
        forgetChunk(); // a reader may have read another file before
    }

    void load(RecordedEvent next, FieldReader nextFields) {
        event = next;
        fields = nextFields;
        values = nextFields.valuesOf(next);
        timeNanos = Times.nanos(next.getStartTime());
        followChunks();
    }

    RecordingFacts facts() {
        return facts;
    }

    /** The event as the JDK gives it, for the rare field read by the public API. */
    RecordedEvent recorded() {
        return event;
    }

    long timeNanos() {
        return timeNanos;
    }

    /**
     * A contract event's time: one dated outside its chunks' span is counted for a warning (a damaged header
     * or event shows only so).
     */
    long datedNanos() {
        if (timeNanos < earliestNanos || timeNanos > latestNanos) {
            facts.outsideChunks();
        }
        return timeNanos;
    }

    Object get(int field) {
        return fields.get(event, values, field);
    }

    long getLong(int field) {
        return fields.getLong(event, values, field);
    }

    String getString(int field) {
        return fields.getString(event, values, field);
    }

    /**
     * A handle's kind or a watched object's type: a few values that every event repeats, so each is one
     * String however many open handles hold it (the JDK reads a new one per event).
     */
    String kind(int field) {
        String kind = getString(field);
        if (kind == null) {
            return null;
        }
        if (kind.equals(lastKind)) {
            return lastKind;
        }
        String known = kinds.get(kind);
        if (known == null) {
            if (kinds.size() >= KIND_CACHE_LIMIT) {
                kinds.clear(); // a recording of very many kinds: the cache is a cache
            }
            kinds.put(kind, kind);
            known = kind;
        }
        lastKind = known;
        return known;
    }

    Stack stack(int field) {
        return stacks.intern((RecordedStackTrace) get(field));
    }

    String threadName(int field) {
        return threadName((RecordedThread) get(field));
    }

    /** A thread's Java name (its OS name if it has none); empty for none. */
    String threadName(RecordedThread thread) {
        if (thread == null) {
            return "";
        }
        if (thread == lastThread) {
            return lastThreadName; // a thread's events reach the file in runs (its buffer)
        }
        String name = threadNames.get(thread);
        if (name == null) {
            if (threadNames.size() > THREAD_NAME_CACHE_LIMIT) {
                threadNames.clear(); // a chunk of very many threads: the cache is a cache
            }
            name = thread.getJavaName() != null ? thread.getJavaName() : String.valueOf(thread.getOSName());
            threadNames.put(thread, name);
        }
        lastThread = thread;
        lastThreadName = name;
        return name;
    }

    /**
     * Past the end of the chunk being read, the caches of thread and stack objects are emptied: the JDK
     * makes new ones for each chunk, and old ones would hold whole chunks' stacks.
     */
    private void followChunks() {
        if (timeNanos > chunkEndNanos[chunk] && chunk < chunkEndNanos.length - 1) {
            while (chunk < chunkEndNanos.length - 1 && timeNanos > chunkEndNanos[chunk]) {
                chunk++;
            }
            forgetChunk();
        }
    }

    private void forgetChunk() {
        stacks.forgetChunk();
        threadNames.clear();
        lastThread = null;
        lastThreadName = null;
    }
}
