package leakscope.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import leakscope.analyzer.AnalysisOptions;
import leakscope.analyzer.Analyzer;
import leakscope.analyzer.Progress;
import leakscope.analyzer.fixtures.ChildJvm;
import leakscope.analyzer.fixtures.LeakyProgram;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.Site;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** leakscope.sarif on a real recording of LeakyProgram, with its source found in this repository. */
class SarifReportTest {
    // the reports module's folder is the working folder of its tests; the fixture's source is in the analyzer's
    private static final Path REPOSITORY = Path.of("..");
    @TempDir
    static Path dir;
    static Analysis analysis;
    static JsonNode sarif;

    @BeforeAll
    static void analyse() throws Exception {
        analysis = Analyzer.analyze(List.of(ChildJvm.record(dir, "leaky", LeakyProgram.class)), AnalysisOptions.DEFAULTS,
                Progress.NONE);
        ReportSettings settings = new ReportSettings("0.0.0-test", ReportSettings.PR_COMMENT_BUDGET,
                MarkdownImages.MERMAID, REPOSITORY, List.of(Path.of("analyzer/src/main/java"), Path.of("analyzer/src/test/java")));
        sarif = new ObjectMapper().readTree(SarifReport.render(analysis, "0.0.0-test", settings.sourceFiles()));
    }

    @Test
    void isOneRunOfSarif210WithARulePerReason() {
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.path("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(sarif.path("runs")).hasSize(1);
        JsonNode driver = sarif.path("runs").get(0).path("tool").path("driver");
        assertThat(driver.path("name").asText()).isEqualTo("leakscope");
        List<String> rules = new ArrayList<>();
        driver.path("rules").forEach(r -> rules.add(r.path("id").asText()));
        assertThat(rules).contains("leakscope/open-at-exit", "leakscope/session-stopped", "leakscope/reclaimed",
                "leakscope/held-at-end", "leakscope/data-loss");
    }

    @Test
    void eachLeakGroupIsAnAlertOnItsSiteLineInTheRepository() {
        JsonNode results = sarif.path("runs").get(0).path("results");
        assertThat(results).hasSize(analysis.leaks().size());
        JsonNode config = null;
        for (JsonNode result : results) {
            if (result.path("message").path("text").asText().startsWith("3 file handles were still open when the JVM exited")) {
                config = result;
            }
        }
        assertThat(config).as(results.toString()).isNotNull();
        assertThat(config.path("ruleId").asText()).isEqualTo("leakscope/open-at-exit");
        assertThat(config.path("level").asText()).isEqualTo("error");
        assertThat(config.path("message").path("text").asText()).endsWith("(e.g. app-0.conf)");
        JsonNode location = config.path("locations").get(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asText())
                .isEqualTo("analyzer/src/test/java/leakscope/analyzer/fixtures/LeakyProgram.java");
        assertThat(location.path("region").path("startLine").asInt()).isEqualTo(56);
        assertThat(config.path("partialFingerprints").path("leakscopeGroup/v1").asText())
                .isEqualTo(SarifReport.sha256("leaked|open-at-exit|file|leakscope.analyzer.fixtures.LeakyProgram.openConfig"));
    }

    @Test
    void aSiteOutsideTheRootsKeepsItsPackagePath() {
        SourceFiles nowhere = new SourceFiles(dir, SourceFiles.DEFAULT_ROOTS);
        assertThat(nowhere.locate(Site.parse("com.acme.Cache$Entry.open(Cache.java:42)")))
                .contains(new SourceFiles.Location("com/acme/Cache.java", 42, false));
        assertThat(nowhere.locate(Site.parse("java.lang.Thread.run(Native Method)"))).isEmpty();
        assertThat(nowhere.locate(Site.parse("evil.X.m(../../etc/passwd.java:1)"))).isEmpty();
    }

    @Test
    void atMostFiveThousandResultsTheRestCounted() throws Exception {
        Analysis small = ReportGoldenTest.analysis();
        LeakGroup one = small.leaks().get(0);
        List<LeakGroup> many = new ArrayList<>();
        for (int i = 0; i < SarifReport.MAX_RESULTS + 7; i++) {
            many.add(new LeakGroup(one.reason(), one.kind(), Site.parse("com.acme.Gen.m" + i + "(Gen.java:" + (i + 1) + ")"), 1,
                    one.stack(), one.handles(), 0));
        }
        Analysis big = new Analysis(small.recordings(), small.summary(), many, small.lifetime(), small.sessions(), small.anomalies(),
                small.growth(), small.retained(), small.warnings());
        JsonNode run = new ObjectMapper().readTree(SarifReport.render(big, "0.0.0-test",
                new SourceFiles(dir, SourceFiles.DEFAULT_ROOTS))).path("runs").get(0);
        assertThat(run.path("results")).hasSize(SarifReport.MAX_RESULTS);
        assertThat(run.path("properties").path("leakGroupsNotListed").asInt()).isEqualTo(7);
    }
}
