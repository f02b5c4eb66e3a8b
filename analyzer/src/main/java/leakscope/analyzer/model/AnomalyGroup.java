package leakscope.analyzer.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Releases of one type and kind at the same sites. The contract's release carries no stack: the release's
 * site is known only when the release event had one (a third-party emitter's, or the recorder's with
 * {@code leakscope.ResourceRelease#stackTrace=true} in the recording's settings).
 *
 * @param kind the release's kind (the acquire's when the release names none); untrusted text
 * @param acquireSite for a double release, the site of the handle's acquire (the code that owns it), when the
 *     analyser still knew it (it remembers the last few thousand releases, not all)
 * @param releaseSite the frame to fix in the release's stack, when the release carried one
 * @param releaseStack the group's most common release stack, innermost first; empty when releases carried none
 */
public record AnomalyGroup(Type type, String kind, Optional<Site> acquireSite, Optional<Site> releaseSite, long count,
        Stack releaseStack) {
    public AnomalyGroup {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(acquireSite, "acquireSite");
        Objects.requireNonNull(releaseSite, "releaseSite");
        Objects.requireNonNull(releaseStack, "releaseStack");
    }

    /**
     * The site to look at first: the release's, where the code releases, when the release carried a stack; else,
     * for a double release, its acquire's (the code that owns the handle).
     */
    public Optional<Site> site() {
        return releaseSite.isPresent() ? releaseSite : acquireSite;
    }

    public enum Type {
        /** a release of a handle already released */
        DOUBLE_RELEASE("double-release"),
        /** a release of an id never acquired in its timeline */
        UNMATCHED_RELEASE("unmatched-release");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }
}
