package leakscope.analyzer.pairing;

/**
 * A set of long ids as a paged bitmap: 4096 ids a page, and a page whose ids are all present shrinks
 * to one shared marker. The recorder's ids are dense and mostly sequential, so millions of released
 * ids take a few kilobytes, where a {@code HashSet<Long>} would not fit the heap; the page last used is
 * kept at hand because consecutive ids land on it. Sparse ids cost about 520 bytes per page touched.
 */
final class IdRangeSet {
    private static final int PAGE_BITS = 12;
    private static final int WORDS = 1 << (PAGE_BITS - 6);
    private static final long[] FULL = new long[0];

    private final LongMap<long[]> pages = new LongMap<>();
    private long lastPageKey = Long.MIN_VALUE;
    private long[] lastPage;

    boolean contains(long id) {
        long[] page = page(id >> PAGE_BITS, false);
        if (page == null) {
            return false;
        }
        if (page == FULL) {
            return true;
        }
        int bit = (int) (id & ((1 << PAGE_BITS) - 1));
        return (page[bit >>> 6] & (1L << bit)) != 0;
    }

    /** Adds {@code id}; returns false if it was already present. */
    boolean add(long id) {
        long key = id >> PAGE_BITS;
        long[] page = page(key, true);
        if (page == FULL) {
            return false;
        }
        int bit = (int) (id & ((1 << PAGE_BITS) - 1));
        long mask = 1L << bit;
        if ((page[bit >>> 6] & mask) != 0) {
            return false;
        }
        page[bit >>> 6] |= mask;
        if (++page[WORDS] == 1 << PAGE_BITS) {
            pages.put(key, FULL);
            lastPage = FULL;
        }
        return true;
    }

    /** Adds every id of {@code other}. */
    void addAll(IdRangeSet other) {
        other.pages.forEach((key, page) -> {
            long[] mine = pages.get(key);
            if (mine == FULL || page == FULL || mine == null) {
                pages.put(key, mine == FULL || page == FULL ? FULL : page.clone());
                return;
            }
            long count = 0;
            for (int word = 0; word < WORDS; word++) {
                mine[word] |= page[word];
                count += Long.bitCount(mine[word]);
            }
            mine[WORDS] = count;
            if (count == 1 << PAGE_BITS) {
                pages.put(key, FULL);
            }
        });
        lastPageKey = Long.MIN_VALUE; // the cached page may have been replaced
        lastPage = null;
    }

    private long[] page(long key, boolean create) {
        if (key == lastPageKey) {
            return lastPage;
        }
        long[] page = pages.get(key);
        if (page == null) {
            if (!create) {
                return null;
            }
            page = new long[WORDS + 1]; // the last word counts the ids present
            pages.put(key, page);
        }
        lastPageKey = key;
        lastPage = page;
        return page;
    }

    @Override
    public String toString() {
        long full = pages.values().stream().filter(p -> p == FULL).count();
        return pages.size() + " pages, " + full + " full";
    }
}
