package leakscope.junit;

import java.util.List;
import java.util.Locale;
import leakscope.analyzer.model.ReferencePath;

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

    /** The assertion message of a test whose watched objects survived: type, site, and the path that holds each. */
    static String describeReachable(String test, List<StillReachable.Reachable> reachable) {
        StringBuilder message = new StringBuilder(String.format(Locale.ROOT,
                "%s left %d watched object(s) reachable after a full collection:", test, reachable.size()));
        for (StillReachable.Reachable object : reachable) {
            WatchedObjects.Watched watched = object.watched();
            message.append(String.format(Locale.ROOT, "%n  - %s \"%s\" watched at %s (watch %d, thread %s)",
                    watched.watch().type(), watched.watch().description() == null ? "" : watched.watch().description(),
                    object.site().text(), watched.watch().id(), watched.thread()));
            if (object.path().isEmpty()) {
                message.append(System.lineSeparator())
                        .append("      (no strong path of its own in the heap dump: held through another watched object, or only softly)");
            }
            for (ReferencePath.Step step : object.path().steps()) {
                message.append(System.lineSeparator()).append("      ").append(step.step())
                        .append(step.isLikelyCause() ? "   <- likely cause" : "");
            }
        }
        return message.toString();
    }
}
