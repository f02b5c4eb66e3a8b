package leakscope.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The flags that make a test JVM record itself for leakscope: the agent, and a JFR recording that starts with
 * the JVM and is written into {@code directory} when it exits, one file per JVM (JFR names a file after the
 * process id when {@code filename} is a directory), so forks, reused or not, never share a file.
 *
 * @param agentOptions the agent's arguments ({@code -javaagent:jar=OPTIONS}), if any
 * @param memorySize JFR's buffer memory: the default (10 MB) loses events in a busy suite (jdk.DataLoss)
 * @param maxSize the recording's size limit: without one, JFR drops the oldest chunks past 250 MB
 * @param jfrSettings a JFR settings name ({@code default}, {@code profile}) or a {@code .jfc} file
 */
record TestJvmFlags(Path agentJar, Optional<String> agentOptions, Path directory, String memorySize, String maxSize,
        String jfrSettings) {
    /** Names leakscope's recording, so that a second execution replaces it instead of adding another. */
    static final String RECORDING_NAME = "leakscope";
    /** JFR prints its start on standard output, which Surefire reports as a corrupted channel: errors only. */
    static final String QUIET_JFR_START = "-Xlog:jfr+startup=error";

    TestJvmFlags {
        Objects.requireNonNull(agentJar, "agentJar");
        Objects.requireNonNull(agentOptions, "agentOptions");
        Objects.requireNonNull(directory, "directory");
        for (String value : List.of(directory.toString(), memorySize, maxSize, jfrSettings)) {
            if (value.contains(",")) {
                // JFR splits its options at commas; a comma in a value would silently cut it
                throw new IllegalArgumentException("a JFR option cannot contain a comma: " + value);
            }
        }
    }

    List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        arguments.add(agent());
        arguments.add("-XX:FlightRecorderOptions:memorysize=" + memorySize);
        // the trailing separator makes JFR treat filename as a directory and name the file after the process
        arguments.add("-XX:StartFlightRecording:name=" + RECORDING_NAME + ",settings=" + jfrSettings
                + ",dumponexit=true,maxsize=" + maxSize + ",filename=" + directory.toAbsolutePath() + File.separator);
        arguments.add(QUIET_JFR_START);
        return arguments;
    }

    /** The project's argument line with these flags first, replacing those of an earlier execution. */
    String prependTo(String argLine) {
        List<String> ours = arguments();
        return ArgLine.parse(argLine).prepend(ours, value -> ours.contains(value) || isLeakscopeAgent(value)
                || value.startsWith("-XX:StartFlightRecording:name=" + RECORDING_NAME + ",")).toString();
    }

    private String agent() {
        return "-javaagent:" + agentJar.toAbsolutePath() + agentOptions.map(o -> "=" + o).orElse("");
    }

    /** Any version of the leakscope agent: two copies would report every handle twice. */
    private static boolean isLeakscopeAgent(String value) {
        if (!value.startsWith("-javaagent:")) {
            return false;
        }
        String jar = value.substring("-javaagent:".length()).replaceFirst("=.*", "");
        String fileName = jar.substring(Math.max(jar.lastIndexOf('/'), jar.lastIndexOf('\\')) + 1);
        return fileName.startsWith("leakscope-agent");
    }
}
