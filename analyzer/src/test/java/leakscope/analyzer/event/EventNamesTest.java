package leakscope.analyzer.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Name;
import leakscope.recorder.internal.JfrEvents;
import org.junit.jupiter.api.Test;

class EventNamesTest {
    @Test
    void theRecorderEmitsExactlyTheNamesTheAnalyzerReads() {
        List<String> recorded = new ArrayList<>();
        JfrEvents.forEachEventClass(type -> recorded.add(type.getAnnotation(Name.class).value()));
        assertThat(recorded).containsExactly(EventNames.ACQUIRE, EventNames.RELEASE, EventNames.RECLAIMED,
                EventNames.SESSION_START, EventNames.SESSION_STOP, EventNames.GAUGE, EventNames.OBJECT_WATCH,
                EventNames.OBJECT_RECLAIMED);
    }
}
