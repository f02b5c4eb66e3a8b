package leakscope.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import leakscope.analyzer.fixtures.ChildJvm;
import leakscope.analyzer.fixtures.LeakyProgram;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.RecordingSummary;
import leakscope.analyzer.model.Series;
import leakscope.analyzer.model.SessionLeak;
import leakscope.analyzer.model.Trend;
import leakscope.analyzer.model.Warning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ground truth of {@link LeakyProgram}, recorded in a child JVM with the JFR flags, read back exactly. */
class LeakyProgramAnalysisTest {
    @TempDir
    static Path dir;
    static Analysis analysis;

    @BeforeAll
    static void recordAndAnalyze() throws Exception {
        Path recording = ChildJvm.record(dir, "leaky", LeakyProgram.class);
        analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);
    }

    @Test
    void groupsEveryLeakByVerdictReasonKindAndTheCallerOfTheHelper() {
        assertThat(analysis.leaks()).extracting(g -> g.verdict().wireName() + " " + g.reason().wireName() + " "
                        + g.kind() + " " + g.site().text() + " x" + g.count())
                .containsExactly(
                        "leaked open-at-exit file leakscope.analyzer.fixtures.LeakyProgram.openConfig(LeakyProgram.java:56) x3",
                        "leaked session-stopped socket leakscope.analyzer.fixtures.LeakyProgram.handleRequest(LeakyProgram.java:70) x2",
                        "leaked open-at-exit file leakscope.analyzer.fixtures.LeakyProgram.openLog(LeakyProgram.java:60) x2",
                        "leaked reclaimed listener leakscope.analyzer.fixtures.LeakyProgram.dropListener(LeakyProgram.java:83) x1",
                        "leaked open-at-exit timer leakscope.analyzer.fixtures.LeakyProgram.runBackground(LeakyProgram.java:88) x1");
        assertThat(analysis.summary().leaked()).isEqualTo(9);
        assertThat(analysis.summary().suspected()).isZero();
        assertThat(analysis.summary().handlesAcquired()).isEqualTo(3 + 2 + 4 + 4 + 1 + 1);
        assertThat(analysis.summary().handlesReleased()).isEqualTo(4 + 1 + 1);
    }

    @Test
    void keepsTheFullStackAndTheFirstHandlesOfEachGroup() {
        LeakGroup config = analysis.leaks().get(0);
        assertThat(config.stackTrace()).first().asString().startsWith("leakscope.recorder.");
        assertThat(config.stackTrace()).contains(
                "leakscope.analyzer.fixtures.LeakyProgram.openFile(LeakyProgram.java:52)",
                "leakscope.analyzer.fixtures.LeakyProgram.openConfig(LeakyProgram.java:56)");
        assertThat(config.handles()).extracting(h -> h.description()).containsExactly("app-0.conf", "app-1.conf", "app-2.conf");
        assertThat(config.handles()).allSatisfy(h -> {
            assertThat(h.thread()).isEqualTo("main");
            assertThat(h.sessionId()).isZero();
            assertThat(h.heldMillis()).isPositive();
        });
        assertThat(analysis.leaks().get(1).handles()).extracting(h -> h.description())
                .containsExactly("10.0.0.1:5432 for request-1", "10.0.0.1:5432 for request-2");
    }

    @Test
    void listsSessionsThatStoppedHoldingAndThatNeverStopped() {
        assertThat(analysis.sessions().started()).isEqualTo(5);
        assertThat(analysis.sessions().stopped()).isEqualTo(4);
        assertThat(analysis.sessions().stoppedHolding()).extracting(SessionLeak::name, SessionLeak::handles)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("request-1", 1L),
                        org.assertj.core.groups.Tuple.tuple("request-2", 1L),
                        org.assertj.core.groups.Tuple.tuple("request-4", 1L));
        assertThat(analysis.sessions().neverStopped()).extracting(SessionLeak::name, SessionLeak::handles)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("background", 1L));
    }

    @Test
    void describesTheRecordingAndFindsNoAnomalies() {
        RecordingSummary recording = analysis.recordings().get(0);
        assertThat(recording.endedAtExit()).isTrue();
        assertThat(recording.truncated()).isFalse();
        assertThat(recording.dataLossBytes()).isZero();
        assertThat(recording.jvm()).isPresent();
        // the last 8: each of the 4 stopped sessions watched, and reclaimed after the program's System.gc()
        assertThat(recording.events()).isEqualTo(15 + 6 + 1 + 5 + 4 + 80 + 8);
        assertThat(analysis.anomalies().doubleReleases()).isZero();
        assertThat(analysis.anomalies().unmatchedReleases()).isZero();
        // recorded from the JVM's start (-XX:StartFlightRecording): however busy the machine, never a late start
        assertThat(analysis.warnings()).isEmpty();
    }

    @Test
    void judgesTheGaugesAndTheDerivedSeries() {
        assertThat(analysis.growth()).extracting(Series::name, Series::trend).contains(
                org.assertj.core.groups.Tuple.tuple("cache.size", Trend.GROWING),
                org.assertj.core.groups.Tuple.tuple("queue.length", Trend.BOUNDED));
        Series cache = analysis.growth().stream().filter(s -> s.name().equals("cache.size")).findFirst().orElseThrow();
        assertThat(cache.samples()).hasSize(40);
        assertThat(cache.first()).isEqualTo(100);
        assertThat(cache.last()).isEqualTo(490);
        assertThat(analysis.growth()).extracting(Series::name)
                .contains("open handles: file", "open handles: socket", "live sessions");
    }
}
