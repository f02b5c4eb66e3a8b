package leakscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import leakscope.analyzer.fixtures.ChildJvm;
import leakscope.analyzer.fixtures.LeakyProgram;
import leakscope.analyzer.fixtures.ServerProgram;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Handles held for the program's life are no leaks: {@code --fail-on} never matches them (CONTRACT.md §2, §3). */
class LifetimeFailOnTest {
    @TempDir
    static Path recordings;
    static Path server;

    @TempDir
    Path work;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void record() throws Exception {
        server = ChildJvm.record(recordings, "server", ServerProgram.class);
    }

    @Test
    void aServerThatExitsHoldingItsListeningSocketAndPoolFailsNoRule() {
        assertThat(cli.run("analyze", server.toString(), "--out", work.toString(), "--fail-on", "leaked,suspected")).isZero();
        assertThat(cli.out()).startsWith("leakscope: 0 leaked, 0 suspected in 1 recording(s)")
                .contains("\nheld for the program's life (not leaks): 3 handle(s) at 2 site(s)\n");
    }

    @Test
    void withTheLeaksOfAnotherJvmTheRuleStillFailsOnThoseAlone() throws Exception {
        Path leaky = ChildJvm.record(recordings, "leaky", LeakyProgram.class);
        assertThat(cli.run("analyze", server.toString(), leaky.toString(), "--out", work.toString(), "--fail-on", "leaked"))
                .isEqualTo(1);
        assertThat(cli.out()).startsWith("leakscope: 9 leaked, 0 suspected in 2 recording(s)")
                .contains("held for the program's life (not leaks): 3 handle(s) at 2 site(s)")
                .doesNotContain("ServerProgram");
    }
}
