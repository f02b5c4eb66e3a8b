package leakscope.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import leakscope.analyzer.AnalysisOptions;
import leakscope.analyzer.Analyzer;
import leakscope.analyzer.Progress;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.SessionLeak;
import leakscope.junit.samples.ExtendWithSamples;
import leakscope.junit.samples.LeakingSamples;
import leakscope.junit.samples.ParallelSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

class LeakCheckExtensionTest {
    @TempDir
    Path dir;

    /** test display name → "passed" or the failure message */
    private static Map<String, String> outcomes(EngineExecutionResults results) {
        Map<String, String> outcomes = new TreeMap<>();
        for (Event finished : results.testEvents().finished().list()) {
            TestExecutionResult result = finished.getRequiredPayload(TestExecutionResult.class);
            outcomes.put(finished.getTestDescriptor().getDisplayName(), result.getStatus() == TestExecutionResult.Status.SUCCESSFUL
                    ? "passed" : result.getThrowable().map(Throwable::getMessage).orElse("failed"));
        }
        return outcomes;
    }

    @Test
    void failsExactlyTheTestsThatLeakedWithSiteKindDescriptionAndStack() {
        Map<String, String> outcomes = outcomes(EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(LeakingSamples.class)).execute());

        assertThat(outcomes).containsEntry("closesItsFile()", "passed")
                .containsEntry("isNotBlamedForAStrayThreadWithoutItsSession()", "passed")
                .containsEntry("closesAsynchronouslyWithinItsGrace()", "passed")
                .containsEntry("leaksOneAllowedTimer()", "passed")
                .hasSize(7);
        assertThat(outcomes.get("leaksAFile()")).startsWith("leaksAFile() leaked 1 handle(s):\n"
                + "  - file \"report.csv\" at leakscope.junit.samples.LeakingSamples.leaksAFile(LeakingSamples.java:23) "
                + "(handle ").contains("thread main)\n      at leakscope.recorder.Leakscope.acquire(Leakscope.java:")
                .endsWith("      at leakscope.junit.samples.LeakingSamples.open(LeakingSamples.java:18)\n"
                        + "      at leakscope.junit.samples.LeakingSamples.leaksAFile(LeakingSamples.java:23)");
        assertThat(outcomes.get("leaksOnAWorkerItHandedItsSessionTo()"))
                .startsWith("leaksOnAWorkerItHandedItsSessionTo() leaked 1 handle(s):\n  - socket \"worker socket\" at "
                        + "leakscope.junit.samples.LeakingSamples.lambda$leaksOnAWorkerItHandedItsSessionTo$0(LeakingSamples.java:34)");
        assertThat(outcomes.get("leaksOneTimerMoreThanAllowed()"))
                .startsWith("leaksOneTimerMoreThanAllowed() leaked 1 handle(s) beyond the 1 allowed:\n  - timer \"heartbeat 1\"");
    }

    @Test
    void registeredWithExtendWithAloneItChecksWithDefaultSettings() {
        Map<String, String> outcomes = outcomes(EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(ExtendWithSamples.class)).execute());
        assertThat(outcomes).containsEntry("closesASocket()", "passed").hasSize(2);
        assertThat(outcomes.get("leaksASocket()")).startsWith("leaksASocket() leaked 1 handle(s):\n  - socket \"forgotten\" at "
                + "leakscope.junit.samples.ExtendWithSamples.leaksASocket(ExtendWithSamples.java:13)");
    }

    @Test
    void parallelTestsAreNeverBlamedForEachOthersHandles() {
        for (int round = 0; round < 3; round++) {
            Map<String, String> outcomes = outcomes(EngineTestKit.engine("junit-jupiter")
                    .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                    .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                    .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
                    .selectors(selectClass(ParallelSamples.class)).execute());
            assertThat(outcomes).containsEntry("cleanA()", "passed").containsEntry("cleanC()", "passed").hasSize(4);
            assertThat(outcomes.get("leakyB()")).startsWith("leakyB() leaked 1 handle(s):\n  - file \"leakyB 25\" at ");
            assertThat(outcomes.get("leakyD()")).startsWith("leakyD() leaked 1 handle(s):\n  - file \"leakyD 25\" at ");
        }
    }

    @Test
    void theRunsRecordingIsKeptWithEachTestAsASession() throws Exception {
        Path kept = dir.resolve("leakscope/tests.jfr");
        EngineTestKit.engine("junit-jupiter").configurationParameter("leakscope.recording", kept.toString())
                .selectors(selectClass(LeakingSamples.class)).execute();
        assertThat(kept).exists();
        List<String> sessions = RecordingFile.readAllEvents(kept).stream()
                .filter(e -> e.getEventType().getName().equals("leakscope.SessionStart"))
                .map((RecordedEvent e) -> e.getString("name")).toList();
        assertThat(sessions).contains("leakscope.junit.samples.LeakingSamples.leaksAFile()",
                "leakscope.junit.samples.LeakingSamples.closesItsFile()").hasSize(7);
        assertThat(Files.size(kept)).isPositive();

        // the CLI's analysis of the kept recording puts each leak under the session of the test that leaked it
        Analysis analysis = Analyzer.analyze(List.of(kept), AnalysisOptions.DEFAULTS, Progress.NONE);
        assertThat(analysis.sessions().stoppedHolding()).extracting(SessionLeak::name, SessionLeak::handles)
                .containsExactlyInAnyOrder(
                        tuple("leakscope.junit.samples.LeakingSamples.leaksAFile()", 1L),
                        tuple("leakscope.junit.samples.LeakingSamples.leaksOnAWorkerItHandedItsSessionTo()", 1L),
                        tuple("leakscope.junit.samples.LeakingSamples.leaksOneAllowedTimer()", 1L),
                        tuple("leakscope.junit.samples.LeakingSamples.leaksOneTimerMoreThanAllowed()", 2L),
                        // closed 200 ms after its test ended: held at the stop, released later, so not a leak
                        tuple("leakscope.junit.samples.LeakingSamples.closesAsynchronouslyWithinItsGrace()", 1L));
        assertThat(analysis.leaks()).allSatisfy(g -> assertThat(g.reason().wireName()).isIn("session-stopped", "held-at-end"));
        assertThat(analysis.leaks()).filteredOn(g -> g.reason().wireName().equals("session-stopped"))
                .extracting(g -> g.kind() + " " + g.count()).containsExactlyInAnyOrder("file 1", "socket 1", "timer 1", "timer 2");
    }
}
