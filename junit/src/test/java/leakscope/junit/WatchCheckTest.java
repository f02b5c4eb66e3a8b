package leakscope.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import leakscope.junit.samples.WatchingParallelSamples;
import leakscope.junit.samples.WatchingSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

class WatchCheckTest {
    @TempDir
    Path dir;

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
    void failsTheTestsWhoseWatchedObjectsStayReachableWithThePathThatHoldsThem() throws Exception {
        Map<String, String> outcomes = outcomes(EngineTestKit.engine("junit-jupiter")
                .configurationParameter(LeakCheckExtension.HEAP_DUMPS_PARAMETER, dir.toString())
                .selectors(selectClass(WatchingSamples.class)).execute());
        assertThat(outcomes).containsEntry("dropsWhatItWatched()", "passed").containsEntry("watchesNothing()", "passed")
                .hasSize(4);
        assertThat(outcomes.get("leavesAClosureOverItsRequestInAStaticList()")).startsWith(
                "leavesAClosureOverItsRequestInAStaticList() left 1 watched object(s) reachable after a full collection:\n"
                + "  - leakscope.junit.samples.WatchingSamples$RequestState \"state of request\" watched at "
                + "leakscope.junit.samples.WatchingSamples.leavesAClosureOverItsRequestInAStaticList(WatchingSamples.java:26)")
                .contains("\n      GC root: ")
                .contains("\n      static leakscope.junit.samples.WatchingSamples.LISTENERS   <- likely cause\n"
                        + "      java.util.ArrayList[0]   <- likely cause\n")
                .contains(".arg$1   <- likely cause\n")
                .endsWith("\n      leakscope.junit.samples.WatchingSamples$RequestState");
        assertThat(outcomes.get("keepsAStoppedSession()")).startsWith(
                "keepsAStoppedSession() left 1 watched object(s) reachable after a full collection:\n"
                + "  - leakscope.recorder.Session \"job\" watched at "
                + "leakscope.junit.samples.WatchingSamples.keepsAStoppedSession(WatchingSamples.java:32)")
                .contains("static leakscope.junit.samples.WatchingSamples.STOPPED   <- likely cause")
                .endsWith("\n      leakscope.recorder.Session");
        try (Stream<Path> kept = Files.list(dir)) {
            assertThat(kept.filter(p -> p.toString().endsWith(".hprof"))).as("one dump per failing test, kept as asked")
                    .hasSize(2);
        }
    }

    @Test
    void aTestThatWatchedNothingForcesNoCollection() {
        long before = fullCollections();
        Map<String, String> outcomes = outcomes(EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(WatchingSamples.class, "watchesNothing")).execute());
        assertThat(outcomes).containsEntry("watchesNothing()", "passed");
        assertThat(fullCollections()).isEqualTo(before);
    }

    @Test
    void parallelTestsAreNeverBlamedForEachOthersObjects() {
        Map<String, String> outcomes = outcomes(EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
                .selectors(selectClass(WatchingParallelSamples.class)).execute());
        assertThat(outcomes).containsEntry("dropsA()", "passed").containsEntry("dropsC()", "passed")
                .containsEntry("dropsD()", "passed").hasSize(4);
        assertThat(outcomes.get("keepsB()")).startsWith("keepsB() left 1 watched object(s) reachable after a full "
                + "collection:\n  - java.lang.StringBuilder \"keepsB 10\" watched at ")
                .contains("static leakscope.junit.samples.WatchingParallelSamples.KEPT   <- likely cause");
    }

    /** Old-generation (full) collections so far: what System.gc() runs. */
    private static long fullCollections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().filter(b -> !b.getName().contains("Young"))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }
}
