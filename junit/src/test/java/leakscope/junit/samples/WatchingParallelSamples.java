package leakscope.junit.samples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import leakscope.junit.LeakCheck;
import leakscope.recorder.Leakscope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** One test keeps a watched object while three drop theirs, at the same time: only the keeper fails. */
@LeakCheck
@Execution(ExecutionMode.CONCURRENT)
public class WatchingParallelSamples {
    static final List<Object> KEPT = Collections.synchronizedList(new ArrayList<>());

    private static void watchSome(String test, boolean keepOne) throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            Object object = new StringBuilder(test);
            if (keepOne && i == 10) {
                KEPT.add(object);
            }
            Leakscope.watch(object, test + " " + i);
            Thread.sleep(2); // overlap with the other tests
        }
    }

    @Test
    void dropsA() throws InterruptedException {
        watchSome("dropsA", false);
    }

    @Test
    void keepsB() throws InterruptedException {
        watchSome("keepsB", true);
    }

    @Test
    void dropsC() throws InterruptedException {
        watchSome("dropsC", false);
    }

    @Test
    void dropsD() throws InterruptedException {
        watchSome("dropsD", false);
    }
}
