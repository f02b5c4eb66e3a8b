package leakscope.analyzer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import leakscope.analyzer.event.Event;
import leakscope.recorder.InProcessRecording;
import leakscope.recorder.Leakscope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every open handle keeps its kind until the end: one String per kind, not one per event, however many are open. */
class KindSharingTest {
    @TempDir
    Path dir;

    @Test
    void acquiresOfOneKindShareOneKindString() throws Exception {
        Path recording = InProcessRecording.record(dir.resolve("kinds.jfr"), () -> {
            for (int i = 0; i < 100; i++) {
                Leakscope.acquire(i % 2 == 0 ? "file" : "socket", "kept " + i);
            }
        });
        RecordingInput input = RecordingInputs.inspect(List.of(recording)).inputs().get(0);
        List<Event.Acquire> acquires = new ArrayList<>();
        try {
            new RecordingReader(new ConcurrentHashMap<>()).read(input.parts(1).get(0), event -> {
                if (event instanceof Event.Acquire acquire) {
                    acquires.add(acquire);
                }
            }, bytes -> { });
        } finally {
            RecordingInputs.release(input);
        }

        assertThat(acquires).hasSize(100);
        assertThat(acquires.stream().map(Event.Acquire::kind).distinct()).containsExactlyInAnyOrder("file", "socket");
        assertThat(acquires.stream().map(a -> System.identityHashCode(a.kind())).distinct()).as("one String per kind")
                .hasSize(2);
    }
}
