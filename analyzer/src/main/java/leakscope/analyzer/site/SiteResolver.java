package leakscope.analyzer.site;

import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import leakscope.analyzer.model.Frame;
import leakscope.analyzer.model.Site;
import leakscope.analyzer.model.Stack;

/**
 * Chooses the frame a developer has to fix (CONTRACT.md §2): the first frame that is not the recorder's,
 * not the JDK's, not under a skipped package, and not a shared helper. A helper is a method called from
 * two or more distinct methods over all of a timeline's acquire stacks, released or not: programs emit
 * acquires from a small helper called from many places, and the site is then its caller.
 */
public final class SiteResolver {
    /** Frames never blamed: the recorder itself and the platform. */
    static final List<String> ALWAYS_SKIPPED = List.of("leakscope.recorder.", "leakscope.agent.", "java.", "javax.", "jdk.", "sun.",
            "com.sun.", "kotlin.", "scala.");

    private final List<String> skipped;
    private final Map<String, String> firstCallerByMethod = new HashMap<>();
    private final Map<String, Boolean> helpers = new HashMap<>();
    private final Map<Stack, Site> siteByStack = new IdentityHashMap<>();

    /**
     * @param acquireStacks every distinct acquire stack of one timeline
     * @param skipPackages package prefixes from {@code --skip-frames}, e.g. {@code com.acme.pool}
     */
    public SiteResolver(Collection<Stack> acquireStacks, List<String> skipPackages) {
        this.skipped = Stream.concat(ALWAYS_SKIPPED.stream(),
                skipPackages.stream().map(p -> p.endsWith(".") ? p : p + ".")).toList();
        acquireStacks.forEach(this::countCallers);
    }

    /** The frame to fix in a stack, or {@link Site#NO_APPLICATION_FRAME}. */
    public Site siteOf(Stack stack) {
        return siteByStack.computeIfAbsent(stack, this::resolve);
    }

    private Site resolve(Stack stack) {
        Frame outermostCandidate = null;
        for (Frame frame : stack.frames()) {
            if (isSkipped(frame)) {
                continue;
            }
            if (!helpers.getOrDefault(frame.methodKey(), false)) {
                return Site.of(frame);
            }
            outermostCandidate = frame;
        }
        // every candidate is a helper: blame the one nearest the entry point
        return outermostCandidate == null ? Site.NO_APPLICATION_FRAME : Site.of(outermostCandidate);
    }

    private void countCallers(Stack stack) {
        List<Frame> frames = stack.frames();
        for (int i = 0; i + 1 < frames.size(); i++) {
            String callee = frames.get(i).methodKey();
            String caller = frames.get(i + 1).methodKey();
            String first = firstCallerByMethod.putIfAbsent(callee, caller);
            if (first != null && !first.equals(caller)) {
                helpers.put(callee, true);
            }
        }
    }

    private boolean isSkipped(Frame frame) {
        for (String prefix : skipped) {
            if (frame.type().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
