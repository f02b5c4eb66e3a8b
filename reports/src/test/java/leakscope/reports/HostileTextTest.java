package leakscope.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import leakscope.analyzer.AnalysisOptions;
import leakscope.analyzer.Analyzer;
import leakscope.analyzer.Progress;
import leakscope.analyzer.model.Analysis;
import leakscope.recorder.Handle;
import leakscope.recorder.InProcessRecording;
import leakscope.recorder.Leakscope;
import leakscope.recorder.Session;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile text recorded by a program must not become markup in either report. */
class HostileTextTest {
    static final String[] HOSTILE = {
        "a|b||c",
        "line one\nline two\r\nline three",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "![pic](javascript:alert(2))",
        "# not a heading",
        "`tick` ``double`` ```fence",
        "```\ncode fence\n```",
        "@octocat please look",
        "<!-- comment --> -->",
        "**bold** _em_ <b>tag</b> &amp; https://evil.example/x",
    };
    private static final Set<String> OUR_HEADINGS = Set.of("leakscope report", "Leaks", "Sessions", "Anomalies", "Growth",
            "Warnings");

    @TempDir
    static Path dir;
    static Analysis analysis;
    static String markdown;
    static String html;

    @BeforeAll
    static void recordHostileText() throws Exception {
        Path recording = InProcessRecording.record(dir.resolve("hostile.jfr"), () -> {
            List<Handle> kept = new ArrayList<>();
            for (String text : HOSTILE) {
                try (Session ignored = Leakscope.startSession(text)) {
                    kept.add(Leakscope.acquire(text, text));
                }
                for (int i = 0; i < 12; i++) {
                    Leakscope.sample(text, i);
                }
            }
        });
        analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);
        markdown = MarkdownReport.render(analysis, s -> Optional.of(ChartFiles.relativePath(s.name())), Optional.empty());
        html = HtmlReport.render(analysis, s -> Optional.of("data:image/png;base64,AAAA"), Optional.empty());
    }

    @Test
    void theRecordingReallyCarriesTheHostileText() {
        assertThat(analysis.leaks()).extracting(g -> g.kind()).containsExactlyInAnyOrder(HOSTILE);
        assertThat(analysis.sessions().stoppedHolding()).hasSize(HOSTILE.length);
        assertThat(analysis.growth()).extracting(s -> s.name()).contains(HOSTILE);
    }

    @Test
    void markdownGainsNoHeadingsLinksImagesHtmlOrCodeFencesFromData() {
        Node document = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
        List<String> problems = new ArrayList<>();
        List<String> codeSpans = new ArrayList<>();
        int[] fences = {0};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String text = textOf(heading);
                if (!OUR_HEADINGS.contains(text)) {
                    problems.add("heading: " + text);
                }
            }

            @Override
            public void visit(Link link) {
                problems.add("link: " + link.getDestination());
            }

            @Override
            public void visit(Image image) {
                if (!image.getDestination().matches("charts/[a-z0-9-]+\\.png")) {
                    problems.add("image: " + image.getDestination());
                }
                visitChildren(image);
            }

            @Override
            public void visit(HtmlInline inline) {
                problems.add("inline html: " + inline.getLiteral());
            }

            @Override
            public void visit(HtmlBlock block) {
                if (!block.getLiteral().matches("(<details><summary>#\\d+: stack \\(\\d+ frames\\) and first \\d+ handle\\(s\\)</summary>|</details>)\\n?")) {
                    problems.add("html block: " + block.getLiteral());
                }
            }

            @Override
            public void visit(FencedCodeBlock fence) {
                fences[0]++;
            }

            @Override
            public void visit(Code code) {
                codeSpans.add(code.getLiteral());
            }
        });
        assertThat(problems).isEmpty();
        assertThat(fences[0]).as("one stack block per leak group").isEqualTo(analysis.leaks().size());
        for (String hostile : HOSTILE) {
            // each value survives whole, on one line, inside code spans (where GitHub links and mentions nothing)
            assertThat(codeSpans).contains(hostile.replaceAll("[\\r\\n]+", " "));
        }
    }

    @Test
    void everyMarkdownTableRowHasAsManyCellsAsItsHeader() {
        int expected = -1;
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("|")) {
                expected = -1;
                continue;
            }
            int pipes = line.replace("\\|", "").replace("\\\\", "").length() - line.replace("\\|", "").replace("\\\\", "").replace("|", "").length();
            if (expected < 0) {
                expected = pipes;
            }
            assertThat(pipes).as(line).isEqualTo(expected);
        }
    }

    @Test
    void htmlEscapesEverything() {
        assertThat(html).doesNotContain("<script").doesNotContain("<img src=x").doesNotContain("href=\"javascript").doesNotContain("src=\"javascript")
                .doesNotContain("<b>tag").doesNotContain("<!-- comment")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).contains("<details>").contains("<table>").contains("<code>[click](javascript:alert(1))</code>");
    }

    private static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }
        });
        return text.toString();
    }
}
