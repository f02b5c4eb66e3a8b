package leakscope.analyzer.model;

import java.nio.file.Path;

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

    /**
     * A JVM run with more series than a report can show: {@code gauges} gauge series ({@code growingGauges} of
     * them growing, still counted in the summary) and the open handles of {@code kinds} kinds are not listed.
     */
    record SeriesLeftOut(Path file, int gauges, int growingGauges, int kinds) implements Warning {
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
}
