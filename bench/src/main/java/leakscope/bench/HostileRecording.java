package leakscope.bench;

import java.util.Arrays;
import java.util.List;
import jdk.jfr.AnnotationElement;
import jdk.jfr.Event;
import jdk.jfr.EventFactory;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.ValueDescriptor;

/**
 * A third party's own events under the contract's names, valid JFR but hostile to an analyser, for
 * docs/reliability.md. Run under {@code -XX:StartFlightRecording:dumponexit=true,filename=...}. Args: a mode
 * and a number:
 * {@code kinds N} (N distinct kinds, one unreleased handle each), {@code gauges N} (N distinct gauge names,
 * 12 rising samples each), {@code kind-bytes N} (100 unreleased handles of one kind N characters long),
 * {@code description-bytes N} (100 unreleased handles with N-character descriptions), {@code broken-types N}
 * (N acquires whose handleId is a String, N with no handleId, N gauges with no name).
 */
public final class HostileRecording {
    private HostileRecording() {
    }

    @Name("leakscope.ResourceAcquire")
    @StackTrace(true)
    static final class Acquire extends Event {
        String kind;
        long handleId;
        String description;
        long sessionId;
    }

    @Name("leakscope.Gauge")
    @StackTrace(false)
    static final class Gauge extends Event {
        String name;
        long value;
    }

    public static void main(String[] args) {
        String mode = args[0];
        int n = Integer.parseInt(args[1]);
        switch (mode) {
            case "kinds" -> {
                for (int i = 0; i < n; i++) {
                    acquire(i + 1, "kind-" + i, "handle " + i);
                }
            }
            case "gauges" -> {
                for (int sample = 0; sample < 12; sample++) {
                    for (int i = 0; i < n; i++) {
                        Gauge gauge = new Gauge();
                        gauge.name = "gauge-" + i;
                        gauge.value = sample * (long) i;
                        gauge.commit();
                    }
                }
            }
            case "kind-bytes" -> {
                String kind = repeat('k', n);
                for (int i = 0; i < 100; i++) {
                    acquire(i + 1, kind, "handle " + i);
                }
            }
            case "description-bytes" -> {
                String description = repeat('d', n);
                for (int i = 0; i < 100; i++) {
                    acquire(i + 1, "file", description);
                }
            }
            case "broken-types" -> BrokenTypes.emit(n);
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    private static void acquire(long id, String kind, String description) {
        Acquire acquire = new Acquire();
        acquire.handleId = id;
        acquire.kind = kind;
        acquire.description = description;
        acquire.commit();
    }

    private static String repeat(char c, int n) {
        char[] chars = new char[n];
        Arrays.fill(chars, c);
        return new String(chars);
    }

    /** Event classes with the contract's names but other field types, registered under those names. */
    private static final class BrokenTypes {
        static void emit(int n) {
            // @Name on a class fixes its name; these take the contract's names through dynamic registration
            EventFactory textId = factory("leakscope.ResourceAcquire",
                    new ValueDescriptor(String.class, "kind"), new ValueDescriptor(String.class, "handleId"));
            EventFactory idless = factory("leakscope.ResourceAcquire",
                    new ValueDescriptor(String.class, "kind"), new ValueDescriptor(String.class, "description"));
            EventFactory nameless = factory("leakscope.Gauge", new ValueDescriptor(long.class, "value"));
            for (int i = 0; i < n; i++) {
                commit(textId, "file", "id-" + i);
                commit(idless, "file", "no id " + i);
                commit(nameless, (long) i);
            }
        }

        private static EventFactory factory(String name, ValueDescriptor... fields) {
            return EventFactory.create(List.of(new AnnotationElement(Name.class, name)),
                    List.of(fields));
        }

        private static void commit(EventFactory factory, Object... values) {
            Event event = factory.newEvent();
            for (int i = 0; i < values.length; i++) {
                event.set(i, values[i]);
            }
            event.commit();
        }
    }
}
