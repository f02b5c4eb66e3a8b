package leakscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import leakscope.analyzer.baseline.Comparison;
import leakscope.analyzer.model.Analysis;
import leakscope.reports.ChartImages;
import leakscope.reports.ChartWarmUp;
import leakscope.reports.MarkdownImages;
import leakscope.reports.ReportFormat;
import leakscope.reports.ReportRendering;
import leakscope.reports.ReportSettings;
import leakscope.reports.ReportRun;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Where and in which formats a report is written: shared by {@code analyze} and {@code demo}. */
final class ReportOptions {
    static final String STANDARD_OUTPUT = "-";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "leakscope-report",
            description = "Report folder (default: ${DEFAULT-VALUE}), or - to write the one format named by --format "
                    + "to standard output (the summary then goes to standard error).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "json,md,html",
            description = "Reports to write: json, md, html, sarif, comma-separated (default: ${DEFAULT-VALUE}). "
                    + "Charts (charts/*.png) come with md and html.")
    List<String> formats;

    @Option(names = "--md-budget", paramLabel = "BYTES", defaultValue = "comment",
            description = "Most bytes report.md may take, filled in order of importance: a number, comment (a pull-request "
                    + "comment, " + ReportSettings.PR_COMMENT_BUDGET + ") or step-summary (GitHub's step summary, "
                    + ReportSettings.STEP_SUMMARY_BUDGET + "). Default: ${DEFAULT-VALUE}.")
    String markdownBudget;

    @Option(names = "--md-images", paramLabel = "HOW", defaultValue = "mermaid",
            description = "Charts in report.md: mermaid (drawn by GitHub), none (sparklines only), or url=BASE to link "
                    + "BASE/charts/NAME.png where the report folder is published. Default: ${DEFAULT-VALUE}.")
    String markdownImages;

    @Option(names = "--source-roots", paramLabel = "DIR", split = ",", defaultValue = "src/main/java,src/test/java",
            description = "Where leakscope.sarif looks for a leak site's source file, relative to the working folder "
                    + "(default: ${DEFAULT-VALUE}).")
    List<Path> sourceRoots;

    boolean isStandardOutput() {
        return out.toString().equals(STANDARD_OUTPUT);
    }

    Set<ReportFormat> formats() {
        Set<ReportFormat> chosen = EnumSet.noneOf(ReportFormat.class);
        for (String name : formats) {
            chosen.add(ReportFormat.byOptionName(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "unknown --format '" + name + "' (choose from json, md, html, sarif)")));
        }
        if (isStandardOutput() && chosen.size() != 1) {
            throw new ParameterException(spec.commandLine(),
                    "--out - writes one format to standard output: name it with --format (json, md, html or sarif)");
        }
        return chosen;
    }

    ReportSettings settings() {
        return new ReportSettings(ToolVersion.get(), budget(), MarkdownImages.parse(markdownImages)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown --md-images '" + markdownImages
                        + "' (choose mermaid, none, or url=BASE with an http or https address)")),
                Path.of(""), sourceRoots);
    }

    private long budget() {
        String value = markdownBudget.trim().toLowerCase(Locale.ROOT);
        if (value.equals("comment")) {
            return ReportSettings.PR_COMMENT_BUDGET;
        }
        if (value.equals("step-summary")) {
            return ReportSettings.STEP_SUMMARY_BUDGET;
        }
        long bytes;
        try {
            bytes = Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            bytes = -1;
        }
        if (bytes < ReportSettings.MINIMUM_MARKDOWN_BUDGET) {
            throw new ParameterException(spec.commandLine(), "--md-budget must be comment, step-summary or a number of "
                    + "bytes of at least " + ReportSettings.MINIMUM_MARKDOWN_BUDGET + ", not '" + markdownBudget + "'");
        }
        return bytes;
    }

    /** Where the short summary goes: standard error when standard output carries the report. */
    PrintWriter summaryStream() {
        return isStandardOutput() ? spec.commandLine().getErr() : spec.commandLine().getOut();
    }

    /**
     * Checks the options before any reading (a typo should not wait for a long analysis) and starts warming
     * up the charts they need.
     */
    void prepare() throws IOException {
        Set<ReportFormat> chosen = formats();
        ReportSettings settings = settings();
        if (!isStandardOutput()) {
            ReportRun.clearFolder(out);
        }
        ChartWarmUp.startFor(chosen, settings);
    }

    /**
     * Writes the report folder, or the one format to standard output; a failure names the folder and leaves no
     * part of the report behind.
     *
     * @return the files written (none for standard output)
     */
    List<Path> write(Analysis analysis, Optional<Comparison> baseline) throws IOException {
        Set<ReportFormat> chosen = formats();
        if (isStandardOutput()) {
            ReportFormat format = chosen.iterator().next();
            // no chart files are written here: the HTML inlines its charts, url=BASE points where a folder was published
            Map<String, byte[]> charts = ReportRendering.drawsCharts(format, settings()) ? ChartImages.render(analysis) : Map.of();
            PrintWriter stdout = spec.commandLine().getOut();
            ReportRendering.write(stdout, format, analysis, charts, settings(), baseline);
            stdout.flush();
            return List.of();
        }
        return ReportRun.writeFolder(analysis, out, chosen, settings(), baseline);
    }
}
