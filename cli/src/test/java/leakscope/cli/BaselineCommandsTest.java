package leakscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import leakscope.analyzer.fixtures.ChildJvm;
import leakscope.analyzer.fixtures.LeakyProgram;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --write-baseline, --baseline and diff, on a real recording of LeakyProgram (5 leak groups). */
class BaselineCommandsTest {
    @TempDir
    static Path shared;
    static Path leaky;

    @TempDir
    Path work;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void record() throws Exception {
        leaky = ChildJvm.record(shared, "leaky", LeakyProgram.class);
    }

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aRunAgainstItsOwnBaselineHasNothingNewAndDoesNotFail() throws Exception {
        Path baseline = work.resolve("baseline/leaks.json");
        assertThat(run("analyze", leaky.toString(), "--out", work.resolve("r1").toString(), "--write-baseline",
                baseline.toString())).isZero();
        assertThat(Files.readString(baseline)).contains("\"fingerprint\" : \"leaked|open-at-exit|file|"
                + "leakscope.analyzer.fixtures.LeakyProgram.openConfig\"");

        assertThat(run("analyze", leaky.toString(), "--out", work.resolve("r2").toString(), "--baseline",
                baseline.toString(), "--fail-on", "leaked")).isZero();
        assertThat(cli.out()).startsWith("baseline: 0 new leak site(s), 0 fixed, 5 unchanged\n");
    }

    @Test
    void newAndGrownGroupsFailTheBuildAndLeadTheReport() throws Exception {
        Path baseline = work.resolve("leaks.json");
        run("analyze", leaky.toString(), "--out", work.resolve("r1").toString(), "--write-baseline", baseline.toString());
        // the main branch did not have the openLog leak, and leaked only 1 config file, but had a since-fixed one
        String edited = Files.readString(baseline)
                .replaceAll("\\{[^{}]*LeakyProgram.openLog[^{}]*\\},?", "")
                .replaceFirst("(openConfig\\(LeakyProgram.java:56\\)\",\\s*\"count\" : )3", "$11")
                .replace("\"groups\" : [", "\"groups\" : [ {\"verdict\":\"leaked\",\"reason\":\"open-at-exit\","
                        + "\"kind\":\"file\",\"site\":\"com.acme.Old.gone(Old.java:1)\",\"count\":2},");
        Files.writeString(baseline, edited);

        assertThat(run("analyze", leaky.toString(), "--out", work.resolve("r2").toString(), "--baseline",
                baseline.toString(), "--fail-on", "leaked")).isEqualTo(1);
        assertThat(cli.out()).startsWith("baseline: 1 new leak site(s), 1 grown, 1 fixed, 3 unchanged\n");
        assertThat(Files.readString(work.resolve("r2/report.md")))
                .startsWith("## leakscope: ❌ 9 handles leaked at 5 sites\n\n**1 new leak site(s), 1 grown, 1 fixed, 3 unchanged**\n")
                .contains("1. **grown 1 → 3** · `LeakyProgram.openConfig(LeakyProgram.java:56)` — 3 `file` handles were "
                        + "still open when the JVM exited")
                .contains("### Fixed since the baseline");
        assertThat(Files.readString(work.resolve("r2/leakscope.json"))).contains("\"status\" : \"new\"", "\"fixed\" : 1");
    }

    @Test
    void diffComparesTwoReportsAndExitsOneOnRegressions() throws Exception {
        run("analyze", leaky.toString(), "--out", work.resolve("head").toString(), "--format", "json");
        Path head = work.resolve("head/leakscope.json");
        Path empty = Files.writeString(work.resolve("empty-base.json"), "{\"leakscopeBaseline\": 1, \"groups\": []}");

        assertThat(run("diff", empty.toString(), head.toString())).isEqualTo(1);
        assertThat(cli.out()).startsWith("## leakscope: leaks against the baseline\n\n**5 new leak site(s), 0 fixed**\n")
                .contains("|site|count (baseline → now)|status|kind|reason|verdict|\n")
                .contains("|`LeakyProgram.handleRequest(LeakyProgram.java:")
                .contains("|0 → 2|**new**|`socket`|session-stopped|leaked|");

        assertThat(run("diff", head.toString(), head.toString())).isZero();
        assertThat(cli.out()).contains("**0 new leak site(s), 0 fixed, 5 unchanged**");
        assertThat(run("diff", head.toString(), empty.toString())).isZero();
        assertThat(cli.out()).contains("**0 new leak site(s), 5 fixed**");
    }

    @Test
    void aBaselineThatIsNotOneIsNamedInOneLine() throws Exception {
        Path junk = Files.writeString(work.resolve("junk.json"), "{ not json");
        assertThat(run("analyze", leaky.toString(), "--out", work.resolve("r").toString(), "--baseline", junk.toString()))
                .isEqualTo(2);
        assertThat(cli.err()).startsWith("leakscope: " + junk + ": not JSON (").doesNotContain("\tat ");
        assertThat(work.resolve("r")).doesNotExist();
        Path other = Files.writeString(work.resolve("other.json"), "{\"hello\": 1}");
        assertThat(run("diff", other.toString(), other.toString())).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("leakscope: " + other + ": neither a leakscope baseline nor a leakscope.json report\n");
    }

    @Test
    void diffOfADirectoryNamesIt() {
        assertThat(run("diff", work.toString(), work.toString())).isEqualTo(2);
        assertThat(cli.err()).startsWith("leakscope: " + work + ": ").contains("directory").endsWith("\n")
                .hasLineCount(1);
    }

    @Test
    void diffOfARecordingNamesItAndSaysWhatIsExpected() {
        assertThat(run("diff", leaky.toString(), leaky.toString())).isEqualTo(2);
        assertThat(cli.err()).startsWith("leakscope: " + leaky + ": not ").doesNotContain("Input length")
                .doesNotContain("\tat ");
    }
}
