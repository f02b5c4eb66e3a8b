package leakscope.analyzer.baseline;

import java.util.List;
import java.util.Objects;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.Site;
import leakscope.analyzer.model.Verdict;

/**
 * One leak group as a baseline remembers it.
 *
 * @param site the site's text as reports and baseline files show it
 */
public record BaselineEntry(String fingerprint, Verdict verdict, String reason, String kind, String site, long count) {
    public BaselineEntry {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(site, "site");
    }

    public static BaselineEntry of(LeakGroup group) {
        return of(group.verdict(), group.reason().wireName(), group.kind(), group.site(), group.count());
    }

    public static List<BaselineEntry> of(List<LeakGroup> groups) {
        return groups.stream().map(BaselineEntry::of).toList();
    }

    public static BaselineEntry of(Verdict verdict, String reason, String kind, Site site, long count) {
        return new BaselineEntry(Fingerprint.of(verdict, reason, kind, site), verdict, reason, kind, site.text(), count);
    }
}
