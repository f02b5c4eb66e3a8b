package leakscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import leakscope.analyzer.fixtures.ChildJvm;
import leakscope.analyzer.fixtures.CleanProgram;
import leakscope.analyzer.fixtures.LeakyProgram;
import leakscope.recorder.InProcessRecording;
import leakscope.recorder.Leakscope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI run in-process, as CONTRACT.md §3 describes it. */
class MainTest {
    @TempDir
    static Path recordings;
    static Path leaky;
    static Path live;
    static Path clean;

    @TempDir
    Path work;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void record() throws Exception {
        leaky = ChildJvm.record(recordings, "leaky", LeakyProgram.class);
        live = InProcessRecording.record(recordings.resolve("live.jfr"), () -> Leakscope.acquire("socket", "held"));
        // a child JVM records from its start: an in-process recording would (rightly) warn that it starts late
        clean = ChildJvm.record(recordings, "clean", CleanProgram.class);
    }

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void analyzeWritesAllThreeReportsAndChartsAndPrintsASummary() throws Exception {
        Path report = work.resolve("report");
        assertThat(run("analyze", leaky.toString(), "--out", report.toString())).isZero();
        assertThat(report.resolve("leakscope.json")).exists();
        assertThat(report.resolve("report.md")).exists();
        assertThat(report.resolve("report.html")).exists();
        try (Stream<Path> charts = Files.list(report.resolve("charts"))) {
            assertThat(charts.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("cache-size-") && n.endsWith(".png"));
        }
        assertThat(cli.out()).startsWith("leakscope: 9 leaked, 0 suspected in 1 recording(s) (15 handles acquired, 6 released)\n")
                .contains("       3  leaked    open-at-exit    file       leakscope.analyzer.fixtures.LeakyProgram.openConfig(LeakyProgram.java:56)")
                .contains("sessions: 3 stopped holding handles, 1 never stopped")
                .contains("growing: cache.size");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void failOnLeakedExitsOneWhenAnythingLeaked() {
        assertThat(run("analyze", leaky.toString(), "--out", work.toString(), "--fail-on", "leaked")).isEqualTo(1);
        assertThat(run("analyze", live.toString(), "--out", work.toString(), "--fail-on", "leaked")).isZero();
    }

    @Test
    void failOnSuspectedAlsoCountsSuspectedHandles() {
        assertThat(run("analyze", live.toString(), "--out", work.toString(), "--fail-on", "suspected")).isEqualTo(1);
        assertThat(run("analyze", clean.toString(), "--out", work.toString(), "--fail-on", "suspected")).isZero();
    }

    @Test
    void failOnGrowingExitsOneWhenASeriesKeepsGrowingAndRulesCombine() {
        assertThat(run("analyze", leaky.toString(), "--out", work.toString(), "--fail-on", "growing")).isEqualTo(1);
        assertThat(run("analyze", clean.toString(), "--out", work.toString(), "--fail-on", "growing")).isZero();
        assertThat(run("analyze", live.toString(), "--out", work.toString(), "--fail-on", "growing")).isZero();
        assertThat(run("analyze", live.toString(), "--out", work.toString(), "--fail-on", "growing,suspected")).isEqualTo(1);
    }

    @Test
    void outDashWritesTheOneFormatToStandardOutputAndTheSummaryToStandardError() throws Exception {
        assertThat(run("analyze", leaky.toString(), "--out", "-", "--format", "json")).isZero();
        assertThat(new ObjectMapper().readTree(cli.out()).path("summary").path("leaked")
                .asLong()).isEqualTo(9);
        assertThat(cli.err()).startsWith("leakscope: 9 leaked, 0 suspected").doesNotContain("wrote ");
        assertThat(work.resolve("-")).doesNotExist();
        assertThat(Path.of("-")).doesNotExist();
        assertThat(run("analyze", leaky.toString(), "--out", "-", "--format", "md")).isZero();
        assertThat(cli.out()).startsWith("## ").doesNotContain("](charts/");
        assertThat(run("analyze", leaky.toString(), "--out", "-", "--format", "html")).isZero();
        assertThat(cli.out()).startsWith("<!DOCTYPE html>").contains("data:image/png;base64,");
        assertThat(run("analyze", leaky.toString(), "--out", "-", "--format", "sarif")).isZero();
        assertThat(cli.out()).contains("\"version\" : \"2.1.0\"");
    }

    @Test
    void outDashNeedsExactlyOneFormat() {
        assertThat(run("analyze", leaky.toString(), "--out", "-")).isEqualTo(2);
        assertThat(cli.err()).startsWith("leakscope: --out - writes one format to standard output: name it with --format");
        assertThat(cli.out()).isEmpty();
        assertThat(run("demo", "--out", "-")).isEqualTo(2);
    }

    @Test
    void sarifIsWrittenBesideTheOthersWhenAsked() {
        assertThat(run("analyze", leaky.toString(), "--out", work.toString(), "--format", "sarif,json")).isZero();
        assertThat(work.resolve("leakscope.sarif")).exists();
        assertThat(work.resolve("report.md")).doesNotExist();
    }

    @Test
    void reportOptionsAreCheckedBeforeReading() {
        assertThat(run("analyze", work.resolve("absent.jfr").toString(), "--md-budget", "12")).isEqualTo(2);
        assertThat(cli.err()).startsWith("leakscope: --md-budget must be comment, step-summary or a number of bytes");
        assertThat(run("analyze", work.resolve("absent.jfr").toString(), "--md-images", "url=javascript:x")).isEqualTo(2);
        assertThat(cli.err()).startsWith("leakscope: unknown --md-images 'url=javascript:x'");
    }

    @Test
    void formatChoosesTheReportsWritten() {
        assertThat(run("analyze", clean.toString(), "--out", work.toString(), "--format", "md")).isZero();
        assertThat(work.resolve("report.md")).exists();
        assertThat(work.resolve("leakscope.json")).doesNotExist();
        assertThat(work.resolve("report.html")).doesNotExist();
        assertThat(work.resolve("charts")).isDirectory();
    }

    @Test
    void aJsonOnlyRunWritesNoCharts() {
        assertThat(run("analyze", leaky.toString(), "--out", work.toString(), "--format", "json")).isZero();
        assertThat(work.resolve("leakscope.json")).exists();
        assertThat(work.resolve("charts")).isEmptyDirectory();
    }

    @Test
    void aCleanRecordingGetsAGreenHeadlineAndNothingElseToRead() throws Exception {
        assertThat(run("analyze", clean.toString(), "--out", work.toString(), "--format", "md")).isZero();
        String markdown = Files.readString(work.resolve("report.md"));
        assertThat(markdown).matches("## leakscope: ✅ no leaks: all 1 handle released\n\n"
                // nothing else, however loaded the machine: -XX:StartFlightRecording started before main, so never late
                + "`clean.jfr` · [0-9.]+ m?s recorded · JVM pid [0-9]+ · ended when the JVM exited · 1 handle acquired, 1 released\\.\n");
    }

    @Test
    void badInputIsOneLineNamingTheFileWithExitTwoAndNoReport() throws Exception {
        Path empty = Files.createFile(work.resolve("empty.jfr"));
        Path report = work.resolve("report");
        assertThat(run("analyze", empty.toString(), "--out", report.toString())).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("leakscope: " + empty + ": file is empty\n");
        assertThat(cli.out()).isEmpty();
        assertThat(report).doesNotExist();
    }

    @Test
    void oneBadFileAmongGoodOnesFailsTheWholeRun() throws Exception {
        Path text = Files.writeString(work.resolve("notes.jfr"), "not a recording");
        assertThat(run("analyze", leaky.toString(), text.toString(), "--out", work.resolve("r").toString())).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("leakscope: " + text + ": not a JFR recording (no Flight Recorder header)\n");
    }

    @Test
    void aWrongFormatIsReportedBeforeAnyReading() {
        // the recording does not exist: had it been read first, that would be the error
        assertThat(run("analyze", work.resolve("absent.jfr").toString(), "--format", "pdf")).isEqualTo(2);
        assertThat(cli.err()).startsWith("leakscope: unknown --format 'pdf'").doesNotContain("absent.jfr");
    }

    @Test
    void usageMistakesExitTwoWithAHint() {
        assertThat(run("analyze")).isEqualTo(2);
        assertThat(cli.err()).startsWith("leakscope: Missing required parameter: 'FILE_OR_DIR'")
                .contains("Try 'java -jar leakscope.jar analyze --help'.");
        assertThat(run("analyze", clean.toString(), "--format", "pdf")).isEqualTo(2);
        assertThat(cli.err()).contains("leakscope: unknown --format 'pdf' (choose from json, md, html, sarif)");
        assertThat(run("analyze", clean.toString(), "--fail-on", "sometimes")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(cli.err()).contains("missing command: analyze, diff, demo or help");
        assertThat(cli.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anUnwritableReportFolderIsNamed() throws Exception {
        Path blocker = Files.writeString(work.resolve("file"), "x");
        assertThat(run("analyze", clean.toString(), "--out", blocker.resolve("sub").toString())).isEqualTo(2);
        assertThat(cli.err()).startsWith("leakscope: " + blocker.resolve("sub") + ": cannot write the report: ")
                .doesNotContain("\tat ");
    }

    @Test
    void withoutACommandTheHintIsTheToolsOwnHelp() {
        assertThat(run()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("leakscope: missing command: analyze, diff, demo or help\n"
                + "Try 'java -jar leakscope.jar --help'.\n");
    }

    @Test
    void aMistypedCommandGetsPicocliSuggestion() {
        assertThat(run("analyz", "x.jfr")).isEqualTo(2);
        assertThat(cli.err()).contains("Did you mean: leakscope analyze?").contains("Try 'java -jar leakscope.jar --help'.");
        assertThat(run("analyze", clean.toString(), "--formt", "md")).isEqualTo(2);
        assertThat(cli.err()).contains("Possible solutions: --format")
                .contains("Try 'java -jar leakscope.jar analyze --help'.");
    }

    @Test
    void anUnknownWordBeforeHelpIsStillAMistake() {
        assertThat(run("foo", "--help")).isEqualTo(2);
        assertThat(cli.err()).startsWith("leakscope: Unmatched argument at index 0: 'foo'");
        assertThat(cli.out()).isEmpty();
        assertThat(run("analyze", "--help", "extra")).isZero(); // a positional parameter, not an unknown word
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(run("--version")).isZero();
        assertThat(cli.out()).isEqualTo("leakscope " + ToolVersion.get() + "\n");
        assertThat(run("analyze", "--help")).isZero();
        assertThat(cli.out()).contains("--fail-on=RULE", "--skip-frames=PKG", "--format=FORMAT", "Exit codes:");
    }

    @Test
    void recordedControlCharactersNeverReachTheTerminalRaw() throws Exception {
        Path recording = InProcessRecording.record(work.resolve("ansi.jfr"),
                () -> Leakscope.acquire("file\u001b[31mred\u001b[0m", "x"));
        assertThat(run("analyze", recording.toString(), "--out", work.resolve("r").toString())).isZero();
        assertThat(cli.out()).doesNotContain("\u001b").contains("file\\u001b[31mred\\u001b[0m");
    }

    @Test
    void twoRecordingsOfOneJvmAreSaidToBeOfOneJvm() throws Exception {
        Path first = InProcessRecording.record(work.resolve("first.jfr"), () -> Leakscope.acquire("file", "first"));
        Path second = InProcessRecording.record(work.resolve("second.jfr"), () -> Leakscope.acquire("file", "second"));

        assertThat(run("analyze", first.toString(), second.toString(), "--out", work.resolve("r").toString())).isZero();

        assertThat(cli.out()).contains(" in 2 recording(s) of 1 JVM(s) (2 handles acquired, 0 released)");
    }

    @Test
    void directoriesAndSeveralFilesMakeOneReport() {
        assertThat(run("analyze", recordings.toString(), "--out", work.toString(), "--format", "json")).isZero();
        assertThat(cli.out()).contains("in 3 recording(s) ("); // three JVMs: no "of N JVM(s)"
        assertThat(List.of(work.resolve("leakscope.json"))).allSatisfy(p -> assertThat(p).exists());
    }
}
