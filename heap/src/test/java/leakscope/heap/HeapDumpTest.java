package leakscope.heap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import leakscope.analyzer.AnalysisException;
import leakscope.analyzer.model.ReferencePath;
import leakscope.heap.fixtures.FaqRun;
import org.junit.jupiter.api.Test;

class HeapDumpTest {

    @Test
    void findsEveryWatchedObjectTheDumpHoldsAndTheStrongPathToIt() throws Exception {
        try (HeapDump heap = HeapDump.open(FaqRun.get().dump())) {
            Map<Long, WatchedObject> watched = heap.watchedObjects();
            assertThat(watched).as("4 closures' states, 3 stored sessions, 2 peer states, 1 kept stream").hasSize(10);
            assertThat(heap.pid()).isPresent();
            Map<Long, ReferencePath> paths = heap.pathsTo(new ArrayList<>(watched.values()),
                    watched.values().stream().map(WatchedObject::objectId).collect(Collectors.toSet()), true);
            List<String> chains = paths.values().stream().map(HeapDumpTest::chain).sorted().collect(Collectors.toList());
            // the second peer state is held through the first, itself watched: it gets no path of its own
            assertThat(chains).hasSize(9);
            assertThat(chains).filteredOn(c -> c.contains("static leakscope.heap.fixtures.FaqProgram.LISTENERS > "
                    + "*java.util.ArrayList[") && c.contains(".arg$1 > leakscope.heap.fixtures.FaqProgram$RequestState"))
                    .hasSize(4);
            assertThat(chains).filteredOn(c -> c.contains("*static leakscope.heap.fixtures.FaqProgram.JOBS > *java.util.HashMap[")
                    && c.endsWith("leakscope.recorder.Session")).hasSize(3);
            assertThat(chains).filteredOn(c -> c.endsWith("*static leakscope.heap.fixtures.FaqProgram.REGISTRY > "
                    + "*leakscope.heap.fixtures.FaqProgram$Registry.entries > *java.util.ArrayList[0] > "
                    + "leakscope.heap.fixtures.FaqProgram$PeerState")).hasSize(1);
            assertThat(chains).filteredOn(c -> c.endsWith("*static leakscope.heap.fixtures.FaqProgram.ARCHIVE > "
                    + "*leakscope.heap.fixtures.FaqProgram$Archive.lastInput > java.io.ByteArrayInputStream")).hasSize(1);
            assertThat(paths.values()).allMatch(p -> p.steps().get(0).step().startsWith("GC root: ") && p.retainedBytes() > 0);
        }
    }

    @Test
    void aFileThatIsNoHeapDumpIsOneLineNamingIt(@org.junit.jupiter.api.io.TempDir Path directory) throws Exception {
        Path text = Files.writeString(directory.resolve("notes.hprof"), "hello, this is not a heap dump\n".repeat(10));
        assertThatThrownBy(() -> HeapDump.open(text)).isInstanceOf(AnalysisException.class)
                .hasMessage(text + ": not a heap dump (no 'JAVA PROFILE' hprof header)");
        Path empty = Files.createFile(directory.resolve("empty.hprof"));
        assertThatThrownBy(() -> HeapDump.open(empty)).hasMessage(empty + ": file is empty");
    }

    @Test
    void aTruncatedHeapDumpIsDamaged(@org.junit.jupiter.api.io.TempDir Path directory) throws Exception {
        Path half = directory.resolve("half.hprof");
        copyPrefix(FaqRun.get().dump(), half, Files.size(FaqRun.get().dump()) / 2);
        assertThatThrownBy(() -> {
            try (HeapDump heap = HeapDump.open(half)) {
                heap.watchedObjects();
            }
        }).isInstanceOf(AnalysisException.class).hasMessageStartingWith(half + ": damaged heap dump (")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    static String chain(ReferencePath path) {
        return path.steps().stream().map(s -> (s.isLikelyCause() ? "*" : "") + s.step()).collect(Collectors.joining(" > "));
    }

    private static void copyPrefix(Path from, Path to, long bytes) throws IOException {
        try (InputStream in = Files.newInputStream(from); OutputStream out = Files.newOutputStream(to)) {
            out.write(in.readNBytes((int) bytes));
        }
    }
}
