package leakscope.reports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Fits an {@link Outline} into a number of bytes: the most important pieces that fit are kept, laid out in
 * reading order; a table or list cut short says how many more rows the JSON holds, and a closing line says
 * what was left out. Whole blocks and rows are kept or dropped, so a table, a fence or a {@code <details>}
 * is never cut in the middle.
 */
final class Budget {
    /** Room for the closing "cut to fit" line and for the blank lines between blocks. */
    private static final int RESERVE = 400;
    private static final int ATTEMPTS = 4;

    private final Outline outline;
    private final Function<Node, String> render;
    private final String what;

    /**
     * @param render the target format's renderer; sizes are measured in what it writes
     * @param what what the budget is for, for the closing line ("a pull-request comment")
     */
    private Budget(Outline outline, Function<Node, String> render, String what) {
        this.outline = outline;
        this.render = render;
        this.what = what;
    }

    /** The outline as a document of at most {@code bytes} UTF-8 bytes as rendered. */
    static Document fill(Outline outline, Function<Node, String> render, long bytes, String what) {
        Budget budget = new Budget(outline, render, what);
        long allowed = bytes;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document document = budget.layOut(budget.keep(allowed - RESERVE), bytes);
            long size = utf8(render.apply(document));
            if (size <= bytes) {
                return document;
            }
            allowed -= size - bytes + RESERVE; // measured piece by piece, the whole came out larger: try smaller
        }
        return budget.layOut(budget.keep(0), bytes);
    }

    /** A piece the budget may keep: a whole {@link Outline.Blocks}, or one row of an {@link Outline.Rows}. */
    private record Piece(int rank, int order, Outline.Section section, Outline.Item item, int row) {
    }

    /** What is kept: blocks by identity, and how many leading rows of each rows item. */
    private record Kept(Map<Outline.Item, Integer> rows, Map<Outline.Item, Boolean> blocks) {
    }

    private Kept keep(long bytes) {
        List<Piece> pieces = new ArrayList<>();
        int order = 0;
        for (Outline.Section section : outline.sections()) {
            for (Outline.Item item : section.items()) {
                if (item instanceof Outline.Blocks blocks) {
                    pieces.add(new Piece(blocks.rank(), order++, section, item, -1));
                } else if (item instanceof Outline.Rows rows) {
                    for (int i = 0; i < rows.rows().size(); i++) {
                        pieces.add(new Piece(rows.rows().get(i).rank(), order++, section, item, i));
                    }
                }
            }
        }
        pieces.sort(Comparator.comparingInt(Piece::rank).thenComparingInt(Piece::order));
        Map<Outline.Item, Integer> keptRows = new IdentityHashMap<>();
        Map<Outline.Item, Boolean> keptBlocks = new IdentityHashMap<>();
        Map<Outline.Section, Boolean> openSections = new IdentityHashMap<>();
        Map<Outline.Item, Boolean> closedRows = new IdentityHashMap<>();
        long left = bytes;
        for (Piece piece : pieces) {
            long cost = 0;
            boolean opensSection = !openSections.containsKey(piece.section()) && !piece.section().heading().isEmpty();
            if (opensSection) {
                cost += utf8(render.apply(wrap(Nodes.heading(3, piece.section().heading())))) + 1;
            }
            if (piece.item() instanceof Outline.Rows rows) {
                int kept = keptRows.getOrDefault(rows, 0);
                if (closedRows.containsKey(rows) || kept != piece.row()) {
                    closedRows.put(rows, true); // rows are kept from the first on, never with gaps
                    continue;
                }
                if (kept == 0) {
                    cost += utf8(render.apply(wrap(container(rows, List.of())))) + moreLineCost(rows) + 1;
                }
                cost += rowCost(rows, piece.row());
                if (cost <= left) {
                    keptRows.put(rows, kept + 1);
                } else {
                    closedRows.put(rows, true);
                    continue;
                }
            } else {
                cost += blocksCost((Outline.Blocks) piece.item());
                if (cost > left) {
                    continue;
                }
                keptBlocks.put(piece.item(), true);
            }
            left -= cost;
            openSections.put(piece.section(), true);
        }
        return new Kept(keptRows, keptBlocks);
    }

    private Document layOut(Kept kept, long bytes) {
        Document document = new Document();
        Map<String, Long> left = new LinkedHashMap<>();
        for (Outline.Section section : outline.sections()) {
            List<Node> blocks = new ArrayList<>();
            for (Outline.Item item : section.items()) {
                if (item instanceof Outline.Blocks b) {
                    if (kept.blocks().containsKey(item)) {
                        blocks.addAll(b.nodes());
                    }
                } else if (item instanceof Outline.Rows rows) {
                    int n = kept.rows().getOrDefault(item, 0);
                    if (n > 0) {
                        blocks.add(container(rows, rows.rows().subList(0, n)));
                    }
                    long more = rows.total() - n;
                    if (more > 0) {
                        left.merge(rows.noun(), more, Long::sum);
                        if (n > 0) {
                            blocks.add(moreLine(more, rows.noun()));
                        }
                    }
                }
            }
            if (blocks.isEmpty()) {
                continue;
            }
            if (!section.heading().isEmpty()) {
                document.appendChild(Nodes.heading(3, section.heading()));
            }
            blocks.forEach(document::appendChild);
        }
        boolean droppedBlocks = outline.sections().stream().flatMap(s -> s.items().stream())
                .anyMatch(i -> i instanceof Outline.Blocks && !kept.blocks().containsKey(i));
        boolean droppedRows = outline.sections().stream().flatMap(s -> s.items().stream())
                .anyMatch(i -> i instanceof Outline.Rows r && kept.rows().getOrDefault(i, 0) < r.rows().size());
        if (droppedBlocks || droppedRows) {
            document.appendChild(cutLine(left, droppedBlocks, bytes));
        }
        return document;
    }

    /** What the budget left out (rows beyond the target's limits are counted where they are cut). */
    private Node cutLine(Map<String, Long> left, boolean droppedBlocks, long bytes) {
        List<String> parts = new ArrayList<>();
        left.forEach((noun, count) -> parts.add(String.format(Locale.ROOT, "%,d more %s", count, noun)));
        if (droppedBlocks) {
            parts.add("details");
        }
        return Nodes.paragraph(new Text(String.format(Locale.ROOT, "✂️ Shortened to fit %s (at most %,d bytes): %s, "
                + "in leakscope.json and report.html.", what, bytes, String.join(", ", parts))));
    }

    private static Node moreLine(long more, String noun) {
        return Nodes.paragraph(new Text(String.format(Locale.ROOT, "… %,d more %s in leakscope.json", more, noun)));
    }

    private long moreLineCost(Outline.Rows rows) {
        return utf8(render.apply(wrap(moreLine(rows.total(), rows.noun())))) + 1;
    }

    private long blocksCost(Outline.Blocks blocks) {
        Document document = new Document();
        blocks.nodes().forEach(document::appendChild);
        long cost = utf8(render.apply(document)) + blocks.nodes().size();
        blocks.nodes().forEach(Node::unlink);
        return cost;
    }

    private long rowCost(Outline.Rows rows, int index) {
        Node empty = container(rows, List.of());
        long without = utf8(render.apply(wrap(empty)));
        // the row's cells move into this measuring table; laying out moves them again (appendChild unlinks)
        long with = utf8(render.apply(wrap(container(rows, List.of(rows.rows().get(index))))));
        return with - without;
    }

    /** A table or bullet list of the given rows. */
    private static Node container(Outline.Rows rows, List<Outline.Rows.Row> chosen) {
        if (rows.layout() == Outline.Rows.Layout.TABLE) {
            TableBlock table = Nodes.table(rows.headers().toArray(String[]::new));
            for (Outline.Rows.Row row : chosen) {
                Nodes.appendRow(table, row.cells().toArray(Node[]::new));
            }
            return table;
        }
        ListBlock list;
        if (rows.layout() == Outline.Rows.Layout.NUMBERED) {
            OrderedList numbered = new OrderedList();
            numbered.setStartNumber(1);
            numbered.setDelimiter('.');
            list = numbered;
        } else {
            BulletList bullets = new BulletList();
            bullets.setBulletMarker('-');
            list = bullets;
        }
        list.setTight(true);
        for (Outline.Rows.Row row : chosen) {
            ListItem item = new ListItem();
            Paragraph paragraph = new Paragraph();
            row.cells().forEach(paragraph::appendChild);
            item.appendChild(paragraph);
            list.appendChild(item);
        }
        return list;
    }

    private static Document wrap(Node block) {
        Document document = new Document();
        document.appendChild(block);
        return document;
    }

    static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
