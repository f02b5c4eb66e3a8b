package leakscope.analyzer;

import java.nio.file.Path;
import java.util.List;
import leakscope.analyzer.read.RecordingInput;

/** Facts about a test recording's layout. */
final class RecordingInputs {
    private RecordingInputs() {
    }

    static int chunks(Path recording) throws AnalysisException {
        List<RecordingInput> inputs = leakscope.analyzer.read.RecordingInputs.inspect(List.of(recording)).inputs();
        inputs.forEach(leakscope.analyzer.read.RecordingInputs::release);
        return inputs.stream().mapToInt(RecordingInput::completeChunks).sum();
    }
}
