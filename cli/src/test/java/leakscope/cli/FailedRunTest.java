package leakscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import leakscope.analyzer.AnalysisOptions;
import leakscope.analyzer.Analyzer;
import leakscope.analyzer.Progress;
import leakscope.recorder.InProcessRecording;
import leakscope.recorder.Leakscope;
import leakscope.reports.ConsoleSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that fails says so in one line and leaves nothing that looks like its report. */
class FailedRunTest {
    @TempDir
    static Path shared;
    static Path live;

    @TempDir
    Path work;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void record() throws Exception {
        live = InProcessRecording.record(shared.resolve("live.jfr"), () -> Leakscope.acquire("socket", "held"));
    }

    @Test
    void aFailedRunRemovesThePreviousReportFromItsFolder() throws Exception {
        Path out = work.resolve("report");
        assertThat(cli.run("analyze", live.toString(), "--out", out.toString())).isZero();
        assertThat(out.resolve("report.md")).exists();
        Path notJfr = Files.writeString(work.resolve("notes.jfr"), "not a recording");
        Path mine = Files.writeString(out.resolve("mine.txt"), "the user's own file");

        assertThat(cli.run("analyze", notJfr.toString(), "--out", out.toString())).isEqualTo(2);

        assertThat(cli.err()).isEqualTo("leakscope: " + notJfr + ": not a JFR recording (no Flight Recorder header)\n");
        assertThat(out.resolve("leakscope.json")).doesNotExist();
        assertThat(out.resolve("report.md")).doesNotExist();
        assertThat(out.resolve("report.html")).doesNotExist();
        try (var charts = Files.list(out.resolve("charts"))) {
            assertThat(charts).isEmpty();
        }
        assertThat(mine).hasContent("the user's own file");
    }

    @Test
    void aFileWhereTheReportFolderShouldBeIsRefusedBeforeReading() throws Exception {
        Path file = Files.writeString(work.resolve("report"), "the user's file");

        assertThat(cli.run("analyze", live.toString(), "--out", file.toString())).isEqualTo(2);

        assertThat(cli.err()).isEqualTo("leakscope: " + file + ": cannot write the report there: it is a file, not a folder\n");
        assertThat(cli.out()).isEmpty();
        assertThat(file).hasContent("the user's file");
    }

    @Test
    void recordingsGivenToDiffOrAsABaselineAreNamedAsSuch() {
        assertThat(cli.run("diff", live.toString(), live.toString())).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("leakscope: " + live + ": not a text file (a recording? diff and --baseline "
                + "read leakscope.json)\n");

        assertThat(cli.run("analyze", live.toString(), "--out", work.resolve("r").toString(), "--baseline",
                live.toString())).isEqualTo(2);
        assertThat(cli.err()).startsWith("leakscope: " + live + ": not a text file").hasLineCount(1);
    }

    @Test
    void aBaselineNamedWithoutAFolderIsListedAmongTheFilesWritten() throws Exception {
        StringWriter out = new StringWriter();
        ConsoleSummary.print(Analyzer.analyze(List.of(live), AnalysisOptions.DEFAULTS, Progress.NONE),
                List.of(Path.of("leaks.json"), work.resolve("charts/x.png")), new PrintWriter(out));
        assertThat(out.toString()).endsWith("wrote leaks.json\n");
    }
}
