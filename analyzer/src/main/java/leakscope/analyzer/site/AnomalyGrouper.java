package leakscope.analyzer.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import leakscope.analyzer.model.Anomalies;
import leakscope.analyzer.model.AnomalyGroup;
import leakscope.analyzer.model.Site;
import leakscope.analyzer.model.Stack;
import leakscope.analyzer.pairing.ReleaseAnomalies;

/**
 * Groups double and unmatched releases by (type, kind, acquire site, release site) over all timelines, keeping
 * each group's count and its most common release stack.
 */
public final class AnomalyGrouper {
    private static final Comparator<Optional<Site>> SITE_ORDER = Comparator.comparing(site -> site.map(Site::text).orElse(""));

    private final Map<GroupKey, Accumulator> groups = new HashMap<>();
    private long doubleReleases;
    private long unmatchedReleases;

    /** Adds one timeline's anomalies, their stacks resolved to sites by that timeline's resolver. */
    public void add(ReleaseAnomalies anomalies, SiteResolver sites) {
        doubleReleases += anomalies.doubleReleases();
        unmatchedReleases += anomalies.unmatchedReleases();
        anomalies.counts().forEach((key, count) -> {
            Optional<Site> acquireSite = Optional.ofNullable(key.acquireStack()).map(sites::siteOf);
            Optional<Site> releaseSite = key.releaseStack().frames().isEmpty() ? Optional.empty()
                    : Optional.of(sites.siteOf(key.releaseStack()));
            groups.computeIfAbsent(new GroupKey(key.type(), key.kind(), acquireSite, releaseSite), k -> new Accumulator())
                    .add(key.releaseStack(), count);
        });
    }

    /** The totals and the groups, largest count first, then by type, release site, acquire site and kind. */
    public Anomalies anomalies() {
        List<AnomalyGroup> result = new ArrayList<>();
        groups.forEach((key, acc) -> result.add(new AnomalyGroup(key.type(), key.kind(), key.acquireSite(),
                key.releaseSite(), acc.count, acc.commonest())));
        result.sort(Comparator.comparingLong(AnomalyGroup::count).reversed()
                .thenComparing(AnomalyGroup::type)
                .thenComparing(AnomalyGroup::releaseSite, SITE_ORDER)
                .thenComparing(AnomalyGroup::acquireSite, SITE_ORDER)
                .thenComparing(AnomalyGroup::kind));
        return new Anomalies(doubleReleases, unmatchedReleases, result);
    }

    private record GroupKey(AnomalyGroup.Type type, String kind, Optional<Site> acquireSite, Optional<Site> releaseSite) {
    }

    private static final class Accumulator {
        private long count;
        private final Map<Stack, Long> stackCounts = new HashMap<>();

        void add(Stack releaseStack, long n) {
            count += n;
            stackCounts.merge(releaseStack, n, Long::sum);
        }

        Stack commonest() {
            return CommonestStack.of(stackCounts);
        }
    }
}
