package leakscope.analyzer.read;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import leakscope.analyzer.AnalysisException;
import leakscope.analyzer.event.Event;
import leakscope.recorder.InProcessRecording;
import leakscope.recorder.Leakscope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the sink (the pairing) throws is a bug or an exhausted heap, never a damaged recording: it leaves the
 * reader as it was thrown, so the command line says "internal error" or "out of memory", not "damaged".
 */
class SinkFailureTest {
    @TempDir
    Path dir;
    private RecordingInput input;

    @BeforeEach
    void record() throws Exception {
        Path recording = InProcessRecording.record(dir.resolve("one.jfr"), () -> Leakscope.acquire("file", "kept"));
        input = RecordingInputs.inspect(List.of(recording)).inputs().get(0);
    }

    @AfterEach
    void release() {
        RecordingInputs.release(input);
    }

    @Test
    void aBugInTheSinkIsThrownAsItIs() {
        IllegalStateException bug = new IllegalStateException("a bug in pairing");

        assertThatThrownBy(() -> readInto(event -> {
            throw bug;
        })).isSameAs(bug);
    }

    @Test
    void anOutOfMemoryErrorInTheSinkIsThrownAsItIs() {
        OutOfMemoryError exhausted = new OutOfMemoryError("Java heap space");

        assertThatThrownBy(() -> readInto(event -> {
            throw exhausted;
        })).isSameAs(exhausted);
    }

    private void readInto(Consumer<Event> sink) throws AnalysisException {
        new RecordingReader(new ConcurrentHashMap<>()).read(input.parts(1).get(0), sink, bytes -> { });
    }
}
