package leakscope.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Recording;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Warning;
import leakscope.recorder.InProcessRecording;
import leakscope.recorder.Leakscope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file with no events beside files of the same JVM that have some (the newest chunk file of a killed JVM's
 * repository) is no news; alone, it is "nothing to analyse".
 */
class QuietFileTest {
    @TempDir
    Path dir;

    @Test
    void aQuietFileIsWarnedAboutOnlyWhenItsJvmsOtherFilesAreQuietToo() throws Exception {
        Path busy = InProcessRecording.record(dir.resolve("busy.jfr"), () -> Leakscope.acquire("file", "kept"));
        Path quiet = quietRecording(dir.resolve("quiet.jfr"));

        Analysis both = Analyzer.analyze(List.of(busy, quiet), AnalysisOptions.DEFAULTS, Progress.NONE);
        Analysis alone = Analyzer.analyze(List.of(quiet), AnalysisOptions.DEFAULTS, Progress.NONE);

        assertThat(both.recordings()).hasSize(2);
        assertThat(both.summary().handlesAcquired()).isEqualTo(1);
        assertThat(both.warnings()).noneMatch(w -> w instanceof Warning.NothingToAnalyse);
        assertThat(alone.warnings()).contains(new Warning.NothingToAnalyse(quiet));
    }

    /** A recording of this JVM with its identity and nothing else. */
    private static Path quietRecording(Path file) throws Exception {
        try (Recording recording = new Recording()) {
            recording.enable("jdk.JVMInformation").with("period", "beginChunk");
            recording.start();
            recording.stop();
            recording.dump(file);
        }
        return file;
    }
}
