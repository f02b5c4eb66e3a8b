package leakscope.heap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import leakscope.analyzer.AnalysisException;
import leakscope.analyzer.AnalysisOptions;
import leakscope.analyzer.Analyzer;
import leakscope.analyzer.Progress;
import leakscope.analyzer.fixtures.ChildJvm;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.Warning;
import leakscope.heap.fixtures.FaqProgram;
import leakscope.heap.fixtures.FaqRun;
import leakscope.heap.fixtures.HealthyProgram;
import leakscope.heap.fixtures.ThirdPartyWatchProgram;
import leakscope.heap.fixtures.UncollectedProgram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FAQ's memory leaks and their healthy and unproven counterparts, through real recordings and dumps. */
class StillReachableScenariosTest {
    private static final String FAQ = "leakscope.heap.fixtures.FaqProgram";

    @TempDir
    static Path directory;

    static Analysis analyze(List<Path> inputs) throws AnalysisException {
        HeapDumps.Inputs files = HeapDumps.split(inputs);
        return HeapDumps.withPaths(Analyzer.analyze(files.recordings(), AnalysisOptions.DEFAULTS, Progress.NONE),
                files.heapDumps());
    }

    /** "type at site" → "reason count | path with likely causes starred". */
    static Map<String, String> groups(Analysis analysis) {
        Map<String, String> groups = new TreeMap<>();
        for (LeakGroup group : analysis.leaks()) {
            groups.put(group.kind() + " at " + group.site().text().replaceFirst("\\(.*", ""), group.reason().wireName() + " "
                    + group.count() + " | " + group.path().steps().stream().map(s -> (s.isLikelyCause() ? "*" : "")
                    + s.step()).collect(Collectors.joining(" > ")));
        }
        return groups;
    }

    @Test
    void eachFaqLeakIsStillReachableWithExactCountsAndTheHolderInItsPath() throws Exception {
        FaqRun run = FaqRun.get();
        Analysis analysis = analyze(List.of(run.recording(), run.dump()));
        Map<String, String> groups = groups(analysis);
        assertThat(groups).hasSize(4);
        assertThat(groups.get(FAQ + "$RequestState at " + FAQ + ".handleRequest"))
                .startsWith("still-reachable " + FaqProgram.CLOSURES + " | GC root: ")
                .contains("*static " + FAQ + ".LISTENERS > *java.util.ArrayList[0] > *" + FAQ + "$$Lambda")
                .endsWith(".arg$1 > " + FAQ + "$RequestState");
        assertThat(groups.get("leakscope.recorder.Session at " + FAQ + ".runJob"))
                .startsWith("still-reachable " + FaqProgram.STORED_SESSIONS + " | GC root: ")
                .contains("*static " + FAQ + ".JOBS > *java.util.HashMap[").endsWith(" > leakscope.recorder.Session");
        assertThat(groups.get(FAQ + "$PeerState at " + FAQ + ".pairUp"))
                .startsWith("still-reachable " + FaqProgram.PEER_STATES + " | GC root: ")
                .endsWith("*static " + FAQ + ".REGISTRY > *" + FAQ + "$Registry.entries > *java.util.ArrayList[0] > "
                        + FAQ + "$PeerState");
        assertThat(groups.get("java.io.ByteArrayInputStream at " + FAQ + ".readOnce"))
                .startsWith("still-reachable " + FaqProgram.KEPT_STREAMS + " | GC root: ")
                .endsWith("*static " + FAQ + ".ARCHIVE > *" + FAQ + "$Archive.lastInput > java.io.ByteArrayInputStream");
        assertThat(analysis.summary().leaked()).isEqualTo(10);
        assertThat(analysis.summary().suspected()).isZero();
        assertThat(analysis.leaks()).allMatch(g -> g.path().retainedBytes() > 0);
        assertThat(analysis.warnings()).noneMatch(w -> w instanceof Warning.HeapDumpOfAnotherJvm);
    }

    @Test
    void aDirectoryHoldingTheRecordingAndTheDumpGivesTheSamePaths() throws Exception {
        FaqRun run = FaqRun.get();
        assertThat(groups(analyze(List.of(run.recording().getParent()))))
                .isEqualTo(groups(analyze(List.of(run.recording(), run.dump()))));
    }

