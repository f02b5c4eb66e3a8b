package leakscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as users run it: {@code java -jar cli/target/leakscope.jar ...}. */
class JarIT {
    private static final Path JAR = Paths.get("target", "leakscope.jar");

    @TempDir
    Path work;

    private record Result(int exit, String out, String err) {
    }

    private Result java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = work.resolve("stdout");
        Path err = work.resolve("stderr");
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void demoRecordsTheSampleApplicationAndReportsItsKnownLeaks() throws Exception {
        Result demo = java("demo");
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).startsWith("leakscope: 58 leaked, 0 suspected in 1 recording(s)")
                .contains("      40  leaked    session-stopped socket     leakscope.cli.demo.SampleApp.handleRequest(SampleApp.java:")
                .contains("       8  leaked    still-reachable leakscope.recorder.Session leakscope.cli.demo.SampleApp.handleRequest(SampleApp.java:")
                .contains("       6  leaked    open-at-exit    file       leakscope.cli.demo.SampleApp.exportInvoice(SampleApp.java:")
                .contains("       4  leaked    open-at-exit    file       leakscope.cli.demo.SampleApp.readAuditLog(SampleApp.java:")
                .contains("sessions: 40 stopped holding handles, 0 never stopped")
                .contains("growing: customer-cache.size");
        Path report = work.resolve("leakscope-report");
        assertThat(report.resolve("report.html")).exists();
        assertThat(Files.readString(report.resolve("report.md"))).startsWith("## leakscope: ❌ 50 handles and 8 objects leaked at 4 sites\n")
                .contains("|`customer-cache.size`|").contains("Not growing: ").contains(" bounded");
        assertThat(Files.readString(report.resolve("leakscope.json"))).contains("\"leaked\" : 58");
    }

    @Test
    void badInputPrintsOneLineWithoutAStackTrace() throws Exception {
        Files.writeString(work.resolve("bad.jfr"), "garbage");
        Result bad = java("analyze", "bad.jfr");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("leakscope: bad.jfr: not a JFR recording (no Flight Recorder header)\n");
        assertThat(bad.out()).isEmpty();
    }
}
