package leakscope.analyzer.read;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedObject;
import jdk.jfr.consumer.RecordedThread;
import leakscope.analyzer.event.Event;
import leakscope.analyzer.event.EventNames;
import leakscope.analyzer.event.JvmSeries;
import leakscope.analyzer.model.OldObjectSample;

/**
 * The reader's table: each event type the analyser reads, by name, with the fields it needs (read by
 * name, so any program's own event classes read like the recorder's) and how they become an
 * {@link Event}. A decoder reads field {@code i} of its row as {@code e.getLong(i)}. Events of other names
 * are skipped. Adding an event type is a row here and a record in {@link Event}.
 */
final class EventTable {
    /** What an event counts as in the recording's summary. */
    enum Source {
        /** the contract's events: counted as leakscope events */
        CONTRACT,
        /** the JVM's events the analysis uses (threads, heap, classes, old objects) */
        JVM,
        /** facts about the recording itself, not counted */
        RECORDING
    }

    /** Turns the event being read into an {@link Event}; null when it only adds to the recording's facts. */
    @FunctionalInterface
    interface Decoder {
        Event decode(CurrentEvent e);
    }

    /** How to read one event type. */
    record Row(String name, Source source, List<String> fields, Decoder decoder) {
    }

    static final Row SKIPPED = new Row("", Source.RECORDING, List.of(), e -> null);
    private static final String AFTER_GC = "After GC";

