package leakscope.junit;

import java.util.List;
import java.util.Locale;

/** The assertion message of a leaking test: site, kind, description and stack of each leaked handle. */
final class LeakMessage {
    private static final int MAX_FRAMES = 12;

    private LeakMessage() {
    }

    static String describe(String test, List<LeakCheckExtension.BlamedHandle> leaks, int allowed) {
        StringBuilder message = new StringBuilder(String.format(Locale.ROOT, "%s leaked %d handle(s)%s:", test,
                leaks.size(), allowed > 0 ? " beyond the " + allowed + " allowed" : ""));
        for (LeakCheckExtension.BlamedHandle leak : leaks) {
            OpenHandles.Acquisition acquisition = leak.acquisition();
            message.append(String.format(Locale.ROOT, "%n  - %s \"%s\" at %s (handle %d, thread %s)",
                    acquisition.handle().kind(), acquisition.description(), leak.site().text(), acquisition.handle().id(),
                    acquisition.thread()));
            // the frames down to the test method; below it the runner's are noise
            acquisition.stack().lines().stream().takeWhile(frame -> !frame.startsWith("jdk.internal.reflect.")
                    && !frame.startsWith("org.junit.")).limit(MAX_FRAMES)
                    .forEach(frame -> message.append(System.lineSeparator()).append("      at ").append(frame));
        }
        return message.toString();
    }
}
