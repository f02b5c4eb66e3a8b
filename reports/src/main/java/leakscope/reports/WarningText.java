package leakscope.reports;

import java.util.Locale;
import java.util.stream.Collectors;
import leakscope.analyzer.model.Warning;

/** A {@link Warning} in words: the one line every report and the console show for it. */
public final class WarningText {
    private WarningText() {
    }

    public static String of(Warning warning) {
        String file = warning.file().toString();
        if (warning instanceof Warning.ReadProblem problem) {
            return file + ": " + problem.problem();
        }
        if (warning instanceof Warning.DataLost lost) {
            return String.format(Locale.ROOT, "%s: JFR lost %d bytes of events (jdk.DataLoss), so unreleased "
                    + "handles are only suspected; record with a larger -XX:FlightRecorderOptions:memorysize=",
                    file, lost.bytes());
        }
        if (warning instanceof Warning.NoJvmIdentity) {
            return file + ": no jdk.JVMInformation event, so it was analysed as a JVM run of its own";
        }
        if (warning instanceof Warning.NothingToAnalyse) {
            return file + ": nothing to analyse: no leakscope events, and none of the JVM's thread, heap, "
                    + "class or old-object events (record with -XX:StartFlightRecording, default settings)";
        }
        if (warning instanceof Warning.LateStart late) {
            return String.format(Locale.ROOT, "%s: the recording starts %.1f s after its JVM started "
                    + "(a late start, or oldest chunks dropped by maxsize=): handles acquired before it are "
                    + "invisible, and their releases count as unmatched", file, late.lateNanos() / 1e9);
        }
        if (warning instanceof Warning.HeapDumpOfAnotherJvm other) {
            String recorded = other.recordedPids().isEmpty() ? "no JVM identity"
                    : other.recordedPids().stream().map(pid -> "pid " + pid).collect(Collectors.joining(", "));
            return String.format(Locale.ROOT, "%s: a heap dump of another JVM than the recordings' (dump: %s; "
                    + "recordings: %s): no reference paths from it", file, other.dumpPid() == 0
                    ? "dumped at " + other.dumpedAt() : "pid " + other.dumpPid(), recorded);
        }
        throw new IllegalArgumentException("a warning with no words: " + warning);
    }
}
