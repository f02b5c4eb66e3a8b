package leakscope.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepareAgentMojoTest {
    @TempDir
    Path work;

    private PrepareAgentMojo mojo(Path agentJar) {
        PrepareAgentMojo mojo = new PrepareAgentMojo();
        mojo.project = new MavenProject();
        mojo.directory = work.resolve("target/leakscope").toFile();
        Artifact agent = new DefaultArtifact("dev.leakscope", "leakscope-agent", "0.1.0", "runtime", "jar", null,
                new DefaultArtifactHandler("jar"));
        agent.setFile(agentJar.toFile());
        mojo.pluginArtifactMap = Map.of(PrepareAgentMojo.AGENT_ARTIFACT, agent);
        mojo.propertyName = "argLine";
        mojo.memorySize = "256m";
        mojo.maxSize = "2g";
        mojo.jfrSettings = "default";
        return mojo;
    }

    @Test
    void putsTheAgentAndTheRecordingBeforeTheProjectsArgLineAndClearsAnEarlierRunsRecordings() throws Exception {
        Path recordings = Files.createDirectories(work.resolve("target/leakscope"));
        Files.writeString(recordings.resolve("hotspot-pid-1-id-1.jfr"), "old");
        Files.writeString(recordings.resolve("notes.txt"), "kept");
        PrepareAgentMojo mojo = mojo(work.resolve("leakscope-agent-0.1.0.jar"));
        mojo.project.getProperties().setProperty("argLine", "-Xmx1g");
        mojo.execute();
        assertThat(mojo.project.getProperties().getProperty("argLine"))
                .startsWith("-javaagent:" + work.resolve("leakscope-agent-0.1.0.jar") + " ")
                .contains(",filename=" + recordings + "/ ").endsWith(" -Xmx1g");
        assertThat(recordings.resolve("hotspot-pid-1-id-1.jfr")).doesNotExist();
        assertThat(recordings.resolve("notes.txt")).exists();
    }

    @Test
    void appendKeepsEarlierRecordings() throws Exception {
        Path old = Files.createDirectories(work.resolve("target/leakscope")).resolve("old.jfr");
        Files.writeString(old, "old");
        PrepareAgentMojo mojo = mojo(work.resolve("leakscope-agent.jar"));
        mojo.append = true;
        mojo.execute();
        assertThat(old).exists();
    }

    @Test
    void skippedItStillDefinesThePropertySoAtArgLineResolves() throws Exception {
        PrepareAgentMojo mojo = mojo(work.resolve("leakscope-agent.jar"));
        mojo.skip = true;
        mojo.execute();
        assertThat(mojo.project.getProperties().getProperty("argLine")).isEmpty();
        mojo.project.getProperties().setProperty("argLine", "-Xmx1g");
        mojo.execute();
        assertThat(mojo.project.getProperties().getProperty("argLine")).isEqualTo("-Xmx1g");
    }

    @Test
    void aMissingAgentArtifactIsNamed() {
        PrepareAgentMojo mojo = mojo(work.resolve("leakscope-agent.jar"));
        mojo.pluginArtifactMap = Map.of();
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("dev.leakscope:leakscope-agent");
    }
}
