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
        if (warning instanceof Warning.Truncated truncated) {
            return file + ": " + truncation(truncated);
        }
        if (warning instanceof Warning.SkippedUnflushed) {
            return file + ": skipped, still being written: nothing has been flushed to it yet (the newest chunk of a "
                    + "running or killed JVM's repository)";
        }
        if (warning instanceof Warning.HeaderContradicted contradicted) {
            return String.format(Locale.ROOT, "%s: header contradicted: chunk %d (at byte %d) %s; its times may be "
                    + "wrong", file, contradicted.chunk(), contradicted.atByte(), says(contradicted));
        }
        if (warning instanceof Warning.BrokenEvents broken) {
            return String.format(Locale.ROOT, "%s: %d event(s) break the event contract and were left out, not read "
                    + "as zeros (%s)", file, broken.count(), broken.problem());
        }
        if (warning instanceof Warning.EventsOutsideChunks outside) {
            return String.format(Locale.ROOT, "%s: header contradicted: %d event(s) are dated outside their chunks' "
                    + "time span (a damaged header or event; JFR has no checksums), so times and trends may be wrong",
                    file, outside.count());
        }
        if (warning instanceof Warning.ConcatenatedRecordings concatenated) {
            return String.format(Locale.ROOT, "%s: holds %d recordings (of different JVM runs, or out of time order) "
                    + "concatenated: each was read on its own", file, concatenated.recordings());
        }
        if (warning instanceof Warning.DuplicateChunks duplicate) {
            String where = duplicate.original().equals(duplicate.file()) ? "earlier in this file"
                    : "in " + duplicate.original();
            String which = duplicate.duplicates() == duplicate.chunks()
                    ? String.format(Locale.ROOT, "all its %d chunk(s) are", duplicate.chunks())
                    : String.format(Locale.ROOT, "%d of its %d chunk(s) are", duplicate.duplicates(), duplicate.chunks());
            return String.format(Locale.ROOT, "%s: duplicate: %s also %s (same JVM clock, start, size and bytes), so "
                    + "they were read once", file, which, where);
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
        if (warning instanceof Warning.SeriesLeftOut left) {
            return String.format(Locale.ROOT, "%s: too many series to list: %d gauge series (%d of them growing, still "
                    + "counted in the summary) and the open handles of %d kind(s) are left out; listed first are the "
                    + "growing gauges and the kinds with the most handles open at once", file, left.gauges(),
                    left.growingGauges(), left.kinds());
        }
        throw new IllegalArgumentException("a warning with no words: " + warning);
    }

    private static String truncation(Warning.Truncated truncated) {
        String read = String.format(Locale.ROOT, "read its %d complete chunk(s), %d of %d bytes", truncated.chunksRead(),
                truncated.bytesRead(), truncated.fileBytes());
        return switch (truncated.how()) {
            case CUT -> "truncated; " + read;
            case IN_PROGRESS -> "truncated: its last chunk was still being written (a running or killed JVM's "
                    + "repository), so events after the JVM's last flush are missing; " + read.replace("complete ", "");
            case UNFLUSHED -> String.format(Locale.ROOT, "truncated: the chunk at byte %d was still being written with "
                    + "nothing flushed to it yet (a running or killed JVM's repository); ", truncated.atByte()) + read;
            case DAMAGED -> String.format(Locale.ROOT, "truncated: damaged chunk header at byte %d, so its %d "
                    + "remaining bytes were skipped; ", truncated.atByte(), truncated.fileBytes() - truncated.bytesRead())
                    + read;
        };
    }

    private static String says(Warning.HeaderContradicted contradicted) {
        long value = contradicted.value();
        return switch (contradicted.field()) {
            case START_TIME -> "says it started at " + value + " ns after 1970";
            case DURATION -> "says it lasted " + value + " ns";
            case START_TICKS -> "says its clock started at tick " + value;
            case TICKS_PER_SECOND -> "says its clock runs at " + value + " ticks a second";
        };
    }
}
