package leakscope.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import leakscope.analyzer.baseline.BaselineEntry;
import leakscope.analyzer.baseline.Comparison;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Anomalies;
import leakscope.analyzer.model.AnomalyGroup;
import leakscope.analyzer.model.Frame;
import leakscope.analyzer.model.HandleSample;
import leakscope.analyzer.model.JvmIdentity;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.LifetimeGroup;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.RecordingSummary;
import leakscope.analyzer.model.RetainedGroup;
import leakscope.analyzer.model.Sample;
import leakscope.analyzer.model.Series;
import leakscope.analyzer.model.SessionLeak;
import leakscope.analyzer.model.SessionSummary;
import leakscope.analyzer.model.Site;
import leakscope.analyzer.model.Stack;
import leakscope.analyzer.model.Summary;
import leakscope.analyzer.model.Trend;
import leakscope.analyzer.model.Verdict;
import leakscope.analyzer.model.Warning;
import org.junit.jupiter.api.Test;

/**
 * The layout of the reports, fixed by golden files built from a hand-made analysis.
 * Run with {@code -Dgolden.update=true} to rewrite them, then review the diff.
 */
class ReportGoldenTest {
    private static final Path GOLDEN = Paths.get("src", "test", "resources", "golden");
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    static final ReportSettings SETTINGS = ReportSettings.defaults("0.0.0-test");

