package leakscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
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
                + "holding sockets, a map that only grows, and a FileInputStream it never closes nor marks, found by the agent) "
                + "in a child JVM with the JFR flags and leakscope's agent, then analyses it.")
final class DemoCommand implements Callable<Integer> {
    private static final int TIMEOUT_SECONDS = 120;
    private static final String AGENT_RESOURCE = "leakscope-agent.jar";

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
        Optional<Path> agent = bundledAgent(report.out);
        if (agent.isEmpty()) {
            err.println("leakscope: this build bundles no agent jar: the sample's zero-code part is not recorded");
        }
        record(recording, report.out.resolve("demo.log"), agent);
        Analysis analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);
        List<Path> written = report.write(analysis, Optional.empty());
        ConsoleSummary.print(analysis, written, spec.commandLine().getOut());
        return 0;
    }

    /**
     * The agent jar that {@code leakscope.jar} carries (the build copies it in), written next to the
     * report; empty when running from a build without it (the module's own tests).
     */
    private static Optional<Path> bundledAgent(Path folder) throws IOException {
        try (InputStream jar = SampleApp.class.getResourceAsStream(AGENT_RESOURCE)) {
            if (jar == null) {
                return Optional.empty();
            }
            Path agent = folder.resolve(AGENT_RESOURCE);
            Files.copy(jar, agent, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(agent);
        }
    }

    private static void record(Path recording, Path log, Optional<Path> agent) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString()));
        agent.ifPresent(jar -> command.add("-javaagent:" + jar));
        command.addAll(List.of("-XX:StartFlightRecording:dumponexit=true,filename=" + recording,
                "-cp", System.getProperty("java.class.path"), SampleApp.class.getName()));
        Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!app.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            app.destroyForcibly();
            throw new IOException("the sample application did not finish in " + TIMEOUT_SECONDS + " s; see " + log);
        }
        if (app.exitValue() != 0 || !Files.exists(recording)) {
            throw new IOException("the sample application failed (exit " + app.exitValue() + "); see " + log);
        }
    }
}
