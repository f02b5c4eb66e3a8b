package leakscope.heap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import leakscope.analyzer.AnalysisException;
import leakscope.analyzer.Progress;
import leakscope.analyzer.Analyzer;
import leakscope.analyzer.AnalysisOptions;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.HandleSample;
import leakscope.analyzer.model.JvmIdentity;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.RecordingSummary;
import leakscope.analyzer.model.ReferencePath;
import leakscope.analyzer.model.Warning;

/**
 * Heap dumps next to recordings: {@code analyze app.jfr app.hprof} gives each still-reachable group the path
 * that holds one of its objects, taken from a dump of the same JVM.
 */
public final class HeapDumps {
    private static final String SUFFIX = ".hprof";

    private HeapDumps() {
    }

    /** The command line's inputs: recordings (files and directories) for the analyser, and heap dumps. */
    public record Inputs(List<Path> recordings, List<Path> heapDumps) {
        public Inputs {
            recordings = List.copyOf(recordings);
            heapDumps = List.copyOf(heapDumps);
        }
    }

    /** The recordings among (and in the directories of) {@code inputs} analysed, with the heap dumps' paths. */
    public static Analysis analyze(List<Path> inputs, AnalysisOptions options, Progress progress) throws AnalysisException {
        Inputs files = split(inputs);
        return withPaths(Analyzer.analyze(files.recordings(), options, progress), files.heapDumps());
    }

    /** {@code .hprof} files named, and those in directories named; everything else is the analyser's. */
    public static Inputs split(List<Path> inputs) throws AnalysisException {
        List<Path> recordings = new ArrayList<>();
        List<Path> dumps = new ArrayList<>();
        for (Path input : inputs) {
            if (input.getFileName() != null && input.getFileName().toString().endsWith(SUFFIX) && !Files.isDirectory(input)) {
                dumps.add(input);
                continue;
            }
            recordings.add(input);
            if (Files.isDirectory(input)) {
                try (Stream<Path> entries = Files.list(input)) {
                    entries.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p)).sorted()
                            .forEach(dumps::add);
                } catch (IOException e) {
                    throw new AnalysisException(input, "cannot list directory: " + e.getMessage());
                }
            }
        }
        if (recordings.isEmpty() && !dumps.isEmpty()) {
            throw new AnalysisException(dumps.get(0), "a heap dump is read with the recording of its JVM: give the .jfr too");
        }
        return new Inputs(recordings, dumps);
    }

    /**
     * The analysis with reference paths on its still-reachable groups, from those of {@code dumps} that the
     * same JVM wrote (a later dump's paths win); a dump of another JVM adds one warning and no path.
     *
     * @throws AnalysisException naming a dump that cannot be read
     */
    public static Analysis withPaths(Analysis analysis, List<Path> dumps) throws AnalysisException {
        if (dumps.isEmpty()) {
            return analysis;
        }
        List<LeakGroup> groups = new ArrayList<>(analysis.leaks());
        List<Warning> warnings = new ArrayList<>(analysis.warnings());
        for (Path file : dumps) {
            try (HeapDump dump = HeapDump.open(file)) {
                Set<Integer> sameJvm = recordingsOfJvm(analysis.recordings(), dump);
                if (sameJvm.isEmpty()) {
                    warnings.add(new Warning.HeapDumpOfAnotherJvm(file, dump.pid().orElse(0), dump.dumpedAt(),
                            analysis.recordings().stream().flatMap(r -> r.jvm().stream()).map(JvmIdentity::pid).distinct()
                                    .collect(Collectors.toList())));
                    continue;
                }
                addPaths(groups, sameJvm, dump);
            }
        }
        return new Analysis(analysis.recordings(), analysis.summary(), groups, analysis.lifetime(), analysis.sessions(), analysis.anomalies(),
                analysis.growth(), analysis.retained(), warnings);
    }

    private static void addPaths(List<LeakGroup> groups, Set<Integer> sameJvm, HeapDump dump) throws AnalysisException {
        Map<Long, WatchedObject> held = dump.watchedObjects();
        Map<Integer, List<WatchedObject>> wantedByGroup = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            LeakGroup group = groups.get(i);
            if (group.reason() == Reason.STILL_REACHABLE && sameJvm.contains(group.recording())) {
                List<WatchedObject> inDump = group.handles().stream().map(HandleSample::handleId).map(held::get)
                        .filter(o -> o != null).collect(Collectors.toList());
                wantedByGroup.put(i, inDump);
            }
        }
        List<WatchedObject> wanted = wantedByGroup.values().stream().flatMap(List::stream).collect(Collectors.toList());
        Set<Long> allHeld = held.values().stream().map(WatchedObject::objectId).collect(Collectors.toSet());
        Map<Long, ReferencePath> paths = dump.pathsTo(wanted, allHeld, true);
        wantedByGroup.forEach((index, objects) -> {
            Optional<ReferencePath> first = objects.stream().map(o -> paths.get(o.watchId())).filter(p -> p != null).findFirst();
            // retained by the group's sampled objects: a group's size in a dump is known only for those
            long retained = objects.stream().map(o -> paths.get(o.watchId())).filter(p -> p != null)
                    .mapToLong(ReferencePath::retainedBytes).sum();
            first.ifPresent(path -> groups.set(index, groups.get(index).withPath(new ReferencePath(path.steps(), retained))));
        });
    }

    /**
     * The recordings of the JVM that wrote the dump: same process id (when the dump shows it) and a dump
     * taken after that JVM started.
     */
    private static Set<Integer> recordingsOfJvm(List<RecordingSummary> recordings, HeapDump dump) {
        Set<Integer> same = new HashSet<>();
        for (int i = 0; i < recordings.size(); i++) {
            Optional<JvmIdentity> jvm = recordings.get(i).jvm();
            if (jvm.isPresent() && (dump.pid().isEmpty() || dump.pid().getAsLong() == jvm.get().pid())
                    && !dump.dumpedAt().isBefore(jvm.get().startTime())) {
                same.add(i);
            }
        }
        return same;
    }
}
