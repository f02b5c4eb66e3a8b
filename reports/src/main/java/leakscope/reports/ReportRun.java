package leakscope.reports;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import leakscope.analyzer.AnalysisException;
import leakscope.analyzer.baseline.BaselineEntry;
import leakscope.analyzer.baseline.Comparison;
import leakscope.analyzer.model.Analysis;

/**
 * One analysis as the tools run it (the CLI's {@code analyze}, the Maven plugin's {@code report} and
 * {@code check}): the baseline is read first, so a bad one fails before a long analysis; the recordings are
 * analysed; the report is written where the tool writes it; this run's groups are stored as the next baseline.
 */
public final class ReportRun {
    /**
     * @param baseline a baseline file (or a {@code leakscope.json}) to compare with
     * @param writeBaseline where to store this run's groups as a baseline
     */
    public record Settings(Optional<Path> baseline, Optional<Path> writeBaseline) {
        public Settings {
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(writeBaseline, "writeBaseline");
        }
    }

    /** The analysis itself (the recordings, and the heap dumps beside them). */
    @FunctionalInterface
    public interface Analysing {
        Analysis analyze() throws AnalysisException;
    }

    /** Writes the report of an analysis (a folder, standard output, nothing); returns the files written. */
    @FunctionalInterface
    public interface Output {
        Output NONE = (analysis, comparison) -> List.of();

        List<Path> write(Analysis analysis, Optional<Comparison> comparison) throws IOException;
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
    public static Outcome run(Settings settings, Analysing analysing, Output output) throws AnalysisException, IOException {
        List<BaselineEntry> base = settings.baseline().isPresent() ? BaselineFile.read(settings.baseline().get()) : null;
        Analysis analysis = analysing.analyze();
        Optional<Comparison> comparison = Optional.ofNullable(base)
                .map(b -> Comparison.of(b, BaselineEntry.of(analysis.leaks())));
        List<Path> written = new ArrayList<>(output.write(analysis, comparison));
        if (settings.writeBaseline().isPresent()) {
            BaselineFile.write(settings.writeBaseline().get(), BaselineEntry.of(analysis.leaks()));
            written.add(settings.writeBaseline().get());
        }
        return new Outcome(analysis, comparison, written);
    }

    /**
     * Empties a report folder before a run: a run that fails must not leave the last run's report looking current.
     * A file where the folder should be is refused here, before a long analysis, not when writing after it.
     */
    public static void clearFolder(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException(folder + ": cannot write the report there: it is a file, not a folder");
        }
        try {
            ReportWriter.clear(folder);
        } catch (IOException e) {
            throw new IOException(folder + ": cannot clear the previous report: " + e, e);
        }
    }

    /** Writes a report folder; a failure names the folder and leaves no half-written report there. */
    public static List<Path> writeFolder(Analysis analysis, Path folder, Set<ReportFormat> formats, ReportSettings settings,
            Optional<Comparison> baseline) throws IOException {
        try {
            return ReportWriter.write(analysis, folder, formats, settings, baseline);
        } catch (IOException | RuntimeException e) {
            try {
                ReportWriter.clear(folder);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new IOException(folder + ": cannot write the report: " + e, e);
        }
    }
}
