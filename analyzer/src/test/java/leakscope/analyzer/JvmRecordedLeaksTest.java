package leakscope.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import leakscope.analyzer.fixtures.ChildJvm;
import leakscope.analyzer.fixtures.ClassLoaderLeakProgram;
import leakscope.analyzer.fixtures.FixedPoolProgram;
import leakscope.analyzer.fixtures.JvmLeakSettings;
import leakscope.analyzer.fixtures.StaticMapProgram;
import leakscope.analyzer.fixtures.ThreadLeakProgram;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.RetainedGroup;
import leakscope.analyzer.model.Series;
import leakscope.analyzer.model.Trend;
import leakscope.analyzer.model.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leaks the JVM records itself, from programs that never call the recorder, recorded in child JVMs. */
class JvmRecordedLeaksTest {
    @TempDir
    Path dir;

    private Analysis record(Class<?> program) throws Exception {
        List<String> options = JvmLeakSettings.options(dir);
        Path recording = ChildJvm.record(Path.of(System.getProperty("java.home")), dir, program.getSimpleName(),
                JvmLeakSettings.recordingOptions(dir), options, program);
        return Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);
    }

    private static Trend trendOf(Analysis analysis, String series) {
        return analysis.growth().stream().filter(s -> s.name().equals(series)).map(Series::trend).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + series + " in " + analysis.growth()));
    }

    @Test
    void threadsThatKeepAccumulatingAreLeakedAtTheirStartSites() throws Exception {
        Analysis analysis = record(ThreadLeakProgram.class);
        assertThat(analysis.leaks()).extracting(g -> g.verdict().wireName() + " " + g.reason().wireName() + " " + g.kind()
                        + " " + g.site().text() + " x" + g.count())
                .containsExactly(
                        "leaked open-at-exit thread leakscope.analyzer.fixtures.ThreadLeakProgram.handle(ThreadLeakProgram.java:37) x30",
                        "leaked open-at-exit thread leakscope.analyzer.fixtures.ThreadLeakProgram.handleWithPool(ThreadLeakProgram.java:47) x20");
        assertThat(analysis.leaks().get(0).handles()).first().satisfies(h -> {
            assertThat(h.description()).isEqualTo("worker-N (worker-0)");
            assertThat(h.thread()).isEqualTo("main");
        });
        assertThat(analysis.leaks().get(1).handles()).first()
                .satisfies(h -> assertThat(h.description()).isEqualTo("request-pool-N (request-pool-0)"));
        assertThat(trendOf(analysis, "live threads: leakscope.analyzer.fixtures.ThreadLeakProgram.handle(ThreadLeakProgram.java:37)"))
                .isEqualTo(Trend.GROWING);
        assertThat(analysis.summary().leaked()).isEqualTo(50);
    }

    @Test
    void aHealthyMultiThreadedProgramReportsNothing() throws Exception {
        Analysis analysis = record(FixedPoolProgram.class);
        assertThat(analysis.leaks()).isEmpty();
        assertThat(analysis.retained()).isEmpty();
        assertThat(analysis.growth()).noneMatch(s -> s.trend() == Trend.GROWING);
        // recorded from the JVM's start (-XX:StartFlightRecording): however busy the machine, never a late start
        assertThat(analysis.warnings()).isEmpty();
    }

    @Test
    void aStaticMapThatOnlyGrowsShowsInTheHeapAndInRetainedObjectsAtItsPutSite() throws Exception {
        Analysis analysis = record(StaticMapProgram.class);
        assertThat(trendOf(analysis, "heap used after GC")).isEqualTo(Trend.GROWING);
        assertThat(analysis.retained()).isNotEmpty();
        RetainedGroup top = analysis.retained().get(0);
        assertThat(top.site().text()).isEqualTo("leakscope.analyzer.fixtures.StaticMapProgram.remember(StaticMapProgram.java:24)");
        assertThat(top.type()).isEqualTo("byte[]");
        assertThat(top.count()).isGreaterThanOrEqualTo(100);
        assertThat(top.referenceChain()).contains("leakscope.analyzer.fixtures.StaticMapProgram.CACHE",
                "java.util.HashMap.table", "java.util.HashMap$Node.value").last().isEqualTo("byte[]");
        assertThat(top.oldestAgeMillis()).isPositive();
        assertThat(analysis.leaks()).isEmpty();
    }

    @Test
    void classLoadersThatAreKeptShowAsSteadilyGrowingClassesAndMetaspace() throws Exception {
        Analysis analysis = record(ClassLoaderLeakProgram.class);
        assertThat(trendOf(analysis, "loaded classes")).isEqualTo(Trend.GROWING);
        Series classes = analysis.growth().stream().filter(s -> s.name().equals("loaded classes")).findFirst().orElseThrow();
        assertThat(classes.samples().size()).isGreaterThanOrEqualTo(20);
        assertThat(classes.last() - classes.first()).isGreaterThanOrEqualTo(50);
        assertThat(trendOf(analysis, "metaspace used after GC")).isEqualTo(Trend.GROWING);
        assertThat(analysis.leaks()).isEmpty();
    }
}
