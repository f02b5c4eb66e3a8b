package leakscope.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import leakscope.analyzer.AnalysisException;
import leakscope.analyzer.AnalysisOptions;
import leakscope.analyzer.Analyzer;
import leakscope.analyzer.Progress;
import leakscope.analyzer.model.Analysis;

/** Runs a main class of the test classes in a child JVM under the agent and a recording, and analyses the recording. */
final class ChildJvm {
    static final Path AGENT = Path.of(System.getProperty("leakscope.agent.jar", "target/leakscope-agent.jar"));
    static final Path JDK_17 = Path.of(System.getProperty("java.home"));
    static final Path JDK_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    /** The JDKs the agent is proven on; JDK 25 is skipped where absent. */
    static List<Path> jdks() {
        return List.of(JDK_17, JDK_25);
    }

    static void assumePresent(Path jdk) {
        assumeTrue(Files.isExecutable(jdk.resolve("bin/java")), "JDK not installed here, agent not tested on it: " + jdk);
    }

    /** What the child printed, and its recording. */
    record Run(List<String> lines, Path recording) {
        List<String[]> rows(String tag) {
            return lines.stream().filter(l -> l.startsWith(tag + "|")).map(l -> l.split("\\|")).toList();
        }

        Analysis analysis() throws AnalysisException {
            return Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);
        }
    }

    static Run run(Path jdk, Path workDir, List<String> jvmOptions, String mainClass, String... args)
            throws IOException, InterruptedException {
        return run(jdk, workDir, "", jvmOptions, mainClass, args);
    }

    /** Runs under the agent with {@code agentArguments} (after {@code =}; empty for none), which must start silently. */
    static Run run(Path jdk, Path workDir, String agentArguments, List<String> jvmOptions, String mainClass, String... args)
            throws IOException, InterruptedException {
        Run run = runAllowingAgentLines(jdk, workDir, agentArguments, jvmOptions, mainClass, args);
        assertThat(run.lines()).as("no agent error").noneMatch(l -> l.startsWith("leakscope-agent:"));
        return run;
    }

    /** As {@link #run}, but what the agent prints is the caller's to check. */
    static Run runAllowingAgentLines(Path jdk, Path workDir, String agentArguments, List<String> jvmOptions,
            String mainClass, String... args) throws IOException, InterruptedException {
        String agent = "-javaagent:" + AGENT.toAbsolutePath() + (agentArguments.isEmpty() ? "" : "=" + agentArguments);
        Path recording = workDir.resolve(mainClass + ".jfr");
        Path output = workDir.resolve(mainClass + ".out");
        Process process = start(jdk, recording, output, agent, jvmOptions, mainClass, args);
        return new Run(finish(process, output), recording);
    }

    /**
     * Starts {@code mainClass} with a recording into {@code recording}, its output (stdout and stderr)
     * into {@code output}; {@code agentOption} is the {@code -javaagent:} option, or null for none.
     */
    static Process start(Path jdk, Path recording, Path output, String agentOption, List<String> jvmOptions,
            String mainClass, String... args) throws IOException {
        assumePresent(jdk);
        assertThat(AGENT).as("the agent jar (mvn package)").exists();
        List<String> command = new ArrayList<>(List.of(jdk.resolve("bin/java").toString(), "-Xmx256m"));
        if (agentOption != null) {
            command.add(agentOption);
        }
        command.addAll(List.of("-XX:StartFlightRecording:filename=" + recording + ",settings=default",
                "-Xlog:jfr+startup=warning"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    /** Waits for the child to end and returns its output, asserting that it ended well and without a CDS warning. */
    static List<String> finish(Process process, Path output) throws IOException, InterruptedException {
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(ended).as("child JVM ended in time; output:\n" + String.join("\n", lines)).isTrue();
        assertThat(process.exitValue()).as("child JVM exit code; output:\n" + String.join("\n", lines)).isZero();
        assertThat(lines).as("no CDS warning").noneMatch(l -> l.contains("Sharing is only supported"));
        return lines;
    }

    private ChildJvm() {
    }
}
