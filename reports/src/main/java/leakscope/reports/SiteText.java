package leakscope.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import leakscope.analyzer.model.Site;
import leakscope.analyzer.model.Stack;

/** How sites and stacks read in a report: short where a reviewer scans, whole where they dig. */
final class SiteText {
    private SiteText() {
    }

    /** {@code com.acme.Cache.open(Cache.java:42)} → {@code Cache.open(Cache.java:42)}: the package is in the stack. */
    static String shortForm(Site site) {
        return site.text().substring(site.className().lastIndexOf('.') + 1);
    }

    /**
     * The frames that matter: the few above the site (the helper or library it called), the site marked with
     * an arrow, and its first callers; the rest is counted, not shown. {@code frames} 0 keeps every frame.
     */
    static List<String> stack(Stack stack, Site site, int frames) {
        List<String> stackTrace = stack.lines();
        int at = stack.indexOf(site);
        List<String> lines = new ArrayList<>();
        int from = frames == 0 || at < 0 ? 0 : Math.max(0, at - 2);
        int to = frames == 0 ? stackTrace.size() : Math.min(stackTrace.size(), Math.max(at, 0) + frames - 2);
        if (from > 0) {
            lines.add(String.format(Locale.ROOT, "  … %d frame(s) of the recorder, the JDK or helpers", from));
        }
        for (int i = from; i < to; i++) {
            lines.add((i == at ? "→ " : "  ") + Clip.text(stackTrace.get(i), Clip.FRAME));
        }
        if (to < stackTrace.size()) {
            lines.add(String.format(Locale.ROOT, "  … %d more caller(s) (all in leakscope.json)", stackTrace.size() - to));
        }
        return lines;
    }
}
