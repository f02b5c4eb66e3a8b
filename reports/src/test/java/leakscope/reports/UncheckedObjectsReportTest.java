package leakscope.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import leakscope.analyzer.AnalysisOptions;
import leakscope.analyzer.Analyzer;
import leakscope.analyzer.Progress;
import leakscope.analyzer.fixtures.ChildJvm;
import leakscope.analyzer.fixtures.UncheckedSessionsProgram;
import leakscope.analyzer.model.Analysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A healthy program that stops every session and exits without an old-generation collection: the contract's
 * verdict for its watched sessions is suspected/not-collected-yet, and the headline says what is unknown and
 * how to decide it, not that something may have leaked.
 */
class UncheckedObjectsReportTest {
    @TempDir
    static Path dir;
    static Analysis analysis;

    @BeforeAll
    static void analyzeAHealthyProgramThatNeverCollected() throws Exception {
        analysis = Analyzer.analyze(List.of(ChildJvm.record(dir, "unchecked", UncheckedSessionsProgram.class)),
                AnalysisOptions.DEFAULTS, Progress.NONE);
    }

    @Test
    void theJsonKeepsTheContractsVerdict() throws Exception {
        String json = JsonReport.render(analysis, "1.2.3", Map.of(), Optional.empty());
        assertThat(SchemaValidation.problems(json)).isEmpty();
        JsonNode report = new ObjectMapper().readTree(json);
        assertThat(report.path("summary").path("leaked").asLong()).isZero();
        assertThat(report.path("summary").path("suspected").asLong()).isEqualTo(UncheckedSessionsProgram.SESSIONS);
        assertThat(report.path("leaks")).singleElement().satisfies(group -> {
            assertThat(group.path("reason").asText()).isEqualTo("not-collected-yet");
            assertThat(group.path("kind").asText()).isEqualTo("leakscope.recorder.Session");
        });
    }

    @Test
    void theHeadlineSaysTheyWereNotCheckedAndTheTermsSayHowToCheckThem() {
        String markdown = MarkdownReport.render(analysis, ReportSettings.defaults("0.0.0-test"), Map.of(), Optional.empty());
        assertThat(markdown).startsWith("## leakscope: ⚠️ " + UncheckedSessionsProgram.SESSIONS
                        + " objects not checked: no old-generation collection ran after the program was done with them\n")
                .doesNotContain("may have leaked")
                .contains("**not-collected-yet**: a watched object not freed, but no old-generation collection ran after "
                        + "its watch to prove it is still held (suspected). One decides it: System.gc() before the "
                        + "program exits, or @LeakCheck in tests.");
    }
}
