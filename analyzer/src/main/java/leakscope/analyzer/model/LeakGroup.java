package leakscope.analyzer.model;

import java.util.List;
import java.util.Objects;

/**
 * The handles of one (verdict, reason, kind, site).
 *
 * @param site the frame to fix
 * @param stackTrace the group's most common acquire stack, innermost frame first
 * @param handles the group's first handles by acquire time (at most {@link #SAMPLE_LIMIT})
 * @param recording index of the recording that holds the group's first handle
 */
public record LeakGroup(Reason reason, String kind, Site site, long count, List<String> stackTrace,
        List<HandleSample> handles, int recording) {
    public static final int SAMPLE_LIMIT = 10;

    public LeakGroup {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(site, "site");
        stackTrace = List.copyOf(stackTrace);
        handles = List.copyOf(handles);
    }

    public Verdict verdict() {
        return reason.verdict();
    }
}
