package leakscope.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import leakscope.analyzer.fixtures.ChildJvm;
import leakscope.analyzer.fixtures.ChurnProgram;
import leakscope.analyzer.fixtures.FloodProgram;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.Warning;
import leakscope.recorder.InProcessRecording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutOfOrderAndLossTest {
    @TempDir
    Path dir;

    @Test
    void releasesReadBeforeTheirAcquiresStillPairAndACleanConcurrentRunReportsNothing() throws Exception {
        Path recording = InProcessRecording.record(dir.resolve("churn.jfr"), () -> ChurnProgram.run(8, 25_000));
        assertThat(releasesBeforeAcquiresInFileOrder(recording)).as("the file really is out of order").isPositive();

        Analysis analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);

        assertThat(analysis.summary().handlesAcquired()).isEqualTo(200_000);
        assertThat(analysis.summary().handlesReleased()).isEqualTo(200_000);
        assertThat(analysis.leaks()).isEmpty();
        assertThat(analysis.anomalies().doubleReleases()).isZero();
        assertThat(analysis.anomalies().unmatchedReleases()).isZero();
        assertThat(analysis.isClean()).isTrue();
    }

    @Test
    void withDataLossUnreleasedHandlesAreOnlySuspectedAndTheLossIsReported() throws Exception {
        Path recording = null;
        for (int pairs = 400_000; recording == null && pairs <= 1_600_000; pairs *= 2) {
            Path attempt = ChildJvm.record(Path.of(System.getProperty("java.home")), dir, "flood-" + pairs,
                    List.of("-XX:FlightRecorderOptions:memorysize=1m,globalbuffersize=64k,numglobalbuffers=16"),
                    FloodProgram.class, "2", String.valueOf(pairs));
            recording = hasDataLoss(attempt) ? attempt : null;
        }
        assertThat(recording).as("small JFR buffers lose events under a flood").isNotNull();

        Analysis analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);

        assertThat(analysis.recordings().get(0).dataLossBytes()).isPositive();
        assertThat(analysis.summary().leaked()).isZero();
        assertThat(analysis.summary().suspected())
                .isEqualTo(analysis.summary().handlesAcquired() - analysis.summary().handlesReleased())
                .isGreaterThanOrEqualTo(5);
        assertThat(analysis.leaks()).allSatisfy(g -> assertThat(g.reason()).isEqualTo(Reason.DATA_LOSS));
        assertThat(analysis.warnings()).contains(
                new Warning.DataLost(analysis.recordings().get(0).path(), analysis.recordings().get(0).dataLossBytes()));
    }

    private static boolean hasDataLoss(Path recording) throws Exception {
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                if (file.readEvent().getEventType().getName().equals("jdk.DataLoss")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long releasesBeforeAcquiresInFileOrder(Path recording) throws Exception {
        Set<Long> acquired = new HashSet<>();
        long early = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String name = event.getEventType().getName();
                if (name.equals("leakscope.ResourceAcquire")) {
                    acquired.add(event.getLong("handleId"));
                } else if (name.equals("leakscope.ResourceRelease") && !acquired.contains(event.getLong("handleId"))) {
                    early++;
                }
            }
        }
        return early;
    }
}
