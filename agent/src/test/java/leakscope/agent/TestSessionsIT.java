package leakscope.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import agentprobe.RunTests;
import java.nio.file.Path;
import java.util.List;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests run under the agent: each in its own session (the listener), and {@code @LeakCheck} sees the JDK's handles. */
class TestSessionsIT {
    @TempDir
    Path work;

    @Test
    void aFileATestLeavesOpenIsLeakedWhenItsSessionStopsAtTheTestsLine() throws Exception {
        ChildJvm.Run run = ChildJvm.run(ChildJvm.JDK_17, work, List.of(), RunTests.class.getName(),
                "agentprobe.samples.ListenerSamples");

        assertThat(run.rows("TEST")).extracting(r -> r[1] + " " + r[2])
                .containsExactlyInAnyOrder("leaksAFile() SUCCESSFUL", "closesAFile() SUCCESSFUL");
        String line = run.rows("LEAK").get(0)[2];
        Analysis analysis = run.analysis();
        // a collection before the JVM exits may reclaim the stream too, but after its session stopped: that decides
        assertThat(analysis.leaks()).extracting(g -> g.reason(), g -> g.kind(), g -> g.site().text(), g -> g.count())
                .containsExactly(tuple(Reason.SESSION_STOPPED, "file",
                        "agentprobe.samples.ListenerSamples.leaksAFile(ListenerSamples.java:" + line + ")", 1L));
        assertThat(analysis.sessions().stoppedHolding()).extracting(s -> s.name(), s -> s.handles())
                .containsExactly(tuple("agentprobe.samples.ListenerSamples.leaksAFile()", 1L));
        assertThat(analysis.sessions().started()).isEqualTo(2);
        assertThat(analysis.sessions().neverStopped()).isEmpty();
    }

    @Test
    void leakCheckFailsATestThatLeavesAFileInputStreamOrASocketOpenNamingItsLine() throws Exception {
        ChildJvm.Run run = ChildJvm.run(ChildJvm.JDK_17, work, List.of(), RunTests.class.getName(),
                "agentprobe.samples.LeakCheckSamples");

        List<String[]> leaks = run.rows("LEAK");
        assertThat(run.rows("TEST")).extracting(r -> r[1], r -> r[2]).containsExactlyInAnyOrder(
                tuple("leaksAFileInputStream()", "FAILED"), tuple("leaksASocket()", "FAILED"),
                tuple("closesWhatItOpens()", "SUCCESSFUL"));
        for (String[] test : run.rows("TEST")) {
            if (test[2].equals("FAILED")) {
                String kind = test[1].contains("Socket") ? "socket" : "file";
                String line = leaks.stream().filter(l -> l[1].equals(kind)).findFirst().orElseThrow()[2];
                assertThat(test[3]).contains("LeakCheckSamples." + test[1].replace("()", "") + "(LeakCheckSamples.java:"
                        + line + ")").contains(kind);
            }
        }
    }
}
