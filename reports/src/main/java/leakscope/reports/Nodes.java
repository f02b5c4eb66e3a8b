package leakscope.reports;

import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Builders of commonmark nodes for the reports. Recorded text goes through {@link #code} only: a code
 * span on one line, which the renderers escape and where GitHub links and mentions nothing.
 */
final class Nodes {
    private Nodes() {
    }

    static Heading heading(int level, String text) {
        Heading heading = new Heading();
        heading.setLevel(level);
        heading.appendChild(new Text(text));
        return heading;
    }

    static Paragraph paragraph(Node child) {
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(child);
        return paragraph;
    }

    static Node strong(String text) {
        StrongEmphasis strong = new StrongEmphasis();
        strong.appendChild(new Text(text));
        return strong;
    }

    /** Recorded text as a code span on one line (a table row ends at a newline), clipped to {@link Clip#FRAME}. */
    static Node code(String recorded) {
        return code(recorded, Clip.FRAME);
    }

    static Node code(String recorded, int maxChars) {
        return recorded.isEmpty() ? new Text("") : new Code(oneLine(Clip.text(recorded, maxChars)));
    }

    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
    }

    static Node text(long number) {
        return new Text(String.format(Locale.ROOT, "%,d", number));
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(Locale.ROOT, "%,d", (long) value) : String.format(Locale.ROOT, "%,.2f", value);
    }

    /** A length of time a reader takes in at a glance: {@code 850 ms}, {@code 2.1 s}, {@code 3 min 5 s}, {@code 2 h 3 min}. */
    static String span(long millis) {
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }

    static TableBlock table(String... headers) {
        TableBlock table = new TableBlock();
        TableHead head = new TableHead();
        TableRow row = new TableRow();
        for (String header : headers) {
            TableCell cell = new TableCell();
            cell.setHeader(true);
            cell.appendChild(new Text(header));
            row.appendChild(cell);
        }
        head.appendChild(row);
        table.appendChild(head);
        table.appendChild(new TableBody());
        return table;
    }

    static void appendRow(TableBlock table, Node... cells) {
        TableRow row = new TableRow();
        for (Node content : cells) {
            TableCell cell = new TableCell();
            cell.appendChild(content);
            row.appendChild(cell);
        }
        table.getLastChild().appendChild(row);
    }

    /** Several inline nodes (words and a code span) as one table cell's content. */
    static Node cell(Node... parts) {
        InlineGroup cell = new InlineGroup();
        for (Node part : parts) {
            cell.appendChild(part);
        }
        return cell;
    }
}
