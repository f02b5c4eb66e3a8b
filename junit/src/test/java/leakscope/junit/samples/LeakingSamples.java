package leakscope.junit.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import leakscope.junit.LeakCheck;
import leakscope.recorder.Handle;
import leakscope.recorder.Leakscope;
import leakscope.recorder.Session;
import org.junit.jupiter.api.Test;

/** Run only through the JUnit test kit by LeakCheckExtensionTest (the name keeps surefire off it). */
@LeakCheck
public class LeakingSamples {
    static final List<Handle> KEPT = new ArrayList<>();

    static Handle open(String name) {
        return Leakscope.acquire("file", name);
    }

    @Test
    void leaksAFile() {
        KEPT.add(open("report.csv"));
    }

    @Test
    void closesItsFile() {
        open("closed.csv").close();
    }

    @Test
    void leaksOnAWorkerItHandedItsSessionTo() throws InterruptedException {
        Session test = Session.current().orElseThrow();
        Thread worker = new Thread(test.wrap(() -> { KEPT.add(Leakscope.acquire("socket", "worker socket")); }));
        worker.start();
        worker.join();
    }

    @Test
    void isNotBlamedForAStrayThreadWithoutItsSession() throws InterruptedException {
        Thread stray = new Thread(() -> KEPT.add(Leakscope.acquire("socket", "stray socket")));
        stray.start();
        stray.join();
    }

    @Test
    @LeakCheck(graceMillis = 2_000)
    void closesAsynchronouslyWithinItsGrace() {
        Handle handle = open("async.csv");
        CountDownLatch started = new CountDownLatch(1);
        new Thread(() -> {
            started.countDown();
            sleep(200);
            handle.close();
        }).start();
        await(started);
    }

    @Test
    @LeakCheck(allow = @LeakCheck.Allow(kind = "timer", max = 1))
    void leaksOneAllowedTimer() {
        KEPT.add(Leakscope.acquire("timer", "heartbeat"));
    }

    @Test
    @LeakCheck(allow = @LeakCheck.Allow(kind = "timer", max = 1))
    void leaksOneTimerMoreThanAllowed() {
        for (int i = 0; i < 2; i++) {
            KEPT.add(Leakscope.acquire("timer", "heartbeat " + i));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
