package leakscope.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import leakscope.analyzer.AnalysisOptions;
import leakscope.analyzer.Analyzer;
import leakscope.analyzer.Progress;
import leakscope.analyzer.fixtures.ChildJvm;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Trend;
import leakscope.analyzer.model.Warning;
import leakscope.reports.samples.BigSample;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The biggest sample (40 leak sites, 50-frame stacks, 300 gauges, recorded in a child JVM) posted where a pull
 * request shows it: the Markdown fits the budget, every table row has its header's cells, no image points at a
 * file of the report folder, and a cut is clean at any budget.
 */
class PullRequestBudgetTest {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    @TempDir
    static Path dir;
    static Path recording;
    static Analysis analysis;

    @BeforeAll
    static void recordTheBiggestSample() throws Exception {
        recording = ChildJvm.record(dir, "big", BigSample.class);
        analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);
    }

    private static String markdown(long budget) {
        ReportSettings settings = new ReportSettings("0.0.0-test", budget, MarkdownImages.MERMAID, Path.of(""),
                ReportSettings.DEFAULT_SOURCE_ROOTS);
        return MarkdownReport.render(analysis, settings, Map.of(), Optional.empty());
    }

    @Test
    void theSampleIsAsBigAsItSays() {
        assertThat(analysis.leaks()).hasSize(BigSample.SITES + 1);
        // 200 gauge series are listed, the 120 growing ones among them; the other 100 are said to be left out
        assertThat(analysis.growth().stream().filter(s -> s.name().startsWith("service-"))).hasSize(200)
                .filteredOn(s -> s.trend() == Trend.GROWING).hasSize(BigSample.GROWING);
        assertThat(analysis.warnings()).contains(new Warning.SeriesLeftOut(recording, BigSample.GAUGES - 200, 0, 0));
        assertThat(analysis.summary().growingSeries()).isGreaterThanOrEqualTo(BigSample.GROWING);
        assertThat(analysis.anomalies().doubleReleases()).isEqualTo(1);
        assertThat(analysis.anomalies().unmatchedReleases()).isEqualTo(1);
    }

    @Test
    void aPullRequestCommentFitsAndReadsRight() {
        String markdown = markdown(ReportSettings.PR_COMMENT_BUDGET);
        assertThat(markdown.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo((int) ReportSettings.PR_COMMENT_BUDGET);
        assertWellFormed(markdown);
        assertThat(markdown).startsWith("## leakscope: ❌ 145 handles leaked at 41 sites\n")
                .contains("1. `BigSample.main(BigSample.java:37)` — 25 `socket` handles were still held when their session stopped")
                .contains("```mermaid\nxychart-beta\n")
                .contains("more growing series in leakscope.json")
                // sessions say where (the recorder's stop has no stack: where they started), anomalies their sites
                .contains("unless released later. All started at `BigSample.main(BigSample.java:36)`.\n")
                .contains("\n|session|holding|stopped|\n")
                .contains("1. `BigSample$ThirdPartyRelease.emit(BigSample.java:66)` — 1 `file` handle released again after "
                        + "its release; acquired at `BigSample.main(BigSample.java:40)`\n"
                        + "2. `BigSample$ThirdPartyRelease.emit(BigSample.java:66)` — 1 `file` release of a handle never "
                        + "acquired in the recording\n");
    }

    @Test
    void everyBudgetCutsCleanly() {
        for (long budget : new long[] {ReportSettings.MINIMUM_MARKDOWN_BUDGET, 9_000, 20_000, ReportSettings.STEP_SUMMARY_BUDGET}) {
            String markdown = markdown(budget);
            assertThat(markdown.getBytes(StandardCharsets.UTF_8).length).as("budget %d", budget).isLessThanOrEqualTo((int) budget);
            assertWellFormed(markdown);
            assertThat(markdown).as("budget %d", budget).startsWith("## leakscope: ❌ 145 handles leaked at 41 sites\n")
                    .contains("1. `BigSample.main(BigSample.java:37)`");
        }
        assertThat(markdown(ReportSettings.MINIMUM_MARKDOWN_BUDGET)).contains("✂️ Shortened to fit a pull-request comment (at most 4,000 bytes): ");
    }

    /** Tables whole, fences and folds closed, no image of the report folder. */
    private static void assertWellFormed(String markdown) {
        Node document = PARSER.parse(markdown);
        List<String> problems = new ArrayList<>();
        int[] opened = {0, 0};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (!image.getDestination().startsWith("https://")) {
                    problems.add("image: " + image.getDestination());
                }
            }

            @Override
            public void visit(HtmlBlock block) {
                opened[0] += count(block.getLiteral(), "<details>");
                opened[1] += count(block.getLiteral(), "</details>");
            }

            @Override
            public void visit(FencedCodeBlock fence) {
                if (fence.getLiteral().contains("```")) {
                    problems.add("a fence holds a fence: " + fence.getLiteral());
                }
            }
        });
        assertThat(problems).isEmpty();
        assertThat(opened[0]).as("<details> opened and closed").isEqualTo(opened[1]);
        assertThat(count(markdown, "\n```")).as("fences opened and closed").isEven();
        assertTableRowsHaveTheirHeadersCells(markdown);
    }

    static void assertTableRowsHaveTheirHeadersCells(String markdown) {
        int expected = -1;
        int tables = 0;
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("|")) {
                expected = -1;
                continue;
            }
            int cells = line.replace("\\\\", "").replace("\\|", "").split("\\|", -1).length - 2;
            if (expected < 0) {
                expected = cells;
                tables++;
            }
            assertThat(cells).as(line).isEqualTo(expected);
        }
        assertThat(tables).isPositive();
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            count++;
        }
        return count;
    }
}
