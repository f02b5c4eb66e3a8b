package leakscope.analyzer.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.Objects;
import jdk.jfr.ValueDescriptor;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedObject;

/**
 * Reads named fields of one event type. {@code RecordedObject.getValue(name)} searches the field list
 * by name on every call, which costs more than parsing the event; where the JDK lets us see the event's
 * value array ({@code --add-opens jdk.jfr/jdk.jfr.consumer=ALL-UNNAMED}, which the leakscope jar's
 * manifest carries), each field's slot in it is found once per type by name and then read directly.
 * The slots are checked against the public API on the type's first events; any mismatch (another JDK's
 * layout) or a closed module falls back to the public API, which is always correct.
 */
final class FieldReader {
    private static final VarHandle VALUES = valuesHandle();
    private static final int EVENTS_CHECKED = 16;

    private final String[] names;
    private final boolean[] present;
    private int[] slots; // null: read through the public API
    private int checksLeft = EVENTS_CHECKED;

    /** A reader for {@code names} of the type of {@code first}; fields the type lacks read as absent. */
    FieldReader(RecordedEvent first, String... names) {
        this.names = names.clone();
        this.present = new boolean[names.length];
        List<ValueDescriptor> fields = first.getFields();
        Object[] values = values(first);
        int[] found = values == null ? null : new int[names.length];
        for (int i = 0; i < names.length; i++) {
            present[i] = first.hasField(names[i]);
            if (found != null) {
                // the value array holds the fields after those JFR keeps apart (start time, duration)
                int index = indexOf(fields, names[i]) - (fields.size() - values.length);
                found[i] = present[i] && index >= 0 && index < values.length ? index : -1;
            }
        }
        this.slots = found;
    }

    /**
     * The event's value array, read once per event and passed to the getters (each read of it through the
     * handle is a tree of method handles for the JIT to compile); null when the public API serves.
     */
    Object[] valuesOf(RecordedEvent event) {
        if (slots != null && checksLeft > 0) {
            verify(event);
        }
        return slots == null ? null : values(event);
    }

    /** Field {@code field} of {@code event}, whose {@link #valuesOf value array} is {@code values}. */
    Object get(RecordedEvent event, Object[] values, int field) {
        if (!present[field]) {
            return null;
        }
        if (values != null && slots[field] >= 0) {
            return values[slots[field]];
        }
        return event.getValue(names[field]);
    }

    long getLong(RecordedEvent event, Object[] values, int field) {
        Object value = get(event, values, field);
        return value instanceof Number ? ((Number) value).longValue() : 0;
    }

    String getString(RecordedEvent event, Object[] values, int field) {
        Object value = get(event, values, field);
        return value instanceof String ? (String) value : "";
    }

    private void verify(RecordedEvent event) {
        checksLeft--;
        Object[] values = values(event);
        for (int i = 0; i < names.length; i++) {
            if (present[i] && (slots[i] < 0 || values == null || slots[i] >= values.length
                    || !Objects.equals(values[slots[i]], event.getValue(names[i])))) {
                slots = null;
                return;
            }
        }
    }

    private static int indexOf(List<ValueDescriptor> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).getName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static Object[] values(RecordedEvent event) {
        return VALUES == null ? null : (Object[]) VALUES.get((RecordedObject) event);
    }

    private static VarHandle valuesHandle() {
        try {
            return MethodHandles.privateLookupIn(RecordedObject.class, MethodHandles.lookup())
                    .findVarHandle(RecordedObject.class, "objects", Object[].class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // module not opened, or another layout: the public API serves
        }
    }
}
