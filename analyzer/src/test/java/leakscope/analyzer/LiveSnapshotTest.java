package leakscope.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import leakscope.analyzer.fixtures.LateStartProgram;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Warning;
import leakscope.recorder.Handle;
import leakscope.recorder.InProcessRecording;
import leakscope.recorder.Leakscope;
import leakscope.recorder.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording dumped from a running JVM: what is still held is only suspected. */
class LiveSnapshotTest {
    @TempDir
    Path dir;

    @Test
    void handlesStillHeldInALiveJvmAreSuspectedHeldAtEnd() throws Exception {
        Path recording = InProcessRecording.record(dir.resolve("live.jfr"), () -> {
            for (int i = 0; i < 2; i++) {
                Leakscope.acquire("socket", "still open " + i); // one site, two handles
            }
            Leakscope.acquire("socket", "closed").close();
        });
        Analysis analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);
        assertThat(analysis.leaks()).extracting(g -> g.verdict().wireName() + " " + g.reason().wireName() + " x" + g.count())
                .containsExactly("suspected held-at-end x2");
        assertThat(analysis.summary().suspected()).isEqualTo(2);
        assertThat(analysis.summary().leaked()).isZero();
        assertThat(analysis.recordings().get(0).endedAtExit()).isFalse();
    }

    @Test
    void aSessionStoppedHoldingIsLeakedEvenInALiveJvm() throws Exception {
        Session[] stopped = new Session[1]; // kept past the recording: its watch is certainly never reclaimed
        Path recording = InProcessRecording.record(dir.resolve("session.jfr"), () -> {
            Handle kept;
            try (Session session = Leakscope.startSession("job \"nightly\"")) {
                stopped[0] = session;
                kept = Leakscope.acquire("file", "report.csv");
            }
            kept.hashCode();
        });
        assertThat(stopped[0].isStopped()).isTrue();
        Analysis analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);
        // the stopped session is watched, and this recording holds no old-generation collection
        assertThat(analysis.leaks()).extracting(g -> g.verdict().wireName() + " " + g.reason().wireName() + " x" + g.count())
                .containsExactly("leaked session-stopped x1", "suspected not-collected-yet x1");
        assertThat(analysis.sessions().stoppedHolding()).extracting(s -> s.name() + ":" + s.handles())
                .containsExactly("job \"nightly\":1");
    }

    @Test
    void aRecordingThatStartsLateExplainsItsUnmatchedReleases() throws Exception {
        Path recording = dir.resolve("late.jfr");
        Process late = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LateStartProgram.class.getName(), recording.toString())
                .inheritIO().start();
        assertThat(late.waitFor()).isZero();
        Analysis analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);
        assertThat(analysis.anomalies().unmatchedReleases()).isEqualTo(3);
        assertThat(analysis.summary().handlesReleased()).isEqualTo(2);
        assertThat(analysis.leaks()).isEmpty();
        assertThat(analysis.warnings()).singleElement().isInstanceOfSatisfying(Warning.LateStart.class, warning -> {
            assertThat(warning.file()).isEqualTo(recording);
            assertThat(warning.lateNanos()).isGreaterThan(InputWarnings.LATE_START_NANOS);
        });
    }

    @Test
    void aRecordingWithoutJvmInformationIsItsOwnTimelineWithAWarning() throws Exception {
        Path recording = dir.resolve("bare.jfr");
        try (jdk.jfr.Recording bare = new jdk.jfr.Recording()) {
            bare.enable("leakscope.ResourceAcquire");
            bare.start();
            Leakscope.acquire("file", "x");
            bare.stop();
            bare.dump(recording);
        }
        Analysis analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);
        assertThat(analysis.recordings().get(0).jvm()).isEmpty();
        assertThat(analysis.warnings()).containsExactly(new Warning.NoJvmIdentity(recording));
        assertThat(analysis.summary().suspected()).isEqualTo(1);
    }
}
