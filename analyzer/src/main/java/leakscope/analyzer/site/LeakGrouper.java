package leakscope.analyzer.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import leakscope.analyzer.model.HandleSample;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.Site;
import leakscope.analyzer.model.Stack;
import leakscope.analyzer.pairing.JudgedHandle;
import leakscope.analyzer.read.Times;

/** Groups leaks by (verdict, reason, kind, site), keeping counts, the commonest stack and the first handles. */
public final class LeakGrouper {
    private static final Comparator<JudgedHandle> BY_ACQUIRE = Comparator.comparingLong(JudgedHandle::acquireNanos)
            .thenComparingLong(JudgedHandle::handleId);

    private final Map<GroupKey, Accumulator> groups = new HashMap<>();

    public void add(JudgedHandle leak, Site site) {
        groups.computeIfAbsent(new GroupKey(leak.reason(), leak.kind(), site), k -> new Accumulator()).add(leak);
    }

    /**
     * The groups, certain leaks before suspected ones (a reviewer acts on those first), largest count first, then
     * by site, reason and kind: the same input gives the same order.
     */
    public List<LeakGroup> groups() {
        List<LeakGroup> result = new ArrayList<>();
        groups.forEach((key, acc) -> result.add(acc.toGroup(key)));
        result.sort(Comparator.comparing(LeakGroup::verdict).thenComparing(Comparator.comparingLong(LeakGroup::count).reversed())
                .thenComparing(LeakGroup::site, Site.ORDER)
                .thenComparing(LeakGroup::reason)
                .thenComparing(LeakGroup::kind));
        return result;
    }

    private record GroupKey(Reason reason, String kind, Site site) {
    }

    private static final class Accumulator {
        private long count;
        private final Map<Stack, Long> stackCounts = new HashMap<>();
        // the newest of the kept handles on top, so a newcomer replaces it when older
        private final PriorityQueue<JudgedHandle> firstHandles = new PriorityQueue<>(BY_ACQUIRE.reversed());
        private JudgedHandle earliest;

        void add(JudgedHandle leak) {
            count++;
            stackCounts.merge(leak.stack(), 1L, Long::sum);
            firstHandles.add(leak);
            if (firstHandles.size() > LeakGroup.SAMPLE_LIMIT) {
                firstHandles.poll();
            }
            if (earliest == null || BY_ACQUIRE.compare(leak, earliest) < 0) {
                earliest = leak;
            }
        }

        LeakGroup toGroup(GroupKey key) {
            Stack commonest = CommonestStack.of(stackCounts);
            List<HandleSample> samples = firstHandles.stream().sorted(BY_ACQUIRE)
                    .map(l -> new HandleSample(l.handleId(), l.description(), l.sessionId(), l.thread(),
                            Times.instant(l.acquireNanos()), l.heldNanos() / 1_000_000))
                    .toList();
            return new LeakGroup(key.reason(), key.kind(), key.site(), count, commonest, samples,
                    earliest.recording());
        }
    }
}
