package leakscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import leakscope.analyzer.AnalysisException;
import leakscope.analyzer.AnalysisOptions;
import leakscope.analyzer.Analyzer;
import leakscope.analyzer.model.Analysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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
            description = ".jfr files, or directories of them (e.g. a JFR repository).")
    List<Path> inputs;

    @Mixin
    ReportOptions report;

    @Option(names = "--fail-on", paramLabel = "VERDICT",
            description = "Exit 1 when anything is leaked (leaked), or leaked or suspected (suspected).")
    FailOn failOn;

    @Option(names = "--skip-frames", paramLabel = "PKG", split = ",",
            description = "Packages whose frames are never a leak's site, comma-separated.")
    List<String> skipFrames = new ArrayList<>();

    @Override
    public Integer call() throws AnalysisException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        Analysis analysis = Analyzer.analyze(inputs, new AnalysisOptions(skipFrames),
                new StderrProgress(spec.commandLine().getErr(), System.console() != null));
        List<Path> written = report.write(analysis);
        ConsoleSummary.print(analysis, written, out);
        return failOn != null && failOn.matches(analysis) ? 1 : 0;
    }
}
