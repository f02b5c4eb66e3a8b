package leakscope.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.commonmark.node.Node;

/**
 * A report before it meets its size budget: sections in reading order, each holding blocks and rows that
 * carry a rank (lower is more important). {@link Budget} keeps the most important pieces that fit and lays
 * them out in reading order. A new section is a new {@link Section} with its own ranks.
 */
final class Outline {
    /** Ranks: tier times {@code TIER}, plus a position within the tier. */
    static final int TIER = 10_000;

    private final List<Section> sections = new ArrayList<>();

    Section section(String heading) {
        Section section = new Section(heading);
        sections.add(section);
        return section;
    }

    List<Section> sections() {
        return sections;
    }

    static int rank(int tier, int position) {
        return tier * TIER + Math.min(position, TIER - 1);
    }

    /** A heading (none when empty) shown only when some of its content is kept. */
    static final class Section {
        private final String heading;
        private final List<Item> items = new ArrayList<>();

        private Section(String heading) {
            this.heading = Objects.requireNonNull(heading, "heading");
        }

        String heading() {
            return heading;
        }

        List<Item> items() {
            return items;
        }

        Section blocks(int rank, Node... nodes) {
            items.add(new Blocks(rank, List.of(nodes)));
            return this;
        }

        /**
         * Rows kept from the first on, as long as they fit; a cut leaves "… N more {@code noun} in
         * leakscope.json". {@code total} counts rows beyond the ones given (the caps' and the JSON's).
         */
        Rows rows(Rows.Layout layout, String noun, long total, String... headers) {
            Rows rows = new Rows(layout, noun, total, List.of(headers));
            items.add(rows);
            return rows;
        }
    }

    sealed interface Item permits Blocks, Rows {
    }

    /** Blocks kept or dropped together. */
    record Blocks(int rank, List<Node> nodes) implements Item {
    }

    /** A table or a list whose rows are kept from the first on. */
    static final class Rows implements Item {
        enum Layout { TABLE, BULLETS, NUMBERED }

        record Row(int rank, List<Node> cells) {
        }

        private final Layout layout;
        private final String noun;
        private final long total;
        private final List<String> headers;
        private final List<Row> rows = new ArrayList<>();

        private Rows(Layout layout, String noun, long total, List<String> headers) {
            this.layout = layout;
            this.noun = noun;
            this.total = total;
            this.headers = headers;
        }

        /** A table row's cells, or a list item's inline content (one or more nodes). */
        Rows add(int rank, Node... cells) {
            if (layout == Layout.TABLE && cells.length != headers.size()) {
                throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
            }
            rows.add(new Row(rank, List.of(cells)));
            return this;
        }

        Layout layout() {
            return layout;
        }

        String noun() {
            return noun;
        }

        long total() {
            return Math.max(total, rows.size());
        }

        List<String> headers() {
            return headers;
        }

        List<Row> rows() {
            return rows;
        }
    }
}
