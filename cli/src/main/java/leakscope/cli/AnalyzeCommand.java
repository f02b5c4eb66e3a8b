package leakscope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import leakscope.analyzer.AnalysisException;
import leakscope.analyzer.AnalysisOptions;
import leakscope.analyzer.FailOn;
import leakscope.heap.HeapDumps;
import leakscope.reports.ReportRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
        description = "Finds leaked handles, sessions that stopped holding them, and growing series in JFR recordings.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:--fail-on matched", "2:bad usage or unreadable input"})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR",
            description = ".jfr files, .hprof heap dumps of the same JVM (reference paths for still-reachable objects), "
                    + "or directories of them (e.g. a JFR repository).")
    List<Path> inputs;

    @Mixin
    ReportOptions report;

    @Option(names = "--fail-on", paramLabel = "RULE", split = ",",
            description = "Exit 1 when anything is leaked (leaked), leaked or suspected (suspected), or a series keeps "
                    + "growing (growing); comma-separated, any one matching fails. Handles held for the program's life "
                    + "(docs/lifetime.md) are no leaks and never fail.")
    List<FailOn> failOn = new ArrayList<>();

    @Option(names = "--skip-frames", paramLabel = "PKG", split = ",",
            description = "Packages whose frames are never a leak's site, comma-separated.")
    List<String> skipFrames = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads reading a multi-chunk recording's chunks (default: one less than the cores, at least 1).")
    int threads = AnalysisOptions.DEFAULTS.threads();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Compare with a baseline (or a leakscope.json report): groups are marked new, grown, unchanged "
                    + "or fixed, and --fail-on judges only new and grown groups.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Store this run's leak groups by fingerprint, as the baseline of later runs.")
    Path writeBaseline;

    @Override
    public Integer call() throws AnalysisException, IOException {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        report.prepare();
        AnalysisOptions options = new AnalysisOptions(skipFrames, threads);
        StderrProgress progress = new StderrProgress(spec.commandLine().getErr(), System.console() != null);
        ReportRun.Outcome outcome = ReportRun.run(new ReportRun.Settings(Optional.ofNullable(baseline),
                Optional.ofNullable(writeBaseline)), () -> HeapDumps.analyze(inputs, options, progress), report::write);
        outcome.printSummary(report.summaryStream());
        return FailOn.failures(failOn, outcome.analysis(), outcome.comparison()).isEmpty() ? 0 : 1;
    }
}
