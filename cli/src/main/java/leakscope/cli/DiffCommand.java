package leakscope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import leakscope.analyzer.baseline.Comparison;
import leakscope.reports.BaselineFile;
import leakscope.reports.DiffReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
        description = "Compares two reports' leak groups by fingerprint and prints the comparison as Markdown.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no new or grown leak groups", "1:HEAD has new or grown leak groups", "2:bad usage or unreadable input"})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "The baseline: a leakscope.json report or a baseline file.")
    Path base;

    @Parameters(index = "1", paramLabel = "HEAD", description = "The report to judge.")
    Path head;

    @Override
    public Integer call() throws IOException {
        Comparison comparison = Comparison.of(BaselineFile.read(base), BaselineFile.read(head));
        spec.commandLine().getOut().print(DiffReport.render(comparison));
        spec.commandLine().getOut().flush();
        return comparison.hasRegressions() ? 1 : 0;
    }
}