    private static final Map<String, Row> ROWS = rows(
            new Row(EventNames.ACQUIRE, Source.CONTRACT,
                    List.of("handleId", "kind", "description", "sessionId", "eventThread", "stackTrace"),
                    e -> new Event.Acquire(e.getLong(0), e.kind(1), e.getString(2), e.getLong(3), e.datedNanos(),
                            e.threadName(4), e.stack(5))),
            // kind and stack only serve releases that pair with nothing; the contract's release has no stack
            new Row(EventNames.RELEASE, Source.CONTRACT, List.of("handleId", "kind", "stackTrace"),
                    e -> new Event.Release(e.getLong(0), e.kind(1), e.datedNanos(), e.stack(2))),
            new Row(EventNames.RECLAIMED, Source.CONTRACT, List.of("handleId"),
                    e -> new Event.Reclaimed(e.getLong(0), e.datedNanos())),
            new Row(EventNames.SESSION_START, Source.CONTRACT, List.of("sessionId", "name", "parentId", "stackTrace"),
                    e -> new Event.SessionStart(e.getLong(0), e.getString(1), e.getLong(2), e.datedNanos(), e.stack(3))),
            new Row(EventNames.SESSION_STOP, Source.CONTRACT, List.of("sessionId", "stackTrace"),
                    e -> new Event.SessionStop(e.getLong(0), e.datedNanos(), e.stack(1))),
            new Row(EventNames.GAUGE, Source.CONTRACT, List.of("name", "value"), e -> {
                if (e.get(0) == null) {
                    e.facts().broken(EventNames.GAUGE + ": its name is null");
                    return null;
                }
                return new Event.Gauge(e.getString(0), e.getLong(1), e.datedNanos());
            }),
            new Row(EventNames.OBJECT_WATCH, Source.CONTRACT,
                    List.of("watchId", "type", "description", "sessionId", "eventThread", "stackTrace"),
                    e -> new Event.ObjectWatch(e.getLong(0), e.kind(1), e.getString(2), e.getLong(3), e.datedNanos(),
                            e.threadName(4), e.stack(5))),
            new Row(EventNames.OBJECT_RECLAIMED, Source.CONTRACT, List.of("watchId"),
                    e -> new Event.ObjectReclaimed(e.getLong(0), e.datedNanos())),
            new Row(EventNames.GARBAGE_COLLECTION, Source.JVM, List.of("name"),
                    e -> new Event.GarbageCollection(e.getString(0), e.timeNanos())),
            new Row(EventNames.SHUTDOWN, Source.RECORDING, List.of(), e -> {
                e.facts().endedAtExit();
                return null;
            }),
            new Row(EventNames.JVM_INFORMATION, Source.RECORDING, List.of(), e -> {
                e.facts().jvmInformation(e.recorded());
                return null;
            }),
            new Row(EventNames.ACTIVE_RECORDING, Source.RECORDING, List.of("recordingStart"), e -> {
                if (e.get(0) instanceof Instant start) {
                    e.facts().recordingStarted(Times.nanos(start));
                }
                return null;
            }),
            new Row(EventNames.DATA_LOSS, Source.RECORDING, List.of("amount", "total", "eventThread"), e -> {
                RecordedThread thread = (RecordedThread) e.get(2);
                e.facts().dataLoss(thread == null ? -1 : thread.getId(), e.getLong(0), e.getLong(1));
                return null;
            }),
            new Row(EventNames.THREAD_START, Source.JVM, List.of("thread", "stackTrace", "parentThread"), e -> {
                RecordedThread started = (RecordedThread) e.get(0);
                return started == null ? null : new Event.ThreadStart(started.getJavaThreadId(), e.threadName(started),
                        e.threadName(2), e.datedNanos(), e.stack(1));
            }),
            new Row(EventNames.THREAD_END, Source.JVM, List.of("thread"), e -> {
                RecordedThread ended = (RecordedThread) e.get(0);
                return ended == null ? null : new Event.ThreadEnd(ended.getJavaThreadId(), e.timeNanos());
            }),
            new Row(EventNames.GC_HEAP_SUMMARY, Source.JVM, List.of("when", "heapUsed"),
                    e -> AFTER_GC.equals(e.getString(0))
                            ? new Event.JvmSample(JvmSeries.HEAP_AFTER_GC, e.getLong(1), e.timeNanos()) : null),
            new Row(EventNames.METASPACE_SUMMARY, Source.JVM, List.of("when", "metaspace"), e -> {
                RecordedObject metaspace = (RecordedObject) e.get(1);
                return AFTER_GC.equals(e.getString(0)) && metaspace != null && metaspace.hasField("used")
                        ? new Event.JvmSample(JvmSeries.METASPACE_AFTER_GC, metaspace.getLong("used"), e.timeNanos())
                        : null;
            }),
            new Row(EventNames.CLASS_LOADING_STATISTICS, Source.JVM, List.of("loadedClassCount", "unloadedClassCount"),
                    e -> new Event.JvmSample(JvmSeries.LOADED_CLASSES, e.getLong(0) - e.getLong(1), e.timeNanos())),
            new Row(EventNames.OLD_OBJECT_SAMPLE, Source.JVM, List.of("object", "root", "stackTrace"), e -> {
                RecordedObject object = (RecordedObject) e.get(0);
                // a timespan in the type's own unit: the public API converts it (few such events)
                long ageNanos = e.recorded().hasField("objectAge") ? e.recorded().getDuration("objectAge").toNanos() : 0;
                return new Event.OldObject(new OldObjectSample(OldObjects.typeOf(object), ageNanos, e.stack(2),
                        OldObjects.chain(object), OldObjects.root((RecordedObject) e.get(1))));
            }));

    private EventTable() {
    }

    /** A row that reads nothing of an event type whose fields break the contract: its events are counted as broken. */
    static Row broken(String eventName, String problem) {
        return new Row(eventName, Source.RECORDING, List.of(), e -> {
            e.facts().broken(eventName + ": " + problem);
            return null;
        });
    }

    /** The row for an event type's name; {@link #SKIPPED} for names the analyser does not read. */
    static Row rowFor(String eventName) {
        return ROWS.getOrDefault(eventName, SKIPPED);
    }

    private static Map<String, Row> rows(Row... rows) {
        Map<String, Row> byName = new HashMap<>();
        for (Row row : rows) {
            byName.put(row.name(), row);
        }
        return Map.copyOf(byName);
    }
}
