package leakscope.reports;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import leakscope.analyzer.AnalysisException;
import leakscope.analyzer.AnalysisOptions;
import leakscope.analyzer.Analyzer;
import leakscope.analyzer.Progress;
import leakscope.analyzer.baseline.BaselineEntry;
import leakscope.analyzer.baseline.Comparison;
import leakscope.analyzer.model.Analysis;

/**
 * One analysis as the tools run it (the CLI's {@code analyze}, the Maven plugin's {@code report} and
 * {@code check}): the baseline is read first, so a bad one fails before a long analysis; charts warm up while
 * the recordings are read; the report folder is written; this run's groups are stored as the next baseline.
 */
public final class ReportRun {
    /**
     * @param formats the reports to write; empty writes no report folder
     * @param baseline a baseline file (or a {@code leakscope.json}) to compare with
     * @param writeBaseline where to store this run's groups as a baseline
     */
    public record Settings(List<Path> inputs, AnalysisOptions options, Path out, Set<ReportFormat> formats,
            Optional<Path> baseline, Optional<Path> writeBaseline, String toolVersion) {
        public Settings {
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(out, "out");
            formats = Set.copyOf(formats);
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(writeBaseline, "writeBaseline");
            Objects.requireNonNull(toolVersion, "toolVersion");
        }
    }

    /** The analysis, its comparison with the baseline if one was given, and the files written. */
    public record Outcome(Analysis analysis, Optional<Comparison> comparison, List<Path> written) {
        public Outcome {
            Objects.requireNonNull(analysis, "analysis");
            Objects.requireNonNull(comparison, "comparison");
            written = List.copyOf(written);
        }

        /** The short human summary: the baseline's headline, counts, top sites, the files written. */
        public void printSummary(PrintWriter out) {
            comparison.ifPresent(c -> out.println("baseline: " + c.headline()));
            ConsoleSummary.print(analysis, written, out);
        }
    }

    private ReportRun() {
    }

    /**
     * @throws AnalysisException for recordings that cannot be analysed, naming the file
     * @throws IOException for a baseline that cannot be read or a report that cannot be written, naming the file
     */
    public static Outcome run(Settings settings, Progress progress) throws AnalysisException, IOException {
        List<BaselineEntry> base = settings.baseline().isPresent() ? BaselineFile.read(settings.baseline().get()) : null;
        ChartWarmUp.startFor(settings.formats());
        Analysis analysis = Analyzer.analyze(settings.inputs(), settings.options(), progress);
        Optional<Comparison> comparison = Optional.ofNullable(base)
                .map(b -> Comparison.of(b, BaselineEntry.of(analysis.leaks())));
        List<Path> written = new ArrayList<>();
        if (!settings.formats().isEmpty()) {
            written.addAll(write(analysis, settings.out(), settings.formats(), settings.toolVersion(), comparison));
        }
        if (settings.writeBaseline().isPresent()) {
            BaselineFile.write(settings.writeBaseline().get(), BaselineEntry.of(analysis.leaks()));
            written.add(settings.writeBaseline().get());
        }
        return new Outcome(analysis, comparison, written);
    }

    /** Writes the report folder; a failure names the folder. */
    public static List<Path> write(Analysis analysis, Path out, Set<ReportFormat> formats, String toolVersion,
            Optional<Comparison> baseline) throws IOException {
        try {
            return ReportWriter.write(analysis, out, formats, toolVersion, baseline);
        } catch (IOException e) {
            throw new IOException(out + ": cannot write the report: " + e, e);
        }
    }
}
