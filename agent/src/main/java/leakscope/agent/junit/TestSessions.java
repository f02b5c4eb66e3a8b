package leakscope.agent.junit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jfr.FlightRecorder;
import leakscope.recorder.Leakscope;
import leakscope.recorder.Session;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Runs each test in a leakscope session named after it ({@code com.acme.FooTest.leaksAFile()}),
 * started and stopped on the test's own thread, so a handle the test leaves open is reported
 * {@code leaked/session-stopped} in that test's session. Registered through META-INF/services in
 * the agent jar: any JUnit Platform run (Maven Surefire, Gradle, an IDE) under the agent gets it.
 *
 * <p>Sessions start only while JFR is initialised in the test JVM (a recording was started), so a
 * run without a recording pays nothing. It never throws into the launcher.
 */
public final class TestSessions implements TestExecutionListener {
    private final Map<String, Session> running = new ConcurrentHashMap<>();

    @Override
    public void executionStarted(TestIdentifier test) {
        if (!test.isTest() || !FlightRecorder.isInitialized()) {
            return;
        }
        try {
            running.put(test.getUniqueId(), Leakscope.startSession(nameOf(test)));
        } catch (RuntimeException | LinkageError e) {
            System.err.println("leakscope-agent: no session for " + test.getDisplayName() + ": " + e);
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        Session session = running.remove(test.getUniqueId());
        if (session != null) {
            // the session object is this listener's, never the test's: only the state the test attached is watched
            session.stopWithoutWatchingItself();
        }
    }

    /** {@code class.method(parameter types)}, plus the display name for each invocation of a parameterised test. */
    static String nameOf(TestIdentifier test) {
        if (test.getSource().orElse(null) instanceof MethodSource method) {
            String name = method.getClassName() + "." + method.getMethodName() + "(" + method.getMethodParameterTypes() + ")";
            return test.getUniqueIdObject().getLastSegment().getType().endsWith("-invocation")
                    ? name + " " + test.getDisplayName() : name;
        }
        return test.getDisplayName();
    }
}
