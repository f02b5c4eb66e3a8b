package leakscope.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import leakscope.analyzer.model.Warning;
import org.junit.jupiter.api.Test;

class WarningTextTest {
    private static final Path FILE = Path.of("recordings", "app.jfr");

    @Test
    void eachWarningIsOneLineNamingTheFileAndItsNumbers() {
        assertThat(WarningText.of(new Warning.ReadProblem(FILE, "truncated; read its 3 complete chunk(s)")))
                .isEqualTo("recordings/app.jfr: truncated; read its 3 complete chunk(s)");
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