    static Analysis analysis() {
        List<SessionLeak> stopped = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            // the first one's emitter recorded its stop's stack; the others' stops carry none
            SessionLeak.Where where = i == 1 ? new SessionLeak.Where(site("com.acme.Orders", "finish", 61), true)
                    : new SessionLeak.Where(site("com.acme.Orders", "handle", 48), false);
            stopped.add(new SessionLeak(i, "GET /orders/" + i, 1, Optional.of(T0.plusSeconds(i)), Optional.of(where)));
        }
        List<Sample> growing = new ArrayList<>();
        List<Sample> flat = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            growing.add(new Sample(1_000_000_000L * (T0.getEpochSecond() + i), 100 + 5 * i));
            flat.add(new Sample(1_000_000_000L * (T0.getEpochSecond() + i), 7));
        }
        return new Analysis(
                List.of(new RecordingSummary(Paths.get("app.jfr"), Optional.of(new JvmIdentity(4242, T0.minusSeconds(5))),
                        T0, T0.plusSeconds(20), 1234, true, false, 0)),
                new Summary(100, 88, 12, 0, 30, 1),
                List.of(new LeakGroup(Reason.SESSION_STOPPED, "socket", site("com.acme.Orders", "handle", 50), 10,
                                stack(new Frame("leakscope.recorder.Leakscope", "acquire", "()V", 47, false),
                                        new Frame("com.acme.Orders", "handle", "()V", 50, false)),
                                List.of(new HandleSample(7, "db:5432", 3, "worker-1", T0.plusMillis(1500), 18_500)), 0),
                        new LeakGroup(Reason.OPEN_AT_EXIT, "file", site("com.acme.Export", "run", 12), 2,
                                stack(new Frame("com.acme.Export", "run", "()V", 12, false)),
                                List.of(new HandleSample(9, "a|b", 0, "main", T0.plusSeconds(2), 700_000)), 0)),
                List.of(new LifetimeGroup("server-socket", site("com.acme.Server", "start", 21), 1, T0.plusMillis(300), 0)),
                new SessionSummary(30, 29, stopped, List.of(new SessionLeak(30, "background", 0, Optional.of(T0),
                        Optional.of(new SessionLeak.Where(site("com.acme.Scheduler", "start", 20), false))))),
                new Anomalies(1, 2, List.of(
                        new AnomalyGroup(AnomalyGroup.Type.UNMATCHED_RELEASE, "socket", Optional.empty(), Optional.empty(), 2,
                                Stack.EMPTY),
                        new AnomalyGroup(AnomalyGroup.Type.DOUBLE_RELEASE, "file", Optional.of(site("com.acme.Export", "run", 12)),
                                Optional.of(site("com.acme.Export", "close", 40)), 1,
                                stack(new Frame("com.acme.Export", "close", "()V", 40, false),
                                        new Frame("com.acme.Export", "run", "()V", 15, false))))),
                List.of(new Series("cache.size", Series.Origin.GAUGE, Series.Unit.VALUE, Trend.GROWING, growing, 300),
                        new Series("open handles: file", Series.Origin.DERIVED, Series.Unit.HANDLES, "file", Trend.FLAT, flat, 0)),
                List.of(new RetainedGroup(site("com.acme.Cache", "put", 30), "byte[]", 41, 61_000,
                        List.of("com.acme.Cache.ENTRIES", "java.util.HashMap.table", "java.util.HashMap$Node[][*]",
                                "java.util.HashMap$Node.value", "byte[]"), "Class Loader Data",
                        List.of("com.acme.Cache.put(Cache.java:30)", "com.acme.Main.main(Main.java:9)"))),
                List.of(new Warning.NoJvmIdentity(Paths.get("app.jfr"))));
    }

    @Test
    void markdownMatchesItsGoldenFile() throws IOException {
        assertGolden("report.md", MarkdownReport.render(analysis(), SETTINGS, Map.of(), Optional.empty()));
    }

    @Test
    void htmlMatchesItsGoldenFile() throws IOException {
        assertGolden("report.html", HtmlReport.render(analysis(), s -> Optional.of("data:image/png;base64,AAAA"), Optional.empty()));
    }

    @Test
    void withUrlImagesTheMarkdownLinksThePublishedCharts() {
        ReportSettings published = new ReportSettings("0.0.0-test", ReportSettings.PR_COMMENT_BUDGET,
                MarkdownImages.parse("url=https://ci.example/r/42/").orElseThrow(), Path.of(""), List.of());
        Series cacheSize = analysis().growth().get(0);
        assertThat(MarkdownReport.render(analysis(), published, Map.of(cacheSize, ChartFiles.relativePath(cacheSize)),
                Optional.empty())).contains("![cache.size](https://ci.example/r/42/charts/cache-size-20756aec.png)")
                .doesNotContain("```mermaid");
    }

    @Test
    void jsonMatchesItsGoldenFile() throws IOException {
        Series cacheSize = analysis().growth().get(0);
        String json = JsonReport.render(analysis(), "0.0.0-test", Map.of(cacheSize, ChartFiles.relativePath(cacheSize)),
                Optional.empty());
        assertGolden("leakscope.json", json);
        assertThat(SchemaValidation.problems(json)).isEmpty();
    }

    @Test
    void withABaselineTheMarkdownLeadsWithWhatChanged() throws IOException {
        // the baseline knew the socket site with 4 handles (now 10: grown) and a since-fixed timer leak
        List<BaselineEntry> base = List.of(
                BaselineEntry.of(Verdict.LEAKED, "session-stopped", "socket", site("com.acme.Orders", "handle", 47), 4),
                BaselineEntry.of(Verdict.LEAKED, "open-at-exit", "timer", site("com.acme.Clock", "lambda$start$3", 9), 1));
        Comparison comparison = Comparison.of(base, BaselineEntry.of(analysis().leaks()));
        assertGolden("report-with-baseline.md", MarkdownReport.render(analysis(), SETTINGS, Map.of(),
                Optional.of(comparison)));
        String json = JsonReport.render(analysis(), "0.0.0-test", Map.of(), Optional.of(comparison));
        assertGolden("leakscope-with-baseline.json", json);
        assertThat(SchemaValidation.problems(json)).isEmpty();
    }

    @Test
    void unmatchedReleasesPointToTheWarningsOnlyWhenOneExplainsThem() {
        Analysis unrelated = analysis(); // its one warning: no JVM identity, which explains no unmatched release
        Analysis lateStart = new Analysis(unrelated.recordings(), unrelated.summary(), unrelated.leaks(), unrelated.lifetime(),
                unrelated.sessions(), unrelated.anomalies(), unrelated.growth(), unrelated.retained(),
                List.of(new Warning.LateStart(Paths.get("app.jfr"), 3_300_000_000L)));
        Analysis none = new Analysis(unrelated.recordings(), unrelated.summary(), unrelated.leaks(), unrelated.lifetime(),
                unrelated.sessions(), unrelated.anomalies(), unrelated.growth(), unrelated.retained(), List.of());
        assertThat(MarkdownReport.render(lateStart, SETTINGS, Map.of(), Optional.empty())).contains("the warnings say why");
        assertThat(MarkdownReport.render(unrelated, SETTINGS, Map.of(), Optional.empty())).doesNotContain("say why");
        assertThat(MarkdownReport.render(none, SETTINGS, Map.of(), Optional.empty())).doesNotContain("warnings");
    }

    private static Stack stack(Frame... frames) {
        return new Stack(List.of(frames));
    }

    private static Site site(String className, String method, int line) {
        return Site.of(new Frame(className, method, "()V", line, false));
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(golden));
    }
}
