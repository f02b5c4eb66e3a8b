package leakscope.analyzer.pairing;

/**
 * The handles released lately, by id, so a double release can name the acquire of the handle it released
 * again. A fixed table where each id has one slot and a newer release takes it over: memory stays the same
 * however many handles a run releases, and a second close() soon after the first (the common double release)
 * still finds its handle.
 */
final class RecentReleases {
    static final int SLOTS = 4096;

    private final long[] ids = new long[SLOTS];
    private final OpenHandle[] handles = new OpenHandle[SLOTS];

    void add(OpenHandle handle) {
        int slot = slot(handle.id);
        ids[slot] = handle.id;
        handles[slot] = handle;
    }

    /** The last handle released with this id, or null when it was released too long ago (or never). */
    OpenHandle get(long handleId) {
        int slot = slot(handleId);
        return handles[slot] != null && ids[slot] == handleId ? handles[slot] : null;
    }

    /** Takes in the releases of a ledger that read later chunks: they are the newer ones. */
    void merge(RecentReleases later) {
        for (int slot = 0; slot < SLOTS; slot++) {
            if (later.handles[slot] != null) {
                ids[slot] = later.ids[slot];
                handles[slot] = later.handles[slot];
            }
        }
    }

    private static int slot(long id) {
        // ids are mostly consecutive: the low bits spread them; the mix keeps strided ids apart too
        long mixed = id ^ (id >>> 29) ^ (id >>> 47);
        return (int) (mixed & (SLOTS - 1));
    }
}
