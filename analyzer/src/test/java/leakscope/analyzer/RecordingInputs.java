package leakscope.analyzer;

import java.nio.file.Path;
import leakscope.analyzer.read.RecordingReader;

/** Facts about a test recording's layout. */
final class RecordingInputs {
    private RecordingInputs() {
    }

    static int chunks(Path recording) throws AnalysisException {
        return RecordingReader.inspect(recording, false).completeChunks();
    }
}
