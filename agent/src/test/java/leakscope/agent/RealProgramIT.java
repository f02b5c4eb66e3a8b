package leakscope.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import agentprobe.JettyProbe;
import java.nio.file.Path;
import java.util.List;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Embedded Jetty 12 (selectors, server and accepted channels, its files) under the agent with load on loopback. */
class RealProgramIT {
    @TempDir
    Path work;

    @Test
    void aHealthyServerUnderLoadReportsNoLeak() throws Exception {
        ChildJvm.Run run = ChildJvm.run(ChildJvm.JDK_17, work, List.of(), JettyProbe.class.getName(), "healthy");

        assertThat(run.rows("SERVED")).extracting(r -> r[1]).containsExactly("200");
        Analysis analysis = run.analysis();
        assertThat(analysis.leaks()).isEmpty();
        assertThat(analysis.anomalies().doubleReleases()).isZero();
    }

    @Test
    void aServerStillRunningAtExitHoldsItsListeningSocketAndSelectorsForItsLifeNotAsLeaks() throws Exception {
        ChildJvm.Run run = ChildJvm.run(ChildJvm.JDK_17, work, List.of(), JettyProbe.class.getName(), "held", "6500");

        Analysis analysis = run.analysis();
        assertThat(analysis.leaks()).isEmpty();
        assertThat(analysis.lifetime()).extracting(g -> g.kind(), g -> g.site().text()).contains(
                tuple("server-socket", "org.eclipse.jetty.server.ServerConnector.openAcceptChannel(ServerConnector.java:339)"),
                tuple("selector", "org.eclipse.jetty.io.SelectorManager.newSelector(SelectorManager.java:298)"));
    }

    @Test
    void aHandlerThatLeavesAFileOpenPerRequestIsFoundAtItsLine() throws Exception {
        ChildJvm.Run run = ChildJvm.run(ChildJvm.JDK_17, work, List.of(), JettyProbe.class.getName(), "leaky");

        assertThat(run.rows("SERVED")).extracting(r -> r[1]).containsExactly("220");
        String line = run.rows("LEAK").get(0)[2];
        assertThat(run.analysis().leaks()).extracting(g -> g.reason(), g -> g.kind(), g -> g.site().text(), g -> g.count())
                .containsExactly(tuple(Reason.OPEN_AT_EXIT, "file",
                        "agentprobe.JettyProbe$PageHandler.handle(JettyProbe.java:" + line + ")", (long) JettyProbe.LEAKY_REQUESTS));
    }
}
