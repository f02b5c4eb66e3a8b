package leakscope.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import agentprobe.FdProbe;
import java.nio.file.Path;
import java.util.List;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The agent against /proc/self/fd, kind by kind, on JDK 17 and 25; then the analysis of the same run. */
class FileDescriptorsIT {
    @TempDir
    Path work;

    @ParameterizedTest
    @MethodSource("leakscope.agent.ChildJvm#jdks")
    void osDescriptorsAndRecordedHandlesRiseAndFallTogetherAndTheLeftOpenOnesAreFoundAtTheirLines(Path jdk) throws Exception {
        assertProbeAgreesWithTheOs(ChildJvm.run(jdk, work, List.of(), FdProbe.class.getName()));
    }

    /** JDK 17 still ships the pre-JDK-13 Socket and pre-JDK-15 DatagramSocket implementations, behind two properties. */
    @Test
    void jdk17sLegacySocketImplementationsAreTrackedAsTheDefaultOnesAre() throws Exception {
        ChildJvm.Run run = ChildJvm.run(ChildJvm.JDK_17, work,
                List.of("-Djdk.net.usePlainSocketImpl=true", "-Djdk.net.usePlainDatagramSocketImpl=true",
                        "--add-opens=java.base/java.net=ALL-UNNAMED"), FdProbe.class.getName(),
                "--print-socket-impl");

        assertThat(run.rows("SOCKET_IMPL")).extracting(r -> r[1]).containsExactly("java.net.PlainSocketImpl");
        assertProbeAgreesWithTheOs(run);
    }

    private static void assertProbeAgreesWithTheOs(ChildJvm.Run run) throws Exception {
        List<String[]> results = run.rows("RESULT");
        assertThat(results).hasSize(28);
        for (String[] r : results) {
            // RESULT, name, kind, handles expected, fds expected, OS rise, agent rise, OS after close, agent after close
            assertThat(List.of(r[5], r[6], r[7], r[8])).as(r[1] + " (" + r[2] + "): OS and agent rise, then both fall back")
                    .containsExactly(r[4], r[3], "0", "0");
        }

        Analysis analysis = run.analysis();
        List<String[]> left = run.rows("LEAK");
        assertThat(analysis.leaks()).extracting(g -> g.reason(), g -> g.kind(), g -> g.site().text(), g -> g.count())
                .containsExactlyInAnyOrderElementsOf(left.stream().map(l -> tuple(Reason.OPEN_AT_EXIT, l[1],
                        "agentprobe.FdProbe.leaveOneOfEachOpen(FdProbe.java:" + l[2] + ")", 1L)).toList());
        assertThat(analysis.anomalies().doubleReleases()).isZero();
        assertThat(analysis.anomalies().unmatchedReleases()).isZero();
    }
}
