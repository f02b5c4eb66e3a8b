package leakscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The repository's action.yml: what it runs exists, and it posts through maintained actions only. */
class GitHubActionTest {
    private static final Path ACTION = Path.of("..", "action.yml");

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps() throws Exception {
        Map<String, Object> action = new Yaml().load(Files.readString(ACTION));
        Map<String, Object> runs = (Map<String, Object>) action.get("runs");
        assertThat(runs.get("using")).isEqualTo("composite");
        return (List<Map<String, Object>>) runs.get("steps");
    }

    @Test
    void commentsSummarisesUploadsAndScansThroughMaintainedActions() throws Exception {
        List<Object> uses = steps().stream().map(s -> s.get("uses")).filter(u -> u != null).map(Object.class::cast).toList();
        assertThat(uses).contains("marocchino/sticky-pull-request-comment@v2", "actions/upload-artifact@v4",
                "github/codeql-action/upload-sarif@v3");
        String text = Files.readString(ACTION);
        assertThat(text).contains("GITHUB_STEP_SUMMARY").contains("report.html")
                .doesNotContain("api.github.com").doesNotContain("gh api").doesNotContain("gh pr comment");
    }

    @Test
    void oneCommentPerWorkflowIsKeptUpToDate() throws Exception {
        Map<String, Object> comment = steps().stream()
                .filter(s -> "marocchino/sticky-pull-request-comment@v2".equals(s.get("uses"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> with = (Map<String, Object>) comment.get("with");
        assertThat(with.get("header").toString()).contains("github.workflow");
        assertThat(with.get("path").toString()).endsWith("/report.md");
    }

    @Test
    void inputsReachScriptsOnlyThroughTheEnvironment() throws Exception {
        for (Map<String, Object> step : steps()) {
            Object run = step.get("run");
            if (run != null) {
                // ${{ inputs.x }} pasted into a script runs whatever the input holds
                assertThat(run.toString()).as(step.get("name").toString()).doesNotContain("${{");
            }
        }
    }

    @Test
    void theAnalyzeOptionsItUsesExist() throws Exception {
        String run = steps().stream().filter(s -> "analyze".equals(s.get("id"))).findFirst().orElseThrow().get("run").toString();
        CliRun cli = new CliRun();
        assertThat(cli.run("analyze", "--help")).isZero();
        Matcher option = Pattern.compile("--[a-z][a-z-]+").matcher(run);
        int found = 0;
        while (option.find()) {
            found++;
            assertThat(cli.out()).as(option.group()).contains(option.group() + "=");
        }
        assertThat(found).isGreaterThanOrEqualTo(5);
        assertThat(run).contains("--format json,md,html,sarif");
    }
}
