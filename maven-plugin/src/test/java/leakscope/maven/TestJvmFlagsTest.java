package leakscope.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestJvmFlagsTest {
    private static final Path AGENT = Path.of("/repo/dev/leakscope/leakscope-agent/0.1.0/leakscope-agent-0.1.0.jar");
    private static final String OURS = "-javaagent:" + AGENT + " -XX:FlightRecorderOptions:memorysize=256m"
            + " -XX:StartFlightRecording:name=leakscope,settings=default,dumponexit=true,maxsize=2g,filename=/p/target/leakscope/"
            + " -Xlog:jfr+startup=error";

    private final TestJvmFlags flags = new TestJvmFlags(AGENT, Optional.empty(), Path.of("/p/target/leakscope"), "256m",
            "2g", "default");

    @Test
    void withNoArgLineTheFlagsAreTheWholeLine() {
        assertThat(flags.prependTo(null)).isEqualTo(OURS);
        assertThat(flags.prependTo("")).isEqualTo(OURS);
    }

    @Test
    void theProjectsArgumentsComeAfterOursExactlyAsWrittenSoTheyWin() {
        String project = "-Xmx512m  '-Dgreeting=hello world' \"-Dpath=/a b\" @{extra} -XX:FlightRecorderOptions:memorysize=1g";
        assertThat(flags.prependTo(project)).isEqualTo(OURS
                + " -Xmx512m '-Dgreeting=hello world' \"-Dpath=/a b\" @{extra} -XX:FlightRecorderOptions:memorysize=1g");
    }

    @Test
    void jacocosAgentBeforeOrAfterStaysOnTheLine() {
        String jacoco = "-javaagent:/repo/org/jacoco/org.jacoco.agent/0.8.15/org.jacoco.agent-0.8.15-runtime.jar"
                + "=destfile=/p/target/jacoco.exec";
        assertThat(flags.prependTo(jacoco)).isEqualTo(OURS + " " + jacoco);
        // JaCoCo's prepare-agent running after ours prepends its agent to our line, which keeps working too
        assertThat(ArgLine.parse(jacoco + " " + flags.prependTo("")).arguments()).hasSize(5);
    }

    @Test
    void aSecondExecutionReplacesTheFirstsFlagsInsteadOfAddingAnotherAgentOrRecording() {
        String once = flags.prependTo("-Xmx1g");
        TestJvmFlags other = new TestJvmFlags(Path.of("/elsewhere/leakscope-agent-0.0.9.jar"), Optional.of("kinds=file"),
                Path.of("/p/target/leakscope"), "64m", "1g", "profile");
        String twice = other.prependTo(once);
        assertThat(twice).startsWith("-javaagent:/elsewhere/leakscope-agent-0.0.9.jar=kinds=file ")
                .endsWith(" -Xmx1g").doesNotContain(AGENT.toString()).doesNotContain("maxsize=2g");
        assertThat(twice.split("StartFlightRecording", -1)).hasSize(2);
    }

    @Test
    void pathsWithSpacesAreQuotedAndParseBackToOneArgument() {
        TestJvmFlags spaced = new TestJvmFlags(Path.of("/home/a user/.m2/leakscope-agent.jar"), Optional.empty(),
                Path.of("/home/a user/p/target/leakscope"), "256m", "2g", "default");
        String line = spaced.prependTo("-Xmx1g");
        assertThat(line).startsWith("\"-javaagent:/home/a user/.m2/leakscope-agent.jar\" ");
        assertThat(ArgLine.parse(line).arguments()).extracting(ArgLine.Argument::value)
                .containsExactlyElementsOf(concat(spaced.arguments(), "-Xmx1g"));
    }

    @Test
    void aCommaInAJfrOptionIsRefusedNotSilentlyCut() {
        assertThatThrownBy(() -> new TestJvmFlags(AGENT, Optional.empty(), Path.of("/p,q/target"), "256m", "2g", "default"))
                .hasMessageContaining("cannot contain a comma: /p,q/target");
    }

    private static java.util.List<String> concat(java.util.List<String> first, String last) {
        java.util.List<String> all = new java.util.ArrayList<>(first);
        all.add(last);
        return all;
    }
}
