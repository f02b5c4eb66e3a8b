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

    /** Recorded text as a code span on one line: a table row ends at a newline. */
    static Node code(String recorded) {
        return recorded.isEmpty() ? new Text("") : new Code(oneLine(recorded));
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

    static String duration(long millis) {
        return millis < 10_000 ? millis + " ms" : millis < 600_000 ? millis / 1000 + " s" : millis / 60_000 + " min";
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
}
