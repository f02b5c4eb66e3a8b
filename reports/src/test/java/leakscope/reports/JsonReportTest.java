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
import leakscope.analyzer.fixtures.LeakyProgram;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Series;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
    @TempDir
    static Path dir;
    static Analysis analysis;

    @BeforeAll
    static void analyzeARealRecording() throws Exception {
        Path recording = ChildJvm.record(dir, "leaky", LeakyProgram.class);
        analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);
    }

    @Test
    void theReportOfARealRecordingIsValidAgainstThePublicSchema() throws Exception {
        Series cacheSize = analysis.growth().stream().filter(s -> s.name().equals("cache.size")).findFirst().orElseThrow();
        String json = JsonReport.render(analysis, "1.2.3", Map.of(cacheSize, "charts/cache-size-1.png"), Optional.empty());
        assertThat(SchemaValidation.problems(json)).isEmpty();
    }

    @Test
    void summaryCountsAreTheSumsOfTheGroupCountsAndFieldsCarryTheContractWords() throws Exception {
        JsonNode report = new ObjectMapper().readTree(JsonReport.render(analysis, "1.2.3", Map.of(), Optional.empty()));
        assertThat(report.path("schemaVersion").asInt()).isEqualTo(2);
        assertThat(report.path("tool").path("version").asText()).isEqualTo("1.2.3");
        long leaked = 0;
        for (JsonNode group : report.path("leaks")) {
            leaked += group.path("verdict").asText().equals("leaked") ? group.path("count").asLong() : 0;
        }
        assertThat(report.path("summary").path("leaked").asLong()).isEqualTo(leaked).isEqualTo(9);
        JsonNode first = report.path("leaks").get(0);
        assertThat(first.path("reason").asText()).isEqualTo("open-at-exit");
        assertThat(first.path("handles").get(0).path("acquiredAt").asText()).endsWith("Z");
        assertThat(report.path("recordings").get(0).path("endedAtExit").asBoolean()).isTrue();
        assertThat(report.path("sessions").path("neverStopped").get(0).path("name").asText()).isEqualTo("background");
        assertThat(report.path("growth").findValuesAsText("trend")).contains("growing", "bounded");
    }

    @Test
    void theSameAnalysisGivesByteIdenticalJson() {
        assertThat(JsonReport.render(analysis, "1", Map.of(), Optional.empty())).isEqualTo(JsonReport.render(analysis, "1", Map.of(), Optional.empty()));
    }

    @Test
    void anInvalidReportIsCaughtByTheValidator() throws Exception {
        // the validator itself must be able to fail, or the schema test proves nothing
        assertThat(SchemaValidation.problems("{\"schemaVersion\": 2}")).isNotEmpty();
    }
}
