package leakscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import leakscope.analyzer.AnalysisException;
import leakscope.analyzer.AnalysisOptions;
import leakscope.analyzer.Analyzer;
import leakscope.analyzer.Progress;
import leakscope.analyzer.model.Analysis;
import leakscope.cli.demo.SampleApp;
import leakscope.reports.ConsoleSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
        description = "Records the bundled sample application (it leaks files from a shared helper, sessions that stop "
                + "holding sockets, and a map that only grows) in a child JVM with the JFR flags, then analyses it.")
final class DemoCommand implements Callable<Integer> {
    private static final int TIMEOUT_SECONDS = 120;

    @Spec
    CommandSpec spec;

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() throws AnalysisException, IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (report.isStandardOutput()) {
            throw new ParameterException(spec.commandLine(), "demo writes its recording and report into a folder: "
                    + "give --out a folder, not -");
        }
        report.prepare();
        Files.createDirectories(report.out);
        Path recording = report.out.resolve("demo.jfr");
        Files.deleteIfExists(recording);
        err.println("leakscope: recording the sample application into " + recording + " (a few seconds)");
        err.flush();
        record(recording, report.out.resolve("demo.log"));
        Analysis analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);
        List<Path> written = report.write(analysis, Optional.empty());
        ConsoleSummary.print(analysis, written, spec.commandLine().getOut());
        return 0;
    }

    private static void record(Path recording, Path log) throws IOException, InterruptedException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(java, "-XX:StartFlightRecording:dumponexit=true,filename=" + recording,
                "-cp", System.getProperty("java.class.path"), SampleApp.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!app.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            app.destroyForcibly();
            throw new IOException("the sample application did not finish in " + TIMEOUT_SECONDS + " s; see " + log);
        }
        if (app.exitValue() != 0 || !Files.exists(recording)) {
            throw new IOException("the sample application failed (exit " + app.exitValue() + "); see " + log);
        }
    }
}
