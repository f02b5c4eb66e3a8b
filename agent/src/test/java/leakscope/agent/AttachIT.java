package leakscope.agent;

import static org.assertj.core.api.Assertions.assertThat;

import agentprobe.AttachProbe;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import leakscope.agent.RecordedHandles.Acquire;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The agent attached to a running JVM ({@code Agent-Class}), on JDK 17 and 25: handles opened before
 * the attach stay silent, even when closed after it; handles opened after it are tracked.
 */
class AttachIT {
    @TempDir
    Path work;

    @ParameterizedTest
    @MethodSource("leakscope.agent.ChildJvm#jdks")
    void handlesOpenedBeforeTheAttachStaySilentAndThoseOpenedAfterAreTracked(Path jdk) throws Exception {
        Path recording = work.resolve("attach.jfr");
        Path output = work.resolve("attach.out");
        // JDK 21+ warns about agents loaded into a running JVM unless this flag says it is intended (JEP 451)
        List<String> options = jdk.equals(ChildJvm.JDK_17) ? List.of() : List.of("-XX:+EnableDynamicAgentLoading");
        Process child = ChildJvm.start(jdk, recording, output, null, options, AttachProbe.class.getName());
        String pid = awaitReady(child, output);

        VirtualMachine vm = VirtualMachine.attach(pid);
        try {
            vm.loadAgent(ChildJvm.AGENT.toAbsolutePath().toString());
        } finally {
            vm.detach();
        }
        try (OutputStream in = child.getOutputStream()) {
            in.write("attached\n".getBytes(StandardCharsets.UTF_8));
        }
        List<String> lines = ChildJvm.finish(child, output);

        assertThat(lines).contains("DONE|true|true").noneMatch(l -> l.startsWith("leakscope-agent:") || l.contains("WARNING"));
        RecordedHandles handles = RecordedHandles.of(recording);
        String probe = AttachProbe.class.getName();
        assertThat(handles.at(probe + ".openBefore")).isEmpty();
        List<Acquire> after = handles.at(probe + ".openAfter");
        assertThat(handles.acquires()).extracting(Acquire::kind).containsOnly("file");
        assertThat(after).hasSize(2);
        assertThat(handles.releasedIds()).as("the close of a file opened before the attach is not recorded")
                .containsExactly(after.get(1).id());
    }

    private static String awaitReady(Process child, Path output) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline && child.isAlive()) {
            List<String> lines = Files.exists(output) ? Files.readAllLines(output, StandardCharsets.UTF_8) : new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith("READY|")) {
                    return line.substring("READY|".length());
                }
            }
            Thread.sleep(50);
        }
        child.destroyForcibly();
        throw new AssertionError("the child never became ready: " + Files.readString(output));
    }
}
