package leakscope.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import jdk.jfr.AnnotationElement;
import jdk.jfr.Event;
import jdk.jfr.EventFactory;
import jdk.jfr.Name;
import jdk.jfr.ValueDescriptor;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Warning;
import leakscope.recorder.InProcessRecording;
import leakscope.recorder.Leakscope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another emitter's events under the contract's names but not its types are counted and left out, never zeros. */
class ContractBreakingEventsTest {
    @TempDir
    Path dir;

    @Name("leakscope.Gauge")
    static final class NullNameGauge extends Event {
        String name;
        long value;
    }

    @Test
    void aTextHandleIdAMissingHandleIdAndANamelessGaugeAreWarnedAboutNotReadAsZero() throws Exception {
        EventFactory textId = factory("leakscope.ResourceAcquire", new ValueDescriptor(String.class, "kind"),
                new ValueDescriptor(String.class, "handleId"));
        EventFactory idless = factory("leakscope.ResourceAcquire", new ValueDescriptor(String.class, "kind"));
        EventFactory nameless = factory("leakscope.Gauge", new ValueDescriptor(long.class, "value"));
        Path recording = InProcessRecording.record(dir.resolve("broken.jfr"), () -> {
            for (int i = 0; i < 3; i++) {
                commit(textId, "file", "id-" + i);
                commit(idless, "socket");
                commit(nameless, (long) i);
                NullNameGauge gauge = new NullNameGauge();
                gauge.value = i;
                gauge.commit();
            }
            Leakscope.acquire("file", "a real leak");
        });

        Analysis analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);

        assertThat(analysis.summary().suspected()).isEqualTo(1);
        assertThat(analysis.summary().handlesAcquired()).isEqualTo(1);
        assertThat(analysis.growth()).noneMatch(s -> s.name().isEmpty());
        assertThat(analysis.warnings()).contains(
                new Warning.BrokenEvents(recording, "leakscope.Gauge: its name is null", 3),
                new Warning.BrokenEvents(recording, "leakscope.Gauge: no name field", 3),
                new Warning.BrokenEvents(recording, "leakscope.ResourceAcquire: handleId is java.lang.String, not long", 3),
                new Warning.BrokenEvents(recording, "leakscope.ResourceAcquire: no handleId field", 3));
    }

    private static EventFactory factory(String name, ValueDescriptor... fields) {
        return EventFactory.create(List.of(new AnnotationElement(Name.class, name)), List.of(fields));
    }

    private static void commit(EventFactory factory, Object... values) {
        Event event = factory.newEvent();
        for (int i = 0; i < values.length; i++) {
            event.set(i, values[i]);
        }
        event.commit();
    }
}
