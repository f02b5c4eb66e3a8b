package leakscope.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import agentprobe.ConcurrencyProbe;
import agentprobe.ReclaimProbe;
import java.nio.file.Path;
import java.util.List;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Reason;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Handles collected while open, closes racing on one channel, and virtual threads, on JDK 17 and 25. */
class ReclaimAndConcurrencyIT {
    @TempDir
    Path work;

    @ParameterizedTest
    @MethodSource("leakscope.agent.ChildJvm#jdks")
    void handlesCollectedWhileOpenAreReclaimedWhetherOrNotTheJdkClosesThem(Path jdk) throws Exception {
        ChildJvm.Run run = ChildJvm.run(jdk, work, List.of(), ReclaimProbe.class.getName());

        assertThat(run.rows("OS")).extracting(r -> r[1]).as("descriptors the JDK never closes")
                .containsExactly(String.valueOf(ReclaimProbe.NEVER_CLOSED));
        Analysis analysis = run.analysis();
        assertThat(analysis.leaks()).extracting(g -> g.reason(), g -> g.kind(), g -> g.site().text(), g -> g.count())
                .containsExactlyInAnyOrderElementsOf(run.rows("DROPPED").stream().map(d -> tuple(Reason.RECLAIMED, d[1],
                        "agentprobe.ReclaimProbe.dropOneOfEach(ReclaimProbe.java:" + d[2] + ")", 1L)).toList());
        assertThat(analysis.anomalies().unmatchedReleases()).isZero();
        assertThat(analysis.anomalies().doubleReleases()).isZero();
    }

    @ParameterizedTest
    @MethodSource("leakscope.agent.ChildJvm#jdks")
    void manyThreadsClosingOneChannelReleaseItOnceAndVirtualThreadsLeakNothing(Path jdk) throws Exception {
        ChildJvm.Run run = ChildJvm.run(jdk, work, List.of(), ConcurrencyProbe.class.getName());

        assertThat(run.rows("ROUNDS")).extracting(r -> r[1] + "/" + r[2])
                .containsExactly(ConcurrencyProbe.ROUNDS + "/" + ConcurrencyProbe.ROUNDS);
        if (!jdk.equals(ChildJvm.JDK_17)) {
            int tasks = ConcurrencyProbe.VIRTUAL_TASKS;
            assertThat(run.rows("VIRTUAL")).extracting(r -> List.of(r[1], r[2], r[3], r[4]))
                    .containsExactly(List.of(String.valueOf(tasks), String.valueOf(tasks), String.valueOf(tasks), "0"));
        }
        Analysis analysis = run.analysis();
        assertThat(analysis.leaks()).isEmpty();
        assertThat(analysis.anomalies().doubleReleases()).isZero();
        assertThat(analysis.anomalies().unmatchedReleases()).isZero();
    }
}
