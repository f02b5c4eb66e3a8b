package leakscope.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import leakscope.analyzer.fixtures.ChildJvm;
import leakscope.analyzer.fixtures.CleanProgram;
import leakscope.analyzer.fixtures.LeakyProgram;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.RecordingSummary;
import leakscope.analyzer.model.Warning;
import leakscope.recorder.InProcessRecording;
import leakscope.recorder.Leakscope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same chunks twice are read once; several recordings in one file are read each on its own. */
class RepeatedAndConcatenatedTest {
    @TempDir
    static Path seeds;
    static Path leaky;
    static Path clean;
    static Path twoChunks;

    @TempDir
    Path dir;

    @BeforeAll
    static void record() throws Exception {
        leaky = ChildJvm.record(seeds, "leaky", LeakyProgram.class);
        clean = ChildJvm.record(seeds, "clean", CleanProgram.class);
        // two recordings of this JVM, one after the other: one two-chunk recording
        byte[] first = Files.readAllBytes(live(seeds.resolve("first.jfr"), 3));
        byte[] second = Files.readAllBytes(live(seeds.resolve("second.jfr"), 4));
        twoChunks = Files.write(seeds.resolve("two-chunks.jfr"), concat(first, second));
    }

    @Test
    void aByteIdenticalCopyUnderAnotherNameIsReadOnce() throws Exception {
        Path copy = Files.copy(leaky, dir.resolve("copy-of-leaky.jfr"));

        Analysis both = analyze(leaky, copy);

        assertSameCounts(both, analyze(leaky));
        assertThat(both.recordings()).extracting(RecordingSummary::path).containsExactly(leaky);
        assertThat(both.warnings()).contains(new Warning.DuplicateChunks(copy, 1, 1, leaky));
    }

    @Test
    void aRecordingConcatenatedWithItselfIsReadOnce() throws Exception {
        byte[] bytes = Files.readAllBytes(leaky);
        Path twice = Files.write(dir.resolve("twice.jfr"), concat(bytes, bytes));

        Analysis analysis = analyze(twice);

        assertSameCounts(analysis, analyze(leaky));
        assertThat(analysis.warnings()).contains(new Warning.DuplicateChunks(twice, 1, 2, twice));
    }

    @Test
    void aChunkRepeatedInsideAMultiChunkFileIsReadOnce() throws Exception {
        byte[] bytes = Files.readAllBytes(twoChunks);
        int firstChunk = (int) ByteBuffer.wrap(bytes).getLong(8);
        Path repeated = Files.write(dir.resolve("repeated.jfr"), concat(Arrays.copyOf(bytes, firstChunk), bytes));

        Analysis analysis = analyze(repeated);

        assertThat(analysis.summary().suspected()).isEqualTo(7);
        assertSameCounts(analysis, analyze(twoChunks));
        assertThat(analysis.warnings()).anyMatch(w -> w instanceof Warning.DuplicateChunks d && d.file().equals(repeated)
                && d.duplicates() == 1 && d.chunks() == 3);
    }

    @Test
    void twoJvmsRecordingsConcatenatedAnalyseLikeTheTwoFiles() throws Exception {
        Path both = Files.write(dir.resolve("both.jfr"), concat(Files.readAllBytes(leaky), Files.readAllBytes(clean)));

        Analysis concatenated = analyze(both);
        Analysis separate = analyze(leaky, clean);

        assertSameCounts(concatenated, separate);
        assertThat(concatenated.summary().leaked()).isEqualTo(9);
        assertThat(concatenated.recordings()).hasSize(2);
        assertThat(concatenated.recordings()).extracting(r -> r.jvm().orElseThrow())
                .containsExactlyElementsOf(separate.recordings().stream().map(r -> r.jvm().orElseThrow()).toList());
        assertThat(concatenated.warnings()).contains(new Warning.ConcatenatedRecordings(both, 2));
    }

    private static void assertSameCounts(Analysis actual, Analysis expected) {
        assertThat(actual.summary()).isEqualTo(expected.summary());
        assertThat(actual.leaks()).isEqualTo(expected.leaks());
        assertThat(actual.anomalies()).isEqualTo(expected.anomalies());
        assertThat(actual.sessions()).isEqualTo(expected.sessions());
    }

    private static Path live(Path file, int leaks) throws Exception {
        return InProcessRecording.record(file, () -> {
            for (int i = 0; i < leaks; i++) {
                Leakscope.acquire("file", file.getFileName() + "-" + i);
            }
        });
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static Analysis analyze(Path... inputs) throws AnalysisException {
        return Analyzer.analyze(List.of(inputs), AnalysisOptions.DEFAULTS, Progress.NONE);
    }
}
