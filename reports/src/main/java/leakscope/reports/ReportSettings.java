package leakscope.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How the reports are written, beyond which formats.
 *
 * @param markdownBudgetBytes the most UTF-8 bytes {@code report.md} may take; it is filled in order of
 *     importance and cut with a line saying how much more the JSON holds
 * @param markdownImages how the Markdown shows growing series
 * @param sourceBase the folder {@code sourceRoots} are relative to, and SARIF's paths (the repository's top)
 * @param sourceRoots where SARIF looks for a site's source file
 */
public record ReportSettings(String toolVersion, long markdownBudgetBytes, MarkdownImages markdownImages,
        Path sourceBase, List<Path> sourceRoots) {
    /** Under GitHub's 65,536 characters for a pull-request comment, with room for a bot's header. */
    public static final long PR_COMMENT_BUDGET = 60_000;
    /** GitHub's limit for {@code $GITHUB_STEP_SUMMARY} is 1 MiB per step; leave room for others' lines. */
    public static final long STEP_SUMMARY_BUDGET = 1_000_000;
    /** Room for the headline, the top leak rows and the cut lines. */
    public static final long MINIMUM_MARKDOWN_BUDGET = 4_000;
    public static final List<Path> DEFAULT_SOURCE_ROOTS = SourceFiles.DEFAULT_ROOTS;

    public ReportSettings {
        Objects.requireNonNull(toolVersion, "toolVersion");
        if (markdownBudgetBytes < MINIMUM_MARKDOWN_BUDGET) {
            throw new IllegalArgumentException("a Markdown budget under " + MINIMUM_MARKDOWN_BUDGET + " bytes");
        }
        Objects.requireNonNull(markdownImages, "markdownImages");
        Objects.requireNonNull(sourceBase, "sourceBase");
        sourceRoots = List.copyOf(sourceRoots);
    }

    /** The defaults: a PR comment's budget, mermaid charts, Maven's source roots under the working folder. */
    public static ReportSettings defaults(String toolVersion) {
        return new ReportSettings(toolVersion, PR_COMMENT_BUDGET, MarkdownImages.MERMAID, Path.of(""),
                DEFAULT_SOURCE_ROOTS);
    }

    SourceFiles sourceFiles() {
        return new SourceFiles(sourceBase, sourceRoots);
    }
}
