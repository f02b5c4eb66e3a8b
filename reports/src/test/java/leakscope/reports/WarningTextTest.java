package leakscope.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import leakscope.analyzer.model.Warning;
import org.junit.jupiter.api.Test;

class WarningTextTest {
    private static final Path FILE = Path.of("recordings", "app.jfr");

    @Test
    void eachWarningIsOneLineNamingTheFileAndItsNumbers() {
        assertThat(WarningText.of(new Warning.Truncated(FILE, Warning.Truncation.CUT, 900, 3, 900, 1000)))
                .isEqualTo("recordings/app.jfr: truncated; read its 3 complete chunk(s), 900 of 1000 bytes");
        assertThat(WarningText.of(new Warning.Truncated(FILE, Warning.Truncation.DAMAGED, 900, 3, 900, 1000)))
                .isEqualTo("recordings/app.jfr: truncated: damaged chunk header at byte 900, so its 100 remaining bytes "
                        + "were skipped; read its 3 complete chunk(s), 900 of 1000 bytes");
        assertThat(WarningText.of(new Warning.Truncated(FILE, Warning.Truncation.IN_PROGRESS, 1000, 3, 1000, 1000)))
                .isEqualTo("recordings/app.jfr: truncated: its last chunk was still being written (a running or killed "
                        + "JVM's repository), so events after the JVM's last flush are missing; read its 3 chunk(s), "
                        + "1000 of 1000 bytes");
        assertThat(WarningText.of(new Warning.SkippedUnflushed(FILE))).isEqualTo("recordings/app.jfr: skipped, still "
                + "being written: nothing has been flushed to it yet (the newest chunk of a running or killed JVM's "
                + "repository)");
        assertThat(WarningText.of(new Warning.HeaderContradicted(FILE, 1, 0, Warning.HeaderField.DURATION, 0)))
                .isEqualTo("recordings/app.jfr: header contradicted: chunk 1 (at byte 0) says it lasted 0 ns; its times "
                        + "may be wrong");
        assertThat(WarningText.of(new Warning.BrokenEvents(FILE, "leakscope.Gauge: no name field", 3)))
                .isEqualTo("recordings/app.jfr: 3 event(s) break the event contract and were left out, not read as "
                        + "zeros (leakscope.Gauge: no name field)");
        assertThat(WarningText.of(new Warning.EventsOutsideChunks(FILE, 2))).isEqualTo("recordings/app.jfr: header "
                + "contradicted: 2 event(s) are dated outside their chunks' time span (a damaged header or event; JFR "
                + "has no checksums), so times and trends may be wrong");
        assertThat(WarningText.of(new Warning.ConcatenatedRecordings(FILE, 2))).isEqualTo("recordings/app.jfr: holds 2 "
                + "recordings (of different JVM runs, or out of time order) concatenated: each was read on its own");
        assertThat(WarningText.of(new Warning.DuplicateChunks(FILE, 1, 2, FILE))).isEqualTo("recordings/app.jfr: "
                + "duplicate: 1 of its 2 chunk(s) are also earlier in this file (same JVM clock, start, size and "
                + "bytes), so they were read once");
        assertThat(WarningText.of(new Warning.DuplicateChunks(FILE, 1, 1, Path.of("a.jfr")))).isEqualTo(
                "recordings/app.jfr: duplicate: all its 1 chunk(s) are also in a.jfr (same JVM clock, start, size and "
                        + "bytes), so they were read once");
        assertThat(WarningText.of(new Warning.DataLost(FILE, 12_345))).isEqualTo("recordings/app.jfr: JFR lost 12345 "
                + "bytes of events (jdk.DataLoss), so unreleased handles are only suspected; record with a larger "
                + "-XX:FlightRecorderOptions:memorysize=");
        assertThat(WarningText.of(new Warning.NoJvmIdentity(FILE)))
                .isEqualTo("recordings/app.jfr: no jdk.JVMInformation event, so it was analysed as a JVM run of its own");
        assertThat(WarningText.of(new Warning.NothingToAnalyse(FILE))).isEqualTo("recordings/app.jfr: nothing to "
                + "analyse: no leakscope events, and none of the JVM's thread, heap, class or old-object events "
                + "(record with -XX:StartFlightRecording, default settings)");
        assertThat(WarningText.of(new Warning.LateStart(FILE, 4_250_000_000L))).isEqualTo("recordings/app.jfr: the "
                + "recording starts 4.3 s after its JVM started (a late start, or oldest chunks dropped by maxsize=): "
                + "handles acquired before it are invisible, and their releases count as unmatched");
    }
}
