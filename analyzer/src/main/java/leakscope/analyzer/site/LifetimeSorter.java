package leakscope.analyzer.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import leakscope.analyzer.model.LifetimeGroup;
import leakscope.analyzer.model.Site;
import leakscope.analyzer.model.Stack;
import leakscope.analyzer.pairing.AcquireSpan;
import leakscope.analyzer.pairing.JudgedHandle;
import leakscope.analyzer.read.Times;
import leakscope.analyzer.verdict.VerdictRules;

/**
 * Sorts each timeline's judged handles into leaks and lifetime handles (CONTRACT.md §2, docs/lifetime.md). The
 * handles a (kind, site) still holds at the end are judged together by {@link VerdictRules#isLifetime}, with
 * when their site acquired anything at all; the lifetime ones are kept here, grouped by (kind, site) over all
 * timelines, and the rest go on to {@link LeakGrouper}.
 */
public final class LifetimeSorter {
    private final Map<Key, Group> groups = new HashMap<>();

    private record Key(String kind, Site site) {
    }

    /** The lifetime handles of one (kind, site), over the timelines so far. */
    private static final class Group {
        private long count;
        private long sinceNanos = Long.MAX_VALUE;
        private int recording;

        void add(List<JudgedHandle> held) {
            count += held.size();
            for (JudgedHandle handle : held) {
                if (handle.acquireNanos() < sinceNanos) {
                    sinceNanos = handle.acquireNanos();
                    recording = handle.recording();
                }
            }
        }
    }

    /**
     * Keeps one timeline's lifetime handles and returns the others, in their order.
     *
     * @param acquireSpans when each acquire stack of the timeline acquired, released handles included
     * @param endNanos when the timeline ended
     */
    public List<JudgedHandle> sortOut(List<JudgedHandle> judged, Map<Stack, AcquireSpan> acquireSpans, SiteResolver sites,
            VerdictRules rules, long endNanos) {
        Map<Site, Long> lastAcquireBySite = new HashMap<>();
        long firstAcquire = endNanos;
        for (Map.Entry<Stack, AcquireSpan> stack : acquireSpans.entrySet()) {
            lastAcquireBySite.merge(sites.siteOf(stack.getKey()), stack.getValue().lastNanos(), Math::max);
            firstAcquire = Math.min(firstAcquire, stack.getValue().firstNanos());
        }
        Map<Key, List<JudgedHandle>> candidates = new HashMap<>();
        for (JudgedHandle handle : judged) {
            if (rules.mayBeLifetime(handle.reason(), handle.sessionId())) {
                candidates.computeIfAbsent(new Key(handle.kind(), sites.siteOf(handle.stack())), k -> new ArrayList<>())
                        .add(handle);
            }
        }
        long active = endNanos - firstAcquire;
        Set<Key> lifetime = new HashSet<>();
        candidates.forEach((key, held) -> {
            long oldest = held.stream().mapToLong(JudgedHandle::acquireNanos).min().orElseThrow();
            long newest = held.stream().mapToLong(JudgedHandle::acquireNanos).max().orElseThrow();
            long quiet = endNanos - lastAcquireBySite.getOrDefault(key.site(), newest);
            if (rules.isLifetime(active, quiet, newest - oldest)) {
                lifetime.add(key);
                groups.computeIfAbsent(key, k -> new Group()).add(held);
            }
        });
        return judged.stream().filter(handle -> !(rules.mayBeLifetime(handle.reason(), handle.sessionId())
                && lifetime.contains(new Key(handle.kind(), sites.siteOf(handle.stack()))))).toList();
    }

    /** The lifetime groups of all timelines, largest count first, then by site and kind: a stable order. */
    public List<LifetimeGroup> groups() {
        List<LifetimeGroup> result = new ArrayList<>();
        groups.forEach((key, group) -> result.add(new LifetimeGroup(key.kind(), key.site(), group.count,
                Times.instant(group.sinceNanos), group.recording)));
        result.sort(Comparator.comparingLong(LifetimeGroup::count).reversed()
                .thenComparing(LifetimeGroup::site, Site.ORDER)
                .thenComparing(LifetimeGroup::kind));
        return result;
    }
}
