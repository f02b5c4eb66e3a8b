package leakscope.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.LifetimeGroup;
import leakscope.analyzer.model.Reason;
import leakscope.recorder.Handle;
import leakscope.recorder.InProcessRecording;
import leakscope.recorder.Leakscope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both sides of the lifetime rule (CONTRACT.md §2, docs/lifetime.md) on one real recording of a program that
 * runs for 7 s: what it opened in one go at start and never again is held for its life; what it kept
 * opening, what it opened in a loop at the end (not quiet), what it opened twice a second apart early on (not
 * one step) and what a session owns are leaks.
 */
class LifetimeHandlesTest {
    static final Duration RUN = Duration.ofMillis(7_000);

    @TempDir
    static Path dir;
    static Analysis analysis;
    static Instant started;

    @BeforeAll
    static void recordAProgramThatRunsForSevenSeconds() throws Exception {
        List<Object> kept = new ArrayList<>();
        Path recording = InProcessRecording.record(dir.resolve("lifetime.jfr"), () -> {
            started = Instant.now();
            kept.add(listen());
            for (int i = 0; i < 3; i++) {
                kept.add(openPool(i));
            }
            Thread worker = new Thread(() -> { // its session is its thread's: the main loop stays out of it
                kept.add(Leakscope.startSession("job"));
                kept.add(ownedByASession());
            });
            worker.start();
            join(worker);
            kept.add(leakTwiceEarly());
            long secondEarlyLeak = System.nanoTime() + 1_000_000_000L;
            long end = System.nanoTime() + RUN.toNanos();
            long nextLeak = System.nanoTime();
            while (System.nanoTime() < end) {
                Leakscope.acquire("socket", "request").close();
                if (secondEarlyLeak != 0 && System.nanoTime() >= secondEarlyLeak) {
                    kept.add(leakTwiceEarly());
                    secondEarlyLeak = 0;
                }
                if (System.nanoTime() >= nextLeak) {
                    kept.add(leakPerRequest());
                    nextLeak += 1_000_000_000L;
                }
                pause();
            }
            for (int i = 0; i < 4; i++) {
                kept.add(leakInALoopAtTheEnd(i));
            }
        });
        analysis = Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE);
    }

    @Test
    void whatWasOpenedInOneGoAndNeverAgainIsHeldForTheProgramsLife() {
        assertThat(analysis.lifetime()).extracting(LifetimeGroup::kind, g -> g.site().method(), LifetimeGroup::count,
                LifetimeGroup::recording).containsExactly(
                        tuple("file", "openPool", 3L, 0),
                        tuple("server-socket", "listen", 1L, 0));
        assertThat(analysis.lifetime()).allSatisfy(g -> assertThat(g.since()).isBetween(started, started.plusSeconds(1)));
    }

    @Test
    void whatASiteKeptOpeningWhatALoopLeftAtTheEndAndWhatASessionOwnsAreLeaks() {
        assertThat(analysis.leaks()).extracting(LeakGroup::reason, LeakGroup::kind, g -> g.site().method())
                .containsExactlyInAnyOrder(
                        tuple(Reason.HELD_AT_END, "socket", "leakPerRequest"),
                        tuple(Reason.HELD_AT_END, "file", "leakInALoopAtTheEnd"),
                        tuple(Reason.HELD_AT_END, "file", "ownedByASession"),
                        tuple(Reason.HELD_AT_END, "file", "leakTwiceEarly"));
        LeakGroup perRequest = analysis.leaks().stream().filter(g -> g.site().method().equals("leakPerRequest"))
                .findFirst().orElseThrow();
        assertThat(perRequest.count()).isBetween(7L, 8L); // one a second for 7 s: the first at 0 s
        assertThat(analysis.leaks().stream().filter(g -> g.site().method().equals("leakInALoopAtTheEnd"))
                .mapToLong(LeakGroup::count).sum()).isEqualTo(4);
        assertThat(analysis.leaks().stream().filter(g -> g.site().method().equals("leakTwiceEarly"))
                .mapToLong(LeakGroup::count).sum()).isEqualTo(2);
        assertThat(analysis.summary().suspected()).isEqualTo(perRequest.count() + 4 + 1 + 2);
        assertThat(analysis.isClean()).isFalse();
    }

    private static Handle listen() {
        return Leakscope.acquire("server-socket", "0.0.0.0:8080");
    }

    private static Handle openPool(int i) {
        return Leakscope.acquire("file", "pool-" + i + ".db");
    }

    private static Handle leakTwiceEarly() {
        return Leakscope.acquire("file", "cache.idx");
    }

    private static Handle ownedByASession() {
        return Leakscope.acquire("file", "job.lock");
    }

    private static Handle leakPerRequest() {
        return Leakscope.acquire("socket", "upstream");
    }

    private static Handle leakInALoopAtTheEnd(int i) {
        return Leakscope.acquire("file", "export-" + i + ".csv");
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
