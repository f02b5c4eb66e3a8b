package leakscope.analyzer;

/** Receives how far reading has got; called from the analysing thread, a few times a second at most. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> { };

    /** Estimated bytes read so far of all inputs' total. */
    void bytesRead(long done, long total);
}
