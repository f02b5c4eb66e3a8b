package leakscope.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import leakscope.analyzer.AnalysisOptions;
import leakscope.analyzer.Analyzer;
import leakscope.analyzer.Progress;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.Series;
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
    /** A release as a third-party emitter sends it, with its stack: its kind is the program's text too. */
    @Name("leakscope.ResourceRelease")
    @StackTrace(true)
    static final class ThirdPartyRelease extends Event {
        String kind;
        long handleId;

        static void emit(String kind, long id) {
            ThirdPartyRelease release = new ThirdPartyRelease();
            release.kind = kind;
            release.handleId = id;
            release.commit();
        }
    }

    /** A watch as a third-party emitter sends it: its type is the program's text. */
    @Name("leakscope.ObjectWatch")
    @StackTrace(true)
    static final class ThirdPartyWatch extends Event {
        long watchId;
        String type;
        String description;
        long sessionId;
    }

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
    /** Every hostile text in one, as a watched object's type: the Still reachable section shows it. */
    static final String HOSTILE_TYPE = String.join(" ", HOSTILE);
    /** A megabyte of kind and description: clipped where people read, whole in the JSON. */
    static final String HUGE = "k".repeat(1 << 20);
    private static final Set<String> OUR_HEADINGS = Set.of("Leaks", "Still reachable", "Sessions", "Releases that pair with nothing",
            "Growing series", "Series", "Warnings", "Terms");

    @TempDir
    static Path dir;
    static Analysis analysis;
    static String markdown;
    static String html;
    static String sarif;
    static String json;

    @BeforeAll
    static void recordHostileText() throws Exception {
        // a full collection after the watch makes it still-reachable (CONTRACT.md §2)
        Path recording = InProcessRecording.record(dir.resolve("hostile.jfr"), r -> r.enable("jdk.GarbageCollection"), () -> {
            List<Handle> kept = new ArrayList<>();
            long neverAcquired = 1L << 40;
            for (String text : HOSTILE) {
                try (Session ignored = Leakscope.startSession(text)) {
                    kept.add(Leakscope.acquire(text, text));
                }
                for (int i = 0; i < 12; i++) {
                    Leakscope.sample(text, i);
                }
                Handle twice = Leakscope.acquire(text, text);
                twice.close();
                ThirdPartyRelease.emit(text, twice.id()); // a double release of a hostile kind
                ThirdPartyRelease.emit(text, neverAcquired++); // an unmatched one
            }
            ThirdPartyRelease.emit(HUGE, neverAcquired);
            ThirdPartyWatch watch = new ThirdPartyWatch();
            watch.watchId = 1;
            watch.type = HOSTILE_TYPE;
            watch.description = HOSTILE_TYPE;
            watch.commit();
            System.gc();
            kept.add(Leakscope.acquire(HUGE, HUGE));
            for (int i = 0; i < 12; i++) {
                Leakscope.sample(HUGE, i);
            }
        });
        analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);
        ReportSettings settings = ReportSettings.defaults("0.0.0-test");
        markdown = MarkdownReport.render(analysis, settings, Map.of(), Optional.empty());
        html = HtmlReport.render(analysis, s -> Optional.of("data:image/png;base64,AAAA"), Optional.empty());
        sarif = SarifReport.render(analysis, "0.0.0-test", settings.sourceFiles());
        json = JsonReport.render(analysis, "0.0.0-test", Map.of(), Optional.empty());
    }

    @Test
    void theRecordingReallyCarriesTheHostileText() {
        List<String> kinds = new ArrayList<>(List.of(HOSTILE));
        kinds.add(HUGE);
        assertThat(analysis.leaks()).filteredOn(g -> !g.reason().isWatch()).extracting(g -> g.kind())
                .containsExactlyInAnyOrderElementsOf(kinds);
        // the stopped sessions are watched too: their hostile names come back as the watches' descriptions
        // and a third-party watch of the hostile type, still reachable after the collection
        assertThat(analysis.leaks()).filteredOn(g -> g.reason().isWatch()).extracting(g -> g.kind())
                .contains(HOSTILE_TYPE).isSubsetOf(HOSTILE_TYPE, "leakscope.recorder.Session");
        assertThat(analysis.leaks()).filteredOn(g -> g.kind().equals(HOSTILE_TYPE))
                .singleElement().satisfies(g -> assertThat(g.reason()).isEqualTo(Reason.STILL_REACHABLE));
        assertThat(analysis.sessions().stoppedHolding()).hasSize(HOSTILE.length);
        assertThat(analysis.growth()).extracting(s -> s.name()).contains(HOSTILE);
        assertThat(analysis.anomalies().doubleReleases()).isEqualTo(HOSTILE.length);
        assertThat(analysis.anomalies().unmatchedReleases()).isEqualTo(HOSTILE.length + 1);
        assertThat(analysis.anomalies().groups()).hasSize(2 * HOSTILE.length + 1)
                .allSatisfy(group -> assertThat(group.site()).isPresent());
    }

    @Test
    void releasesThatPairWithNothingAreListedSiteFirstWithTheirKindsInCodeSpans() {
        String section = markdown.substring(markdown.indexOf("### Releases that pair with nothing"));
        section = section.substring(0, section.indexOf("\n### ", 1) < 0 ? section.length() : section.indexOf("\n### ", 1));
        assertThat(section.lines().filter(line -> line.matches("\\d+\\. `HostileTextTest.*` — [0-9]+ `.*")))
                .hasSize(Target.MARKDOWN.anomalyRows());
        assertThat(section).contains("more groups of releases in leakscope.json");
        assertThat(html).contains("<code>" + "&lt;script&gt;alert(1)&lt;/script&gt;" + "</code> handle released again");
    }

    @Test
    void markdownGainsNoHeadingsLinksImagesHtmlOrCodeFencesFromData() {
        Node document = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
        List<String> problems = new ArrayList<>();
        List<String> codeSpans = new ArrayList<>();
        int[] fences = {0};
        List<String> mermaid = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String text = textOf(heading);
                if (!OUR_HEADINGS.contains(text) && !text.matches("leakscope: ❌ [0-9,]+ handles( and [0-9,]+ objects?)? leaked at [0-9,]+ sites")) {
                    problems.add("heading: " + text);
                }
            }

            @Override
            public void visit(Link link) {
                problems.add("link: " + link.getDestination());
            }

            @Override
            public void visit(Image image) {
                problems.add("image: " + image.getDestination());
            }

            @Override
            public void visit(HtmlInline inline) {
                problems.add("inline html: " + inline.getLiteral());
            }

            @Override
            public void visit(HtmlBlock block) {
                if (!block.getLiteral().matches("(<details><summary>#\\d+: where, and the first (\\d+ )?(handle|thread)s?</summary>"
                        + "|<details><summary>#\\d+: the release's stack</summary>|</details>)\\n?")) {
                    problems.add("html block: " + block.getLiteral());
                }
            }

            @Override
            public void visit(FencedCodeBlock fence) {
                if (fence.getInfo().equals("mermaid")) {
                    mermaid.add(fence.getLiteral());
                } else {
                    fences[0]++;
                }
            }

            @Override
            public void visit(Code code) {
                codeSpans.add(code.getLiteral());
            }
        });
        assertThat(problems).isEmpty();
        assertThat(fences[0]).as("one stack block per leak group and per still-reachable group, three release stacks")
                .isEqualTo(analysis.leaks().size() + 3
                        + analysis.leaks().stream().filter(g -> g.reason() == Reason.STILL_REACHABLE).count());
        assertThat(codeSpans).contains(Nodes.oneLine(Clip.text(HOSTILE_TYPE, Clip.NAME)));
        for (String hostile : HOSTILE) {
            // each value survives whole, on one line, inside code spans (where GitHub links and mentions nothing)
            assertThat(codeSpans).contains(hostile.replaceAll("[\\r\\n]+", " "));
        }
        assertThat(codeSpans).contains(Clip.text(HUGE, Clip.NAME)).noneMatch(span -> span.length() > Clip.FRAME + 40);
        // a mermaid block holds the report's words and numbers only, whatever the series' name
        assertThat(mermaid).isNotEmpty().allSatisfy(chart -> assertThat(chart).matches("xychart-beta\n"
                + "    title \"[A-Za-z0-9 ._:/…-]*\"\n"
                + "    x-axis \"seconds\" 0 --> [0-9.]+\n"
                + "    y-axis \"[a-z]+\"\n"
                + "    line \\[[0-9.]+(, [0-9.]+)*\\]\n"));
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
    void sparklinesAreBarsOnly() {
        int rows = 0;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("|") && line.contains("growing**|")) {
                rows++;
                assertThat(line).matches(".*\\|[▁▂▃▄▅▆▇█]+\\|");
            }
        }
        assertThat(rows).isPositive();
    }

    @Test
    void sarifIsJsonWhoseMessagesCarryTheTextClipped() throws Exception {
        JsonNode root = new ObjectMapper().readTree(sarif);
        List<String> messages = new ArrayList<>();
        List<String> anomalies = new ArrayList<>();
        root.path("runs").get(0).path("results").forEach(r -> (r.path("level").asText().equals("note") ? anomalies : messages)
                .add(r.path("message").path("text").asText()));
        assertThat(messages).hasSize(analysis.leaks().size());
        // the releases' sites are in this test's source, found under src/test/java
        assertThat(anomalies).hasSize(analysis.anomalies().groups().size())
                .anyMatch(m -> m.contains("<script>alert(1)</script>")).allMatch(m -> m.length() <= Clip.SENTENCE + 40);
        assertThat(messages).anyMatch(m -> m.contains("<script>alert(1)</script>"))
                .allMatch(m -> m.length() <= Clip.SENTENCE + 40);
        assertThat(sarif).hasSizeLessThan(100_000);
    }

    @Test
    void theJsonKeepsTheHugeTextWholeAndTheOthersClipIt() throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        List<String> kinds = new ArrayList<>();
        root.path("leaks").forEach(l -> kinds.add(l.path("kind").asText()));
        assertThat(kinds).contains(HUGE);
        assertThat(markdown.length()).isLessThan(60_000);
        assertThat(html.length()).isLessThan(200_000);
    }

    @Test
    void aHugeSeriesNameDrawsAChartWithAClippedTitle() {
        Series huge = analysis.growth().stream().filter(s -> s.name().equals(HUGE)).findFirst().orElseThrow();
        // JFreeChart wrapping an unclipped megabyte title never finished: this guards against a hang, not a speed
        byte[] png = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> SeriesChart.png(huge));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void theConsoleSummaryKeepsEachRecordedTextOnItsOwnLine() {
        StringWriter out = new StringWriter();
        ConsoleSummary.print(analysis, List.of(), new PrintWriter(out));
        assertThat(out.toString()).contains(String.format("anomalies: %d double release(s), %d unmatched release(s)%n",
                HOSTILE.length, HOSTILE.length + 1)).doesNotContain("\r");
        // a recorded newline or escape would start a line of its own: every line is one of the summary's
        assertThat(out.toString().lines()).allMatch(line -> line.matches("(leakscope: |  |sessions: |anomalies: |growing: "
                + "|warning: ).*") && !line.contains("\u001b"));
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
