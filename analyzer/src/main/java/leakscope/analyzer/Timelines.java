package leakscope.analyzer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import leakscope.analyzer.model.JvmIdentity;
import leakscope.analyzer.read.RecordingInput;

/**
 * Recordings of the same JVM (process id and start time) form one timeline and are paired together;
 * different JVMs never are (CONTRACT.md §1).
 */
final class Timelines {
    private Timelines() {
    }

    /** Indexes of recordings grouped by JVM, each group in time order; unidentified files stand alone. */
    static List<List<Integer>> of(List<RecordingInput> inputs) {
        Map<Object, List<Integer>> byJvm = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            Optional<JvmIdentity> jvm = inputs.get(i).jvm();
            Object key = jvm.isPresent() ? jvm.get() : Integer.valueOf(i);
            byJvm.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> timelines = new ArrayList<>(byJvm.values());
        Comparator<Integer> byStart = Comparator.comparingLong(i -> inputs.get(i).startNanos());
        timelines.forEach(t -> t.sort(byStart));
        timelines.sort(Comparator.comparing(t -> t.get(0), byStart));
        return timelines;
    }

    /** How a timeline's series are told apart when there are several: its JVM's pid, or its file's name. */
    static String name(RecordingInput first) {
        return first.jvm().map(j -> "pid " + j.pid()).orElse(first.path().getFileName().toString());
    }
}
