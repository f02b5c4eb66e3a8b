package leakscope.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import jdk.jfr.consumer.RecordingFile;
import leakscope.analyzer.fixtures.AnalyzeAndPrint;
import leakscope.analyzer.fixtures.ChildJvm;
import leakscope.analyzer.fixtures.ChunkedWorkload;
import leakscope.analyzer.model.Analysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading chunks on several threads and folding the ledgers in order finds exactly what one thread finds. */
class ParallelReadingTest {
    @TempDir
    static Path dir;
    static Path recording;

    @BeforeAll
    static void recordManyChunks() throws Exception {
        recording = ChildJvm.record(Path.of(System.getProperty("java.home")), dir, "chunked",
                List.of("-XX:FlightRecorderOptions:memorysize=16M"), ChunkedWorkload.class, "20000");
    }

    @Test
    void everyThreadCountGivesTheSequentialAnalysis() throws Exception {
        Analysis sequential = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS.withThreads(1), Progress.NONE);
        assertThat(sequential.summary().handlesAcquired()).isEqualTo(4 * 20_000 * 3 + 4 * 40 + 1);
        assertThat(sequential.summary().leaked()).isEqualTo(4 * 40);
        assertThat(sequential.sessions().stoppedHolding()).hasSize(4 * 20_000);
        assertThat(sequential.anomalies().doubleReleases() + sequential.anomalies().unmatchedReleases()).isZero();
        String expected = AnalyzeAndPrint.describe(sequential);
        for (int threads : new int[] {2, 3, 8, 32}) {
            Analysis parallel = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS.withThreads(threads),
                    Progress.NONE);
            assertThat(AnalyzeAndPrint.describe(parallel)).as(threads + " threads").isEqualTo(expected);
            assertThat(parallel.recordings()).isEqualTo(sequential.recordings());
        }
    }

    @Test
    void theRecordingReallyHasManyChunks() throws Exception {
        try (RecordingFile file = new RecordingFile(recording)) {
            assertThat(file.hasMoreEvents()).isTrue();
        }
        assertThat(RecordingInputs.chunks(recording)).isGreaterThanOrEqualTo(10);
    }
}
