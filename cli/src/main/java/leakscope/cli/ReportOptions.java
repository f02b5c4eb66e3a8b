package leakscope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import leakscope.analyzer.baseline.Comparison;
import leakscope.analyzer.model.Analysis;
import leakscope.reports.ReportFormat;
import leakscope.reports.ChartWarmUp;
import leakscope.reports.ReportRun;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Where and in which formats a report is written: shared by {@code analyze} and {@code demo}. */
final class ReportOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "leakscope-report",
            description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "json,md,html",
            description = "Reports to write: json, md, html, comma-separated (default: ${DEFAULT-VALUE}). "
                    + "Charts (charts/*.png) come with md and html.")
    List<String> formats;

    Set<ReportFormat> formats() {
        Set<ReportFormat> chosen = EnumSet.noneOf(ReportFormat.class);
        for (String name : formats) {
            chosen.add(ReportFormat.byOptionName(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "unknown --format '" + name + "' (choose from json, md, html)")));
        }
        return chosen;
    }

    /**
     * Checks the chosen formats before any reading (a typo should not wait for a long analysis) and starts
     * warming up the charts they need.
     */
    void prepare() {
        ChartWarmUp.startFor(formats());
    }

    /** Writes the report folder; a failure names the folder. */
    List<Path> write(Analysis analysis, Optional<Comparison> baseline) throws IOException {
        return ReportRun.write(analysis, out, formats(), ToolVersion.get(), baseline);
    }
}
