package leakscope.cli;

import leakscope.analyzer.model.Analysis;

/** {@code --fail-on}: which verdicts fail the build (CONTRACT.md §3). */
enum FailOn {
    leaked, // lower case: picocli matches enum constants by name, and these are the contract's words
    suspected;

    boolean matches(Analysis analysis) {
        long failing = analysis.summary().leaked() + (this == suspected ? analysis.summary().suspected() : 0);
        return failing > 0;
    }
}
