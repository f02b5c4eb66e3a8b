package leakscope.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import leakscope.analyzer.AnalysisOptions;
import leakscope.analyzer.Analyzer;
import leakscope.analyzer.Progress;
import leakscope.analyzer.fixtures.ChildJvm;
import leakscope.analyzer.fixtures.ServerProgram;
import leakscope.analyzer.model.Analysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A healthy server that exits holding its listening socket and pool: no leaks, a green headline, the handles listed apart. */
class LifetimeReportTest {
    private static final String SITE = "leakscope.analyzer.fixtures.ServerProgram.";

    @TempDir
    static Path dir;
    static Analysis analysis;

    @BeforeAll
    static void analyzeAServerThatExitsHoldingItsSocketAndPool() throws Exception {
        analysis = Analyzer.analyze(List.of(ChildJvm.record(dir, "server", ServerProgram.class)), AnalysisOptions.DEFAULTS,
                Progress.NONE);
    }

    @Test
    void theJsonListsThemUnderLifetimeAsTheSchemaSaysAndCountsNoLeak() throws Exception {
        String json = JsonReport.render(analysis, "1.2.3", Map.of(), Optional.empty());
        assertThat(SchemaValidation.problems(json)).isEmpty();
        JsonNode report = new ObjectMapper().readTree(json);
        assertThat(report.path("leaks")).isEmpty();
        assertThat(report.path("summary").path("leaked").asLong()).isZero();
        assertThat(report.path("summary").path("suspected").asLong()).isZero();
        List<String> lifetime = new ArrayList<>();
        Instant start = Instant.parse(report.path("recordings").get(0).path("start").asText());
        for (JsonNode group : report.path("lifetime")) {
            lifetime.add(group.path("kind").asText() + " " + group.path("site").asText() + " x" + group.path("count").asLong()
                    + " #" + group.path("recording").asInt());
            assertThat(Instant.parse(group.path("since").asText())).isBetween(start, start.plusSeconds(5));
        }
        assertThat(lifetime).containsExactly(
                "file " + SITE + "openPool(ServerProgram.java:39) x" + ServerProgram.POOL + " #0",
                "server-socket " + SITE + "listen(ServerProgram.java:35) x1 #0");
    }

    @Test
    void markdownAndHtmlGiveTheGreenHeadlineAndListThemAfterTheLeaks() {
        String markdown = MarkdownReport.render(analysis, ReportSettings.defaults("0.0.0-test"), Map.of(), Optional.empty());
        assertThat(markdown).startsWith("## leakscope: ✅ no leaks: 3 handles held for the program's life, the rest released\n")
                .contains("### " + LifetimeSection.HEADING + "\n")
                .contains("|site|count|kind|held since|\n|---|---|---|---|\n|`ServerProgram.openPool(ServerProgram.java:39)`|2|`file`|+")
                .contains("|`ServerProgram.listen(ServerProgram.java:35)`|1|`server-socket`|+")
                .doesNotContain("### Leaks");
        String html = HtmlReport.render(analysis, s -> Optional.empty(), Optional.empty());
        assertThat(html).contains("<h3>" + LifetimeSection.HEADING + "</h3>")
                .contains("<code>ServerProgram.listen(ServerProgram.java:35)</code>");
    }

    @Test
    void theConsoleSummarySaysSoInOneLine() {
        StringWriter out = new StringWriter();
        ConsoleSummary.print(analysis, List.of(), new PrintWriter(out));
        assertThat(out.toString()).startsWith("leakscope: 0 leaked, 0 suspected in 1 recording(s)")
                .contains("\nheld for the program's life (not leaks): 3 handle(s) at 2 site(s)\n");
    }
}
