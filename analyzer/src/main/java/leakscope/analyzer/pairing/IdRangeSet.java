package leakscope.analyzer.pairing;

import java.util.Map;
import java.util.TreeMap;

/**
 * A set of long ids stored as disjoint ranges. The recorder's ids are dense and mostly sequential, so
 * millions of released ids fit in a few ranges, where a {@code HashSet<Long>} would not fit the heap.
 */
final class IdRangeSet {
    // range start -> range end, both inclusive; ranges never touch (adjacent ones are merged)
    private final TreeMap<Long, Long> ranges = new TreeMap<>();

    boolean contains(long id) {
        Map.Entry<Long, Long> floor = ranges.floorEntry(id);
        return floor != null && floor.getValue() >= id;
    }

    /** Adds {@code id}; returns false if it was already present. */
    boolean add(long id) {
        Map.Entry<Long, Long> floor = ranges.floorEntry(id);
        if (floor != null && floor.getValue() >= id) {
            return false;
        }
        long start = id;
        if (floor != null && floor.getValue() == id - 1) {
            start = floor.getKey();
        }
        long end = id;
        Long nextEnd = id == Long.MAX_VALUE ? null : ranges.get(id + 1);
        if (nextEnd != null) {
            ranges.remove(id + 1);
            end = nextEnd;
        }
        ranges.put(start, end);
        return true;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        ranges.forEach((start, end) -> text.append(text.length() > 1 ? ", " : "").append(start).append("..").append(end));
        return text.append(']').toString();
    }
}
