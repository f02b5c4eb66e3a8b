package leakscope.junit;

import java.util.ArrayList;
import java.util.List;

/** Applies {@link LeakCheck#allow()}: each allowance absorbs up to its max of the leaks it matches. */
final class Allowances {
    private Allowances() {
    }

    static List<LeakCheckExtension.Leak> beyond(List<LeakCheckExtension.Leak> leaks, LeakCheck.Allow[] allowances) {
        int[] used = new int[allowances.length];
        List<LeakCheckExtension.Leak> failing = new ArrayList<>();
        for (LeakCheckExtension.Leak leak : leaks) {
            boolean absorbed = false;
            for (int i = 0; i < allowances.length && !absorbed; i++) {
                if (used[i] < allowances[i].max() && matches(allowances[i], leak)) {
                    used[i]++;
                    absorbed = true;
                }
            }
            if (!absorbed) {
                failing.add(leak);
            }
        }
        return failing;
    }

    private static boolean matches(LeakCheck.Allow allowance, LeakCheckExtension.Leak leak) {
        return (allowance.kind().isEmpty() || allowance.kind().equals(leak.acquisition().handle().kind()))
                && (allowance.site().isEmpty() || leak.site().startsWith(allowance.site()));
    }
}