    @Test
    void withoutADumpTheGroupsAreTheSameWithoutPaths() throws Exception {
        Analysis analysis = analyze(List.of(FaqRun.get().recording()));
        assertThat(groups(analysis).values()).extracting(v -> v.replaceFirst(" \\|.*", "")).containsExactlyInAnyOrder(
                "still-reachable 4", "still-reachable 3", "still-reachable 2", "still-reachable 1");
        assertThat(analysis.leaks()).allMatch(g -> g.path().isEmpty());
    }

    @Test
    void aHealthyProgramThatStopsEverySessionAfterAForcedCollectionReportsNothing() throws Exception {
        Path recording = ChildJvm.record(directory, "healthy", HealthyProgram.class);
        Analysis analysis = analyze(List.of(recording));
        assertThat(analysis.leaks()).isEmpty();
        assertThat(analysis.isClean()).isTrue();
    }

    @Test
    void withNoOldCollectionAfterTheWatchesTheyAreNotCollectedYetNeverStillReachable() throws Exception {
        Path recording = ChildJvm.record(directory, "uncollected", UncollectedProgram.class);
        Map<String, String> groups = groups(analyze(List.of(recording)));
        assertThat(groups).containsExactly(Map.entry("java.lang.StringBuilder at leakscope.heap.fixtures.UncollectedProgram.main",
                "not-collected-yet " + UncollectedProgram.KEPT + " | "));
    }

    @Test
    void aThirdPartyEmitterWithItsOwnEventsAndReferenceClassGetsTheSameResults() throws Exception {
        Path dump = directory.resolve("third-party.hprof");
        Path recording = ChildJvm.record(Path.of(System.getProperty("java.home")), directory, "third-party", List.of(),
                ThirdPartyWatchProgram.class, dump.toString());
        Map<String, String> groups = groups(analyze(List.of(recording, dump)));
        String program = "leakscope.heap.fixtures.ThirdPartyWatchProgram";
        assertThat(groups).containsOnlyKeys(program + "$ConnectionHandler at " + program + ".closeConnection");
        assertThat(groups.values().iterator().next()).startsWith("still-reachable " + ThirdPartyWatchProgram.KEPT + " | ")
                .endsWith("*static " + program + ".HANDLERS > *java.util.ArrayList[0] > " + program + "$ConnectionHandler");
    }

    @Test
    void aDumpOfAnotherJvmGivesOneWarningAndNoPaths() throws Exception {
        Path recording = ChildJvm.record(directory, "other", UncollectedProgram.class);
        Analysis analysis = analyze(List.of(recording, FaqRun.get().dump()));
        // a loaded machine may add a late-start warning about the recording: the dump's is the one asserted
        List<Warning> aboutTheDump = analysis.warnings().stream().filter(w -> w.file().equals(FaqRun.get().dump()))
                .collect(Collectors.toList());
        assertThat(aboutTheDump).hasSize(1);
        Warning.HeapDumpOfAnotherJvm warning = (Warning.HeapDumpOfAnotherJvm) aboutTheDump.get(0);
        assertThat(warning.file()).isEqualTo(FaqRun.get().dump());
        assertThat(warning.dumpPid()).isPositive().isNotIn(warning.recordedPids());
        assertThat(warning.recordedPids()).hasSize(1);
        assertThat(analysis.leaks()).allMatch(g -> g.path().isEmpty());
    }

    @Test
    void aDamagedOrForeignHeapDumpIsOneLineNamingIt() throws Exception {
        Path foreign = Files.writeString(directory.resolve("app.hprof"), "PK\u0003\u0004 not a heap dump");
        assertThatThrownBy(() -> analyze(List.of(FaqRun.get().recording(), foreign))).isInstanceOf(AnalysisException.class)
                .hasMessage(foreign + ": not a heap dump (no 'JAVA PROFILE' hprof header)");
        assertThatThrownBy(() -> analyze(List.of(foreign))).isInstanceOf(AnalysisException.class)
                .hasMessage(foreign + ": a heap dump is read with the recording of its JVM: give the .jfr too");
    }
}
