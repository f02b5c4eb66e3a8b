package leakscope.analyzer.jvm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leakscope.analyzer.model.OldObjectSample;
import leakscope.analyzer.model.RetainedGroup;
import leakscope.analyzer.model.Site;
import leakscope.analyzer.site.SiteResolver;

/**
 * Groups {@code jdk.OldObjectSample}s by allocation site (application frame) and type. Objects the JVM
 * or JFR allocated (no application frame) are left out, and so are groups of fewer than
 * {@link #MIN_SAMPLES}: the sampler keeps a few hundred live objects, and a site that leaks keeps
 * showing up while a one-off long-lived object does not.
 */
public final class RetainedGroups {
    static final int MIN_SAMPLES = 3;

    private RetainedGroups() {
    }

    public static List<RetainedGroup> of(List<OldObjectSample> samples, SiteResolver sites) {
        Map<SiteAndType, List<OldObjectSample>> groups = new LinkedHashMap<>();
        for (OldObjectSample sample : samples) {
            Site site = sample.stack().frames().isEmpty() ? Site.NOT_RECORDED : sites.siteOf(sample.stack());
            if (site.kind() != Site.Kind.NO_APPLICATION_FRAME) {
                groups.computeIfAbsent(new SiteAndType(site, sample.type()), k -> new ArrayList<>()).add(sample);
            }
        }
        List<RetainedGroup> result = new ArrayList<>();
        groups.forEach((key, members) -> {
            if (members.size() >= MIN_SAMPLES) {
                // the oldest sample has been held longest: its chain is the one to read
                OldObjectSample oldest = members.stream().max(Comparator.comparingLong(OldObjectSample::ageNanos)).orElseThrow();
                result.add(new RetainedGroup(key.site(), key.type(), members.size(), oldest.ageNanos() / 1_000_000,
                        oldest.referenceChain(), oldest.root(), oldest.stack().lines()));
            }
        });
        result.sort(Comparator.comparingLong(RetainedGroup::count).reversed().thenComparing(RetainedGroup::site, Site.ORDER)
                .thenComparing(RetainedGroup::type));
        return result;
    }

    private record SiteAndType(Site site, String type) {
    }
}
