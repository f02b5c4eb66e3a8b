package leakscope.analyzer.model;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Something about an input that a report's reader must know to trust it: a value with the file and the
 * numbers; the reports put it into words.
 */
public sealed interface Warning {
    /** The input file it is about. */
    Path file();

    /**
     * What reading the file's bytes found wrong with it (cut, damaged, duplicate or concatenated chunks), as
     * the input checks in {@code read/} word it, without the file name.
     */
    record ReadProblem(Path file, String problem) implements Warning {
    }

    /** JFR lost events ({@code jdk.DataLoss}), so unreleased handles are only suspected. */
    record DataLost(Path file, long bytes) implements Warning {
    }

    /** No {@code jdk.JVMInformation}: the file was analysed as a JVM run of its own. */
    record NoJvmIdentity(Path file) implements Warning {
    }

    /** Neither leakscope events nor any of the JVM's events the analysis uses. */
    record NothingToAnalyse(Path file) implements Warning {
    }

    /**
     * The timeline's first recording starts {@code lateNanos} after its JVM: handles acquired before it
     * are invisible, and their releases count as unmatched.
     */
    record LateStart(Path file, long lateNanos) implements Warning {
    }

    /**
     * A heap dump written by another JVM than the recordings' (another process id, or dumped before the
     * recorded JVM started): no reference paths are taken from it.
     *
     * @param dumpPid the dump's process id, 0 when the dump does not show it
     * @param recordedPids the recordings' process ids
     */
    record HeapDumpOfAnotherJvm(Path file, long dumpPid, Instant dumpedAt, List<Long> recordedPids) implements Warning {
        public HeapDumpOfAnotherJvm {
            recordedPids = List.copyOf(recordedPids);
        }
    }
}
