package agentprobe;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one test class with the JUnit Platform launcher, as a build tool would (listeners from
 * META-INF/services included), and prints each test's outcome as {@code TEST|method|status|message}.
 */
public final class RunTests {
    public static void main(String[] args) throws Exception {
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Class.forName(args[0]))).build(),
                new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                        if (test.isTest()) {
                            String message = result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("")
                                    .replace('\n', ' ');
                            System.out.printf("TEST|%s|%s|%s%n", test.getDisplayName(), result.getStatus(), message);
                        }
                    }
                });
    }
}
