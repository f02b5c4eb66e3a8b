package leakscope.analyzer.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jdk.jfr.EventType;
import jdk.jfr.ValueDescriptor;
import leakscope.analyzer.event.EventNames;

/**
 * The fields an event of the contract cannot do without, and their types (CONTRACT.md §1). Another
 * emitter's event type under a contract name but with such a field missing or of another type (a text
 * handleId) would read as zeros — handle 0, session 0 — and make up leaks; its events are counted and left
 * out instead. Checked once per event type, so it costs nothing per event.
 */
final class ContractTypes {
    private static final Set<String> INTEGRAL = Set.of("long", "int", "short", "byte");
    private static final String TEXT = "java.lang.String";
    private static final Map<String, List<Field>> REQUIRED = Map.of(
            EventNames.ACQUIRE, List.of(new Field("handleId", INTEGRAL)),
            EventNames.RELEASE, List.of(new Field("handleId", INTEGRAL)),
            EventNames.RECLAIMED, List.of(new Field("handleId", INTEGRAL)),
            EventNames.SESSION_START, List.of(new Field("sessionId", INTEGRAL)),
            EventNames.SESSION_STOP, List.of(new Field("sessionId", INTEGRAL)),
            EventNames.GAUGE, List.of(new Field("name", Set.of(TEXT)), new Field("value", INTEGRAL)));

    private record Field(String name, Set<String> types) {
    }

    private ContractTypes() {
    }

    /** How {@code type} breaks the contract, e.g. "handleId is java.lang.String, not long"; empty if it does not. */
    static Optional<String> problem(EventType type) {
        for (Field field : REQUIRED.getOrDefault(type.getName(), List.of())) {
            ValueDescriptor descriptor = type.getField(field.name());
            if (descriptor == null) {
                return Optional.of("no " + field.name() + " field");
            }
            if (!field.types().contains(descriptor.getTypeName())) {
                return Optional.of(field.name() + " is " + descriptor.getTypeName() + ", not "
                        + (field.types().contains(TEXT) ? "String" : "long"));
            }
        }
        return Optional.empty();
    }
}
