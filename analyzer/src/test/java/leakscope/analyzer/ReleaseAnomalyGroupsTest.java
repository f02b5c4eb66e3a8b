package leakscope.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import leakscope.analyzer.event.EventNames;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.AnomalyGroup;
import leakscope.analyzer.model.SessionLeak;
import leakscope.analyzer.model.Site;
import leakscope.recorder.Handle;
import leakscope.recorder.InProcessRecording;
import leakscope.recorder.Leakscope;
import leakscope.recorder.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Double and unmatched releases are grouped by kind and sites (the acquire's, and the release's when the release
 * carried a stack), and sessions that stopped holding handles say where they stopped.
 */
class ReleaseAnomalyGroupsTest {
    private static final String HERE = ReleaseAnomalyGroupsTest.class.getName();

    @TempDir
    Path dir;

    /** A release as a third-party emitter sends it, with its stack. */
    @Name(EventNames.RELEASE)
    @StackTrace(true)
    static final class ReleaseWithStack extends Event {
        String kind;
        long handleId;
    }

    /** A release as the contract defines it: no stack. */
    @Name(EventNames.RELEASE)
    @StackTrace(false)
    static final class ReleaseWithoutStack extends Event {
        String kind;
        long handleId;
    }

    @Test
    void doubleAndUnmatchedReleasesAreGroupedByKindAndSites() throws Exception {
        Path recording = InProcessRecording.record(dir.resolve("anomalies.jfr"), () -> {
            List<Handle> owned = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                owned.add(ownerOpens());
            }
            for (Handle handle : owned) {
                handle.close(); // the recorder's release: no stack
                closesAgain(handle.id());
            }
            for (int i = 0; i < 2; i++) {
                ReleaseWithoutStack stray = new ReleaseWithoutStack();
                stray.kind = "socket";
                stray.handleId = (1L << 40) + i; // never acquired
                stray.commit();
            }
            releasesAStranger();
        });
        Analysis analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);

        assertThat(analysis.anomalies().doubleReleases()).isEqualTo(3);
        assertThat(analysis.anomalies().unmatchedReleases()).isEqualTo(3);
        assertThat(analysis.anomalies().groups()).extracting(ReleaseAnomalyGroupsTest::describe).containsExactly(
                "double-release file x3 acquired at ownerOpens released at closesAgain",
                "unmatched-release socket x2 acquired at - released at -",
                "unmatched-release pipe x1 acquired at - released at releasesAStranger");
        AnomalyGroup doubles = analysis.anomalies().groups().get(0);
        assertThat(doubles.releaseStack().lines()).anySatisfy(frame -> assertThat(frame).startsWith(HERE + ".closesAgain("));
        assertThat(analysis.anomalies().groups().get(1).releaseStack().frames()).isEmpty();
    }

    @Test
    void theRecordersReleasesCarryTheirStackWhenTheRecordingAsksForIt() throws Exception {
        Handle before = Leakscope.acquire("file", "opened before the recording");
        Path recording = InProcessRecording.record(dir.resolve("release-stacks.jfr"),
                settings -> settings.enable(EventNames.RELEASE).withStackTrace(), () -> closesLate(before));
        Analysis analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);

        assertThat(analysis.anomalies().unmatchedReleases()).isEqualTo(1);
        assertThat(analysis.anomalies().groups()).extracting(ReleaseAnomalyGroupsTest::describe)
                .containsExactly("unmatched-release file x1 acquired at - released at closesLate");
    }

    @Test
    void aSessionThatStoppedHoldingSaysWhereItStartedWhenItsStopHasNoStack() throws Exception {
        Path recording = InProcessRecording.record(dir.resolve("session.jfr"), this::requestKeepsASocket);
        Analysis analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);

        assertThat(analysis.sessions().stoppedHolding()).singleElement().satisfies(session -> {
            assertThat(session.name()).isEqualTo("GET /orders");
            assertThat(session.where()).map(SessionLeak.Where::atStop).contains(false);
            assertThat(session.where()).map(where -> where.site().method()).contains("requestKeepsASocket");
        });
    }

    @Test
    void aSessionThatStoppedHoldingSaysWhereItStoppedWhenItsStopHasAStack() throws Exception {
        Path recording = InProcessRecording.record(dir.resolve("session-stop.jfr"),
                settings -> settings.enable(EventNames.SESSION_STOP).withStackTrace(), this::requestKeepsASocket);
        Analysis analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);

        assertThat(analysis.sessions().stoppedHolding()).singleElement().satisfies(session -> {
            assertThat(session.where()).map(SessionLeak.Where::atStop).contains(true);
            assertThat(session.where()).map(where -> where.site().method()).contains("stopsTheRequest");
        });
    }

    private static String describe(AnomalyGroup group) {
        return group.type().wireName() + " " + group.kind() + " x" + group.count() + " acquired at " + method(group.acquireSite())
                + " released at " + method(group.releaseSite());
    }

    private static String method(Optional<Site> site) {
        return site.map(s -> {
            assertThat(s.className()).isEqualTo(HERE);
            return s.method();
        }).orElse("-");
    }

    private static Handle ownerOpens() {
        return Leakscope.acquire("file", "/tmp/owned");
    }

    private static void closesAgain(long id) {
        ReleaseWithStack again = new ReleaseWithStack();
        again.kind = "file";
        again.handleId = id;
        again.commit();
    }

    private static void releasesAStranger() {
        ReleaseWithStack stray = new ReleaseWithStack();
        stray.kind = "pipe";
        stray.handleId = 1L << 41;
        stray.commit();
    }

    private static void closesLate(Handle handle) {
        handle.close();
    }

    private void requestKeepsASocket() {
        Session request = Leakscope.startSession("GET /orders");
        Leakscope.acquire("socket", "db:5432");
        stopsTheRequest(request);
    }

    private static void stopsTheRequest(Session request) {
        request.close();
    }
}
