package leakscope.analyzer.site;

import java.util.Comparator;
import java.util.Map;
import leakscope.analyzer.model.Stack;

/** The stack a group shows: its most common, ties broken by the frames' text so the same input gives the same one. */
final class CommonestStack {
    private CommonestStack() {
    }

    static Stack of(Map<Stack, Long> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<Stack, Long>comparingByValue()
                        .thenComparing(e -> String.join("\n", e.getKey().lines()), Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }
}
