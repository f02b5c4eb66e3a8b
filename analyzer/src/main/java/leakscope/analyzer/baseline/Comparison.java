package leakscope.analyzer.baseline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import leakscope.analyzer.model.LeakGroup;

/**
 * Head's leak groups against a baseline's, by fingerprint. Groups of equal fingerprint are summed on
 * both sides first (two lines of one method are one fingerprint).
 *
 * @param head head's groups with their status, in head's order
 * @param fixed baseline groups absent from head
 * @param statusByFingerprint the status of each of head's fingerprints
 */
public record Comparison(List<Compared> head, List<BaselineEntry> fixed, Map<String, GroupStatus> statusByFingerprint) {
    public Comparison {
        head = List.copyOf(head);
        fixed = List.copyOf(fixed);
        statusByFingerprint = Map.copyOf(statusByFingerprint);
    }

    /** A head group and its status; {@code baselineCount} is 0 for a new group. */
    public record Compared(BaselineEntry group, GroupStatus status, long baselineCount) {
        public Compared {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(status, "status");
        }
    }

    public static Comparison of(List<BaselineEntry> baseline, List<BaselineEntry> head) {
        Map<String, Long> before = countsByFingerprint(baseline);
        Map<String, Long> now = countsByFingerprint(head);
        List<Compared> compared = new ArrayList<>();
        Map<String, GroupStatus> statuses = new LinkedHashMap<>();
        for (BaselineEntry group : head) {
            Long then = before.get(group.fingerprint());
            GroupStatus status = then == null ? GroupStatus.NEW
                    : now.get(group.fingerprint()) > then ? GroupStatus.GROWN : GroupStatus.UNCHANGED;
            compared.add(new Compared(group, status, then == null ? 0 : then));
            statuses.put(group.fingerprint(), status);
        }
        List<BaselineEntry> fixed = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (BaselineEntry group : baseline) {
            if (!now.containsKey(group.fingerprint()) && seen.put(group.fingerprint(), true) == null) {
                fixed.add(group);
            }
        }
        fixed.sort(Comparator.comparing(BaselineEntry::fingerprint));
        return new Comparison(compared, fixed, statuses);
    }

    /** The status of one of head's groups. */
    public GroupStatus statusOf(LeakGroup group) {
        String fingerprint = Fingerprint.of(group);
        GroupStatus status = statusByFingerprint.get(fingerprint);
        if (status == null) {
            throw new IllegalArgumentException("not one of head's groups: " + fingerprint);
        }
        return status;
    }

    public long count(GroupStatus status) {
        return status == GroupStatus.FIXED ? fixed.size() : head.stream().filter(c -> c.status() == status).count();
    }

    public boolean hasRegressions() {
        return head.stream().anyMatch(c -> c.status().isRegression());
    }

    /** "2 new leak sites, 1 grown, 1 fixed" — the line a pull request reads first. */
    public String headline() {
        List<String> parts = new ArrayList<>();
        parts.add(count(GroupStatus.NEW) + " new leak site(s)");
        if (count(GroupStatus.GROWN) > 0) {
            parts.add(count(GroupStatus.GROWN) + " grown");
        }
        parts.add(count(GroupStatus.FIXED) + " fixed");
        if (count(GroupStatus.UNCHANGED) > 0) {
            parts.add(count(GroupStatus.UNCHANGED) + " unchanged");
        }
        return String.join(", ", parts);
    }

    private static Map<String, Long> countsByFingerprint(List<BaselineEntry> groups) {
        Map<String, Long> counts = new LinkedHashMap<>();
        groups.forEach(g -> counts.merge(g.fingerprint(), g.count(), Long::sum));
        return counts;
    }
}
