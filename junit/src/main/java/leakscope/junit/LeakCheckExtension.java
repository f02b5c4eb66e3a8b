package leakscope.junit;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import leakscope.analyzer.AnalysisException;
import leakscope.analyzer.model.ReferencePath;
import leakscope.analyzer.model.Site;
import leakscope.analyzer.site.SiteResolver;
import leakscope.recorder.Leakscope;
import leakscope.recorder.Session;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs each test in a leakscope session named after it and fails the test if the session still holds
 * handles when the test ends (after the grace period), beyond the allowances, or if objects watched in it
 * are still reachable after a full collection. Registered by
 * {@link LeakCheck}; usable with {@code @ExtendWith(LeakCheckExtension.class)}.
 */
public final class LeakCheckExtension implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LeakCheckExtension.class);
    /** Test runners' frames (below the test method) are never a site. */
    private static final List<String> NOT_SITES = List.of("org.junit.", "org.apache.maven.surefire.", "org.gradle.",
            "com.intellij.", "org.eclipse.jdt.internal.junit");
    private static final long POLL_MILLIS = 10;
    static final String HEAP_DUMPS_PARAMETER = "leakscope.heapDumps";

    @Override
    public void beforeEach(ExtensionContext context) {
        run(context); // first, so the recording sees the first test's session start
        Session test = Leakscope.startSession(context.getRequiredTestClass().getName() + "." + context.getDisplayName());
        context.getStore(NAMESPACE).put(Session.class, test);
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException, IOException, AnalysisException {
        Session test = context.getStore(NAMESPACE).remove(Session.class, Session.class);
        test.stopWithoutWatchingItself(); // this extension holds it until the test is judged
        LeakCheck settings = settings(context);
        checkHandles(context, test, settings);
        checkWatches(context, test, settings);
    }

    private void checkHandles(ExtensionContext context, Session test, LeakCheck settings) throws InterruptedException {
        OpenHandles openHandles = run(context).openHandles();
        long deadline = System.nanoTime() + settings.graceMillis() * 1_000_000;
        List<OpenHandles.Acquisition> held = openHandles.heldBy(test);
        while (!held.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS); // asynchronous closes: a pool's thread may still be closing
            held = openHandles.heldBy(test);
        }
        if (held.isEmpty()) {
            return;
        }
        SiteResolver sites = new SiteResolver(openHandles.stacks(), NOT_SITES);
        List<BlamedHandle> leaks = new ArrayList<>();
        held.forEach(a -> leaks.add(new BlamedHandle(a, sites.siteOf(a.stack()))));
        List<BlamedHandle> failing = Allowances.beyond(leaks, settings.allow());
        if (!failing.isEmpty()) {
            throw new AssertionError(LeakMessage.describe(context.getDisplayName(), failing, leaks.size() - failing.size()));
        }
    }

    private void checkWatches(ExtensionContext context, Session test, LeakCheck settings)
            throws InterruptedException, IOException, AnalysisException {
        WatchedObjects watchedObjects = run(context).watchedObjects();
        List<WatchedObjects.Watched> watched = watchedObjects.takeFrom(test);
        if (watched.isEmpty()) {
            return;
        }
        List<WatchedObjects.Watched> left = StillReachable.afterCollection(watched, settings.collectMillis());
        if (left.isEmpty()) {
            return;
        }
        Optional<Path> keepIn = context.getConfigurationParameter(HEAP_DUMPS_PARAMETER).map(Path::of);
        Map<Long, ReferencePath> paths = StillReachable.paths(left, keepIn, context.getDisplayName());
        // dumping the heap ran one more full collection: what the cleaner freed meanwhile was never held (a busy
        // machine's cleaner thread can lag behind the wait above)
        left = StillReachable.unreclaimed(left);
        if (left.isEmpty()) {
            return;
        }
        SiteResolver sites = new SiteResolver(watchedObjects.stacks(), NOT_SITES);
        List<StillReachable.Reachable> reachable = new ArrayList<>();
        left.forEach(w -> reachable.add(new StillReachable.Reachable(w, sites.siteOf(w.stack()),
                paths.getOrDefault(w.watch().id(), ReferencePath.NONE))));
        throw new AssertionError(LeakMessage.describeReachable(context.getDisplayName(), reachable));
    }

    /** One unreleased handle and the site blamed for it. */
    record BlamedHandle(OpenHandles.Acquisition acquisition, Site site) {
    }

    private static LeakCheck settings(ExtensionContext context) {
        Optional<AnnotatedElement> method = context.getElement();
        return method.flatMap(m -> AnnotationSupport.findAnnotation(m, LeakCheck.class))
                .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), LeakCheck.class))
                .orElse(Defaults.LEAK_CHECK);
    }

    private static RunRecording run(ExtensionContext context) {
        Optional<Path> keepAs = context.getConfigurationParameter(RunRecording.RECORDING_PARAMETER).map(Path::of);
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunRecording.class, k -> new RunRecording(keepAs), RunRecording.class);
    }

    /** The settings of a test registered through {@code @ExtendWith} without {@link LeakCheck}. */
    @LeakCheck
    private static final class Defaults {
        static final LeakCheck LEAK_CHECK = Defaults.class.getAnnotation(LeakCheck.class);
    }
}
