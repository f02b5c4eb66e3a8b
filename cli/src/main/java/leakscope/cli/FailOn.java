package leakscope.cli;

import java.util.Optional;
import leakscope.analyzer.baseline.Comparison;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Verdict;

/** {@code --fail-on}: which verdicts fail the build (CONTRACT.md §3). */
enum FailOn {
    leaked, // lower case: picocli matches enum constants by name, and these are the contract's words
    suspected;

    /** With a baseline, only groups that are new or grown count: known leaks are worked down, not failed on. */
    boolean matches(Analysis analysis, Optional<Comparison> baseline) {
        if (baseline.isEmpty()) {
            long failing = analysis.summary().leaked() + (this == suspected ? analysis.summary().suspected() : 0);
            return failing > 0;
        }
        return baseline.get().head().stream().filter(c -> c.status().isRegression())
                .anyMatch(c -> counts(c.group().verdict()));
    }

    private boolean counts(Verdict verdict) {
        return verdict == Verdict.LEAKED || this == suspected && verdict == Verdict.SUSPECTED;
    }
}
