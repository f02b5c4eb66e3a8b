package leakscope.maven;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Puts the leakscope agent and a JFR recording on the test JVMs: sets the property Surefire and Failsafe read
 * ({@code argLine}), keeping what the project already has there, as JaCoCo's {@code prepare-agent} does. Each
 * test JVM writes one recording into {@code target/leakscope/} when it exits. A project that sets Surefire's
 * {@code <argLine>} itself keeps the property with {@code <argLine>@{argLine} -Xmx1g</argLine>}.
 */
@Mojo(name = "prepare-agent", defaultPhase = LifecyclePhase.INITIALIZE, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class PrepareAgentMojo extends LeakscopeMojo {
    static final String AGENT_ARTIFACT = "dev.leakscope:leakscope-agent";

    @Parameter(property = "plugin.artifactMap", required = true, readonly = true)
    Map<String, Artifact> pluginArtifactMap;

    /** The property to set: {@code argLine} for Surefire and Failsafe, or another one the build passes on. */
    @Parameter(property = "leakscope.propertyName", defaultValue = "argLine")
    String propertyName;

    /** The agent's arguments ({@code -javaagent:leakscope-agent.jar=OPTIONS}); none by default. */
    @Parameter(property = "leakscope.agentOptions")
    String agentOptions;

    /** JFR's buffer memory per test JVM: enough that a busy suite loses no events ({@code jdk.DataLoss}). */
    @Parameter(property = "leakscope.memorySize", defaultValue = "256m")
    String memorySize;

    /** The size limit of each recording: without one JFR silently drops the oldest data past 250 MB. */
    @Parameter(property = "leakscope.maxSize", defaultValue = "2g")
    String maxSize;

    /** JFR settings: {@code default}, {@code profile}, or the path of a {@code .jfc} file. */
    @Parameter(property = "leakscope.jfrSettings", defaultValue = "default")
    String jfrSettings;

    /**
     * Keep the recordings of earlier runs in the folder. By default they are removed, so that a report is
     * about this run's tests, not about leaks an earlier run had.
     */
    @Parameter(property = "leakscope.append", defaultValue = "false")
    boolean append;

    @Override
    void run() throws MojoExecutionException {
        Path folder = directory.toPath();
        TestJvmFlags flags;
        try {
            flags = new TestJvmFlags(agentJar(), Optional.ofNullable(agentOptions).filter(o -> !o.isBlank()), folder,
                    memorySize, maxSize, jfrSettings);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("leakscope: " + e.getMessage(), e);
        }
        try {
            Files.createDirectories(folder); // JFR writes into the folder but does not create it
            if (!append) {
                removeEarlierRecordings(folder);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("leakscope: " + folder + ": cannot prepare the folder of recordings: " + e, e);
        }
        Properties properties = project.getProperties();
        String value = flags.prependTo(properties.getProperty(propertyName));
        properties.setProperty(propertyName, value);
        getLog().info("leakscope: " + propertyName + " set to " + value);
    }

    /** Like JaCoCo: a skipped goal still defines the property, so {@code @{argLine}} resolves to nothing. */
    @Override
    void skipped() {
        if (project.getProperties().getProperty(propertyName) == null) {
            project.getProperties().setProperty(propertyName, "");
        }
    }

    private Path agentJar() throws MojoExecutionException {
        Artifact agent = pluginArtifactMap.get(AGENT_ARTIFACT);
        if (agent == null || agent.getFile() == null) {
            throw new MojoExecutionException("leakscope: the agent (" + AGENT_ARTIFACT + ") is not among the plugin's "
                    + "resolved dependencies; do not exclude it");
        }
        return agent.getFile().toPath();
    }

    private void removeEarlierRecordings(Path folder) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, "*.{jfr,hprof}")) {
            for (Path file : old) {
                Files.delete(file);
                removed++;
            }
        }
        if (removed > 0) {
            getLog().info("leakscope: removed " + removed + " recording(s) of an earlier run from " + folder);
        }
    }
}
