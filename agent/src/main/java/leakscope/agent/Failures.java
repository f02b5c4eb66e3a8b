package leakscope.agent;

import java.util.concurrent.atomic.AtomicBoolean;

/** The agent never throws into the application: the first unexpected failure is printed once, later ones dropped. */
final class Failures {
    private static final AtomicBoolean REPORTED = new AtomicBoolean();

    private Failures() {
    }

    static void report(Throwable failure) {
        if (REPORTED.compareAndSet(false, true)) {
            System.err.println("leakscope-agent: a hook failed and was skipped (further failures are not shown): " + failure);
        }
    }
}
