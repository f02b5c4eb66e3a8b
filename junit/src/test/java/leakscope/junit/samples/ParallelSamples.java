package leakscope.junit.samples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import leakscope.junit.LeakCheck;
import leakscope.recorder.Handle;
import leakscope.recorder.Leakscope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** Leaking and clean tests running at the same time: none may be blamed for another's handles. */
@LeakCheck
@Execution(ExecutionMode.CONCURRENT)
public class ParallelSamples {
    static final List<Handle> KEPT = Collections.synchronizedList(new ArrayList<>());

    private static void churn(String test, boolean leakOne) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            Handle handle = Leakscope.acquire("file", test + " " + i);
            Thread.sleep(2); // stay open while the other tests run
            if (leakOne && i == 25) {
                KEPT.add(handle);
            } else {
                handle.close();
            }
        }
    }

    @Test
    void cleanA() throws InterruptedException {
        churn("cleanA", false);
    }

    @Test
    void leakyB() throws InterruptedException {
        churn("leakyB", true);
    }

    @Test
    void cleanC() throws InterruptedException {
        churn("cleanC", false);
    }

    @Test
    void leakyD() throws InterruptedException {
        churn("leakyD", true);
    }
}
