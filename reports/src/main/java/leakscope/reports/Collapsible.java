package leakscope.reports;

import java.util.Objects;
import org.commonmark.node.CustomBlock;

/**
 * A block shown folded, as HTML's {@code <details>}: long stacks stay out of the way in a PR comment.
 * Its summary is the report's own text (numbers and fixed words), never recorded data.
 */
final class Collapsible extends CustomBlock {
    private final String summary;

    Collapsible(String summary) {
        this.summary = Objects.requireNonNull(summary, "summary");
    }

    String summary() {
        return summary;
    }
}
