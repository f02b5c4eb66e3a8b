package leakscope.junit;

import java.util.ArrayList;
import java.util.List;

/** Applies {@link LeakCheck#allow()}: each allowance absorbs up to its max of the leaks it matches. */
final class Allowances {
    private Allowances() {
    }

    static List<LeakCheckExtension.BlamedHandle> beyond(List<LeakCheckExtension.BlamedHandle> leaks, LeakCheck.Allow[] allowances) {
        int[] used = new int[allowances.length];
        List<LeakCheckExtension.BlamedHandle> failing = new ArrayList<>();
        for (LeakCheckExtension.BlamedHandle leak : leaks) {
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

    private static boolean matches(LeakCheck.Allow allowance, LeakCheckExtension.BlamedHandle leak) {
        return (allowance.kind().isEmpty() || allowance.kind().equals(leak.acquisition().handle().kind()))
                && (allowance.site().isEmpty() || leak.site().text().startsWith(allowance.site()));
    }
}
