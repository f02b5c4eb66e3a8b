package leakscope.reports;

import java.util.Locale;
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
        if (warning instanceof Warning.SeriesLeftOut left) {
            return String.format(Locale.ROOT, "%s: too many series to list: %d gauge series (%d of them growing, still "
                    + "counted in the summary) and the open handles of %d kind(s) are left out; listed first are the "
                    + "growing gauges and the kinds with the most handles open at once", file, left.gauges(),
                    left.growingGauges(), left.kinds());
        }
        throw new IllegalArgumentException("a warning with no words: " + warning);
    }
}
