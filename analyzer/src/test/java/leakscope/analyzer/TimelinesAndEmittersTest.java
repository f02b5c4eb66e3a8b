package leakscope.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import leakscope.analyzer.fixtures.ChildJvm;
import leakscope.analyzer.fixtures.LeakyProgram;
import leakscope.analyzer.fixtures.ThirdPartyProgram;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelinesAndEmittersTest {
    @TempDir
    Path dir;

    @Test
    void aThirdPartyEmitterWithItsOwnClassesAnalysesLikeTheRecorder() throws Exception {
        Path recording = ChildJvm.record(dir, "third-party", ThirdPartyProgram.class);
        Analysis analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);
        assertThat(analysis.leaks()).extracting(g -> g.reason().wireName() + " " + g.kind() + " " + g.site().text() + " x" + g.count())
                .containsExactly(
                        "open-at-exit pipe leakscope.analyzer.fixtures.ThirdPartyProgram.siteX(ThirdPartyProgram.java:45) x1",
                        "open-at-exit pipe leakscope.analyzer.fixtures.ThirdPartyProgram.siteY(ThirdPartyProgram.java:49) x1");
        assertThat(analysis.summary().handlesAcquired()).isEqualTo(4);
        assertThat(analysis.summary().handlesReleased()).isEqualTo(2);
        assertThat(analysis.anomalies().doubleReleases()).isEqualTo(1);
        assertThat(analysis.anomalies().unmatchedReleases()).isEqualTo(1);
    }

    @Test
    void twoJvmsInOneCommandAreNeverPairedTogether() throws Exception {
        // both runs hand out ids from 1: pairing across them would release the other's handles
        Path first = ChildJvm.record(dir, "first", LeakyProgram.class);
        Path second = ChildJvm.record(dir, "second", ThirdPartyProgram.class);
        Analysis analysis = Analyzer.analyze(List.of(first, second), AnalysisOptions.DEFAULTS, Progress.NONE);
        assertThat(analysis.recordings()).hasSize(2);
        assertThat(analysis.recordings().get(0).jvm()).isNotEqualTo(analysis.recordings().get(1).jvm());
        assertThat(analysis.summary().leaked()).isEqualTo(9 + 2);
        assertThat(analysis.anomalies().doubleReleases()).isEqualTo(1);
        assertThat(analysis.anomalies().unmatchedReleases()).isEqualTo(1);
        assertThat(analysis.leaks()).filteredOn(g -> g.kind().equals("pipe")).allSatisfy(g -> assertThat(g.recording()).isEqualTo(1));
        assertThat(analysis.leaks()).filteredOn(g -> g.kind().equals("file")).allSatisfy(g -> assertThat(g.recording()).isZero());
        assertThat(analysis.growth()).extracting(s -> s.name()).anyMatch(n -> n.startsWith("cache.size (pid "));
    }

    @Test
    void aDirectoryOfRecordingsIsReadAsItsJfrFiles() throws Exception {
        Path runs = Files.createDirectory(dir.resolve("runs"));
        ChildJvm.record(runs, "only", ThirdPartyProgram.class);
        Files.writeString(runs.resolve("notes.txt"), "not a recording");
        Analysis analysis = Analyzer.analyze(List.of(runs), AnalysisOptions.DEFAULTS, Progress.NONE);
        assertThat(analysis.recordings()).extracting(r -> r.path().getFileName().toString()).containsExactly("only.jfr");
        assertThat(analysis.summary().leaked()).isEqualTo(2);
    }

    @Test
    void aFileNamedTwiceIsReadOnce() throws Exception {
        Path runs = Files.createDirectory(dir.resolve("twice"));
        Path recording = ChildJvm.record(runs, "only", ThirdPartyProgram.class);
        Analysis analysis = Analyzer.analyze(List.of(recording, runs, recording.getParent().resolve("./only.jfr")),
                AnalysisOptions.DEFAULTS, Progress.NONE);
        assertThat(analysis.recordings()).hasSize(1);
        assertThat(analysis.anomalies().doubleReleases()).isEqualTo(1);
        assertThat(analysis.summary().leaked()).isEqualTo(2);
    }

    @Test
    void aJdk25RecordingAnalysesLikeAJdk17One() throws Exception {
        assumeTrue(Files.isExecutable(ChildJvm.JDK_25.resolve("bin/java")),
                "JDK 25 is not installed at " + ChildJvm.JDK_25 + ": its recordings are not tested here");
        Path recording = ChildJvm.record(ChildJvm.JDK_25, dir, "jdk25", List.of(), LeakyProgram.class);
        Analysis analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);
        assertThat(analysis.summary().leaked()).isEqualTo(9);
        assertThat(analysis.leaks()).extracting(g -> g.site().text() + " x" + g.count()).contains(
                "leakscope.analyzer.fixtures.LeakyProgram.openConfig(LeakyProgram.java:56) x3",
                "leakscope.analyzer.fixtures.LeakyProgram.openLog(LeakyProgram.java:60) x2");
        assertThat(analysis.sessions().stoppedHolding()).hasSize(3);
        assertThat(analysis.recordings().get(0).endedAtExit()).isTrue();
    }

    @Test
    void skipFramesMovesTheSiteToTheFirstFrameOutsideThosePackages() throws Exception {
        Path recording = ChildJvm.record(dir, "skip", ThirdPartyProgram.class);
        Analysis analysis = Analyzer.analyze(List.of(recording), new AnalysisOptions(List.of("leakscope.analyzer.fixtures"), 1),
                Progress.NONE);
        assertThat(analysis.leaks()).extracting(g -> g.site()).containsExactly(Site.NO_APPLICATION_FRAME);
        assertThat(analysis.leaks().get(0).count()).isEqualTo(2);
    }
}
