package leakscope.recorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Category;
import jdk.jfr.EventType;
import jdk.jfr.Label;
import jdk.jfr.ValueDescriptor;
import leakscope.recorder.internal.JfrEvents;
import org.junit.jupiter.api.Test;

class EventMetadataTest {

    @Test
    void eventTypesMatchTheContractNamesFieldsAndStackTraceSettings() {
        List<String> described = new ArrayList<>();
        JfrEvents.forEachEventClass(type -> {
            EventType eventType = EventType.getEventType(type);
            assertThat(type.getAnnotation(Category.class).value()).containsExactly("leakscope");
            assertThat(type.getAnnotation(Label.class)).isNotNull();
            StringBuilder fields = new StringBuilder();
            for (ValueDescriptor field : eventType.getFields()) {
                if (!List.of("startTime", "duration", "eventThread", "stackTrace").contains(field.getName())) {
                    fields.append(' ').append(field.getTypeName()).append(' ').append(field.getName());
                }
            }
            boolean stack = eventType.getSettingDescriptors().stream()
                    .anyMatch(s -> s.getName().equals("stackTrace") && s.getDefaultValue().equals("true"));
            described.add(eventType.getName() + fields + (stack ? " +stack" : ""));
        });
        assertThat(described).containsExactly(
                "leakscope.ResourceAcquire java.lang.String kind long handleId java.lang.String description long sessionId +stack",
                "leakscope.ResourceRelease java.lang.String kind long handleId",
                "leakscope.ResourceReclaimed java.lang.String kind long handleId",
                "leakscope.SessionStart long sessionId java.lang.String name long parentId +stack",
                "leakscope.SessionStop long sessionId",
                "leakscope.Gauge java.lang.String name long value",
                "leakscope.ObjectWatch long watchId java.lang.String type java.lang.String description long sessionId +stack",
                "leakscope.ObjectReclaimed long watchId");
    }
}
