package leakscope.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import agentprobe.LifetimeProbe;
import java.nio.file.Path;
import java.util.List;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.LifetimeGroup;
import leakscope.analyzer.model.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both sides of the lifetime rule (docs/lifetime.md) on programs under the agent that exit holding handles: a
 * server's listening socket, selector, log file and pool are held for its life; a handler that leaks a socket
 * every so many requests, and a loop that leaks files just before exit, leak.
 */
class LifetimeIT {
    private static final String PROBE = "agentprobe.LifetimeProbe.server(LifetimeProbe.java:";

    @TempDir
    Path work;

    @ParameterizedTest
    @MethodSource("leakscope.agent.ChildJvm#jdks")
    void aHealthyServerHoldsItsListeningSocketSelectorLogAndPoolForItsLife(Path jdk) throws Exception {
        ChildJvm.Run run = ChildJvm.run(jdk, work, List.of(), LifetimeProbe.class.getName(), "server", "6500", "0", "0");

        Analysis analysis = run.analysis();
        assertThat(analysis.leaks()).isEmpty();
        assertThat(analysis.lifetime()).extracting(LifetimeGroup::kind, g -> g.site().text(), LifetimeGroup::count)
                .containsExactly(
                        tuple("file", PROBE + line(run, "pool") + ")", 4L),
                        tuple("file", PROBE + line(run, "log") + ")", 1L),
                        tuple("selector", PROBE + line(run, "selector") + ")", 1L),
                        tuple("server-socket", PROBE + line(run, "listening") + ")", 1L));
        assertThat(Long.parseLong(run.rows("SERVED").get(0)[1])).isGreaterThan(100);
    }

    @Test
    void aHandlerThatLeaksASocketEverySoManyRequestsLeaksHoweverFewItsSockets() throws Exception {
        ChildJvm.Run run = ChildJvm.run(ChildJvm.JDK_17, work, List.of(), LifetimeProbe.class.getName(), "server", "6500",
                "300", "0");

        long leaked = Long.parseLong(run.rows("LEAKED").get(0)[1]);
        Analysis analysis = run.analysis();
        assertThat(leaked).isPositive();
        assertThat(analysis.leaks()).extracting(LeakGroup::reason, LeakGroup::kind, g -> g.site().text(), LeakGroup::count)
                .containsExactly(tuple(Reason.OPEN_AT_EXIT, "socket", PROBE + line(run, "leak") + ")", leaked));
        assertThat(analysis.lifetime()).extracting(LifetimeGroup::kind).containsExactly("file", "file", "selector",
                "server-socket");
    }

    @Test
    void aLoopThatLeaksJustBeforeExitLeaks() throws Exception {
        ChildJvm.Run run = ChildJvm.run(ChildJvm.JDK_17, work, List.of(), LifetimeProbe.class.getName(), "loop-at-end", "2000");

        assertThat(run.analysis().leaks()).extracting(LeakGroup::reason, g -> g.site().text(), LeakGroup::count)
                .containsExactly(tuple(Reason.OPEN_AT_EXIT, "agentprobe.LifetimeProbe.main(LifetimeProbe.java:"
                        + line(run, "loop") + ")", (long) LifetimeProbe.LOOP_LEAKS));
        assertThat(run.analysis().lifetime()).isEmpty();
    }

    private static String line(ChildJvm.Run run, String site) {
        return run.rows("SITE").stream().filter(r -> r[1].equals(site)).findFirst().orElseThrow()[2];
    }
}
