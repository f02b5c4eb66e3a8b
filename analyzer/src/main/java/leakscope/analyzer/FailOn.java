package leakscope.analyzer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import leakscope.analyzer.baseline.BaselineEntry;
import leakscope.analyzer.baseline.Comparison;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.Series;
import leakscope.analyzer.model.Trend;
import leakscope.analyzer.model.Verdict;

/**
 * The rules that fail a build (CONTRACT.md §3 {@code --fail-on}, the Maven plugin's {@code failOn}):
 * {@code leaked} any leaked group, {@code suspected} any leaked or suspected group, {@code growing} any series
 * judged growing. With a baseline only groups that are new or grown count: known leaks are worked down, not
 * failed on. Lifetime handles ({@code Analysis.lifetime}) are no leak groups: nothing here fails on them.
 */
public enum FailOn {
    leaked, // lower case: picocli and Maven match enum constants by name, and these are the contract's words
    suspected,
    growing;

    /** What failed the rules: the groups (in the analysis's order) and the growing series. */
    public record Failures(List<LeakGroup> groups, List<Series> growing) {
        public Failures {
            groups = List.copyOf(groups);
            growing = List.copyOf(growing);
        }

        public boolean isEmpty() {
            return groups.isEmpty() && growing.isEmpty();
        }
    }

    /** The findings that any of {@code rules} fails on. */
    public static Failures failures(Collection<FailOn> rules, Analysis analysis, Optional<Comparison> baseline) {
        List<LeakGroup> candidates = baseline.map(c -> regressions(analysis, c)).orElse(analysis.leaks());
        List<LeakGroup> groups = new ArrayList<>();
        for (LeakGroup group : candidates) {
            if (rules.stream().anyMatch(rule -> rule.counts(group.verdict()))) {
                groups.add(group);
            }
        }
        List<Series> growingSeries = rules.contains(growing)
                ? analysis.growth().stream().filter(s -> s.trend() == Trend.GROWING).toList()
                : List.of();
        return new Failures(groups, growingSeries);
    }

    /** Parses {@code leaked,growing}; an unknown word is named in the exception's message. */
    public static List<FailOn> parse(String commaSeparated) {
        List<FailOn> rules = new ArrayList<>();
        for (String word : commaSeparated.split(",")) {
            String name = word.trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                rules.add(Arrays.stream(values()).filter(v -> v.name().equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown fail-on rule '" + word.trim()
                                + "' (choose from " + Arrays.stream(values()).map(Enum::name)
                                        .collect(Collectors.joining(", ")) + ")")));
            }
        }
        return rules;
    }

    private boolean counts(Verdict verdict) {
        return this == leaked && verdict == Verdict.LEAKED
                || this == suspected && (verdict == Verdict.LEAKED || verdict == Verdict.SUSPECTED);
    }

    private static List<LeakGroup> regressions(Analysis analysis, Comparison comparison) {
        Set<String> worse = comparison.head().stream().filter(c -> c.status().isRegression())
                .map(c -> c.group().fingerprint()).collect(Collectors.toSet());
        return analysis.leaks().stream().filter(g -> worse.contains(BaselineEntry.of(g).fingerprint())).toList();
    }
}
