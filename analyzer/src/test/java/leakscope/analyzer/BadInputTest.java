package leakscope.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.Warning;
import leakscope.recorder.InProcessRecording;
import leakscope.recorder.Leakscope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsNamedAsEmpty() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.jfr"));
        assertFails(empty, empty + ": file is empty");
    }

    @Test
    void aFileThatIsNotJfrIsNamedAsSuch() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.jfr"), "hello, I am not a recording\n");
        assertFails(text, text + ": not a JFR recording (no Flight Recorder header)");
    }

    @Test
    void aMissingFileIsNamedAsMissing() {
        Path missing = dir.resolve("missing.jfr");
        assertFails(missing, missing + ": no such file");
    }

    @Test
    void anEmptyDirectoryIsNamed() {
        assertFails(dir, dir + ": directory holds no .jfr files");
    }

    @Test
    void aFileCutInsideItsOnlyChunkCannotBeRecovered() throws Exception {
        byte[] whole = Files.readAllBytes(oneChunk("whole.jfr", 3));
        Path cut = Files.write(dir.resolve("cut.jfr"), Arrays.copyOf(whole, whole.length / 2));
        assertFails(cut, cut + ": truncated inside its first chunk, nothing can be read");
    }

    @Test
    void aMultiChunkFileCutInItsLastChunkIsAnalysedFromItsCompleteChunks() throws Exception {
        // chunks are self-contained, so two recordings of this JVM concatenated are one two-chunk file
        byte[] first = Files.readAllBytes(oneChunk("first.jfr", 3));
        byte[] second = Files.readAllBytes(oneChunk("second.jfr", 4));
        byte[] cut = Arrays.copyOf(first, first.length + second.length / 2);
        System.arraycopy(second, 0, cut, first.length, second.length / 2);
        Path truncated = Files.write(dir.resolve("truncated.jfr"), cut);

        Analysis analysis = Analyzer.analyze(List.of(truncated), AnalysisOptions.DEFAULTS, Progress.NONE);

        assertThat(analysis.recordings().get(0).truncated()).isTrue();
        assertThat(analysis.summary().suspected()).isEqualTo(3);
        assertThat(analysis.leaks()).allSatisfy(g -> assertThat(g.reason()).isEqualTo(Reason.HELD_AT_END));
        assertThat(analysis.warnings()).contains(new Warning.Truncated(truncated, Warning.Truncation.CUT, first.length, 1,
                first.length, cut.length));
    }

    private Path oneChunk(String name, int leaks) throws Exception {
        return InProcessRecording.record(dir.resolve(name), () -> {
            for (int i = 0; i < leaks; i++) {
                Leakscope.acquire("file", name + "-" + i);
            }
        });
    }

    private static void assertFails(Path input, String message) {
        assertThatThrownBy(() -> Analyzer.analyze(List.of(input), AnalysisOptions.DEFAULTS, Progress.NONE))
                .isInstanceOf(AnalysisException.class).hasMessage(message);
    }
}
