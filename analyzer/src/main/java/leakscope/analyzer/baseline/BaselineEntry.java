package leakscope.analyzer.baseline;

import java.util.List;
import java.util.Objects;
import leakscope.analyzer.model.LeakGroup;

/** One leak group as a baseline remembers it. */
public record BaselineEntry(String fingerprint, String verdict, String reason, String kind, String site, long count) {
    public BaselineEntry {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(site, "site");
    }

    public static BaselineEntry of(LeakGroup group) {
        return of(group.verdict().wireName(), group.reason().wireName(), group.kind(), group.site(), group.count());
    }

    public static List<BaselineEntry> of(List<LeakGroup> groups) {
        return groups.stream().map(BaselineEntry::of).toList();
    }

    public static BaselineEntry of(String verdict, String reason, String kind, String site, long count) {
        return new BaselineEntry(Fingerprint.of(verdict, reason, kind, site), verdict, reason, kind, site, count);
    }
}
