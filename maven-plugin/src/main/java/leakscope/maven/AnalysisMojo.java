package leakscope.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import leakscope.analyzer.AnalysisException;
import leakscope.analyzer.AnalysisOptions;
import leakscope.analyzer.Progress;
import leakscope.heap.HeapDumps;
import leakscope.reports.ChartWarmUp;
import leakscope.reports.ReportFormat;
import leakscope.reports.ReportRun;
import leakscope.reports.ReportSettings;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that analyse the recordings ({@code report}, {@code check}): the analysis settings they share. */
abstract class AnalysisMojo extends LeakscopeMojo {
    /** Packages whose frames are never a leak's site (besides the JDK's, leakscope's and shared helpers). */
    @Parameter(property = "leakscope.skipFrames")
    List<String> skipFrames = new ArrayList<>();

    /**
     * A baseline (written by {@code writeBaseline}, or a {@code leakscope.json} report, e.g. the main branch's):
     * leak groups are marked new, grown, unchanged or fixed, and {@code check} fails only on new and grown ones.
     */
    @Parameter(property = "leakscope.baseline")
    File baseline;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /**
     * Analyses the folder of recordings, or says why there is nothing to analyse.
     *
     * @param formats the reports to write into {@code out}; empty writes none
     */
    Optional<ReportRun.Outcome> analyse(Path out, Set<ReportFormat> formats, Optional<Path> writeBaseline)
            throws MojoExecutionException, MojoFailureException {
        Path folder = directory.toPath();
        if (!formats.isEmpty()) {
            try {
                ReportRun.clearFolder(out);
            } catch (IOException e) {
                throw new MojoExecutionException("leakscope: " + e.getMessage(), e);
            }
        }
        if (!holdsInputs(folder)) {
            getLog().info("leakscope: no recordings in " + folder + " (did prepare-agent run, and do the tests run in a "
                    + "forked JVM?): nothing to analyse");
            return Optional.empty();
        }
        if (formats.contains(ReportFormat.MARKDOWN) || formats.contains(ReportFormat.HTML)) {
            // charts are drawn off-screen; without this a desktop's Maven JVM may open a window system connection
            System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
        }
        ReportSettings reportSettings = reportSettings();
        ChartWarmUp.startFor(formats, reportSettings);
        ReportRun.Settings settings = new ReportRun.Settings(Optional.ofNullable(baseline).map(File::toPath), writeBaseline);
        AnalysisOptions options = new AnalysisOptions(skipFrames, AnalysisOptions.DEFAULTS.threads());
        ReportRun.Output output = formats.isEmpty() ? ReportRun.Output.NONE
                : (analysis, comparison) -> ReportRun.writeFolder(analysis, out, formats, reportSettings, comparison);
        try {
            return Optional.of(ReportRun.run(settings, () -> HeapDumps.analyze(List.of(folder), options, Progress.NONE), output));
        } catch (AnalysisException e) {
            throw new MojoFailureException("leakscope: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("leakscope: " + e.getMessage(), e);
        }
    }

    /**
     * The CLI's defaults; SARIF's paths are relative to the top of the build (a repository's root in a
     * multi-module build), and its source roots are the project's main and test sources.
     */
    ReportSettings reportSettings() {
        Path top = Optional.ofNullable(session.getRequest().getMultiModuleProjectDirectory()).map(File::toPath)
                .orElse(project.getBasedir().toPath());
        List<Path> roots = new ArrayList<>();
        for (List<String> sources : List.of(project.getCompileSourceRoots(), project.getTestCompileSourceRoots())) {
            sources.forEach(root -> roots.add(top.relativize(project.getBasedir().toPath().resolve(root))));
        }
        ReportSettings defaults = ReportSettings.defaults(pluginVersion);
        return new ReportSettings(pluginVersion, defaults.markdownBudgetBytes(), defaults.markdownImages(), top,
                roots.isEmpty() ? defaults.sourceRoots() : roots);
    }

    /** The summary the CLI prints, line by line in the build log. */
    void logSummary(ReportRun.Outcome outcome) {
        StringWriter text = new StringWriter();
        outcome.printSummary(new PrintWriter(text));
        text.toString().lines().forEach(getLog()::info);
    }

    private static boolean holdsInputs(Path folder) throws MojoExecutionException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> inputs = Files.newDirectoryStream(folder, "*.{jfr,hprof}")) {
            return inputs.iterator().hasNext();
        } catch (IOException e) {
            throw new MojoExecutionException("leakscope: " + folder + ": cannot list: " + e, e);
        }
    }
}
